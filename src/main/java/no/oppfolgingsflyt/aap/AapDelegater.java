package no.oppfolgingsflyt.aap;

import static no.oppfolgingsflyt.aap.AapVariabler.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import no.oppfolgingsflyt.aap.domene.Vilkarsresultat;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of the AAP processes. Rules live in the DMN tables (bpmn/*.dmn) and in {@link AapFrister};
 * each delegate reads variables, applies one of them, and writes small variables back.
 */
@Configuration
public class AapDelegater {

    /** Business rule "Bestem innsatsgruppe": the DMN table innsatsgruppe. */
    @Bean
    JavaDelegate bestemInnsatsgruppe() {
        return ex -> {
            DmnDecisionResultEntries r = ex.getProcessEngineServices().getDecisionService()
                    .evaluateDecisionByKey("innsatsgruppe").variables(Map.of(
                            "nedsattArbeidsevne", flagg(ex, "nedsattArbeidsevne"),
                            "varigNedsatt", flagg(ex, "varigNedsatt"),
                            "arbeidsevneReduksjon", tall(ex, "arbeidsevneReduksjon"),
                            HAR_ARBEIDSGIVER, flagg(ex, HAR_ARBEIDSGIVER)))
                    .evaluate().getSingleResult();
            ex.setVariable(INNSATSGRUPPE, r.getEntry("innsatsgruppe"));
            ex.setVariable(HOVEDMAL, r.getEntry("hovedmal"));
        };
    }

    /**
     * Business rule "Vurder AAP-vilkår": the DMN table aapVilkar. The result is recorded in the case log, which the
     * AAP vedtak's rule reads; the variables are for the form and the history.
     */
    @Bean
    JavaDelegate vurderAapVilkar(AapSaksspor spor) {
        return ex -> {
            DmnDecisionResultEntries r = ex.getProcessEngineServices().getDecisionService()
                    .evaluateDecisionByKey("aapVilkar").variables(Map.of(
                            LEGEERKLAERING_MOTTATT, flagg(ex, LEGEERKLAERING_MOTTATT),
                            "arbeidsevneReduksjon", tall(ex, "arbeidsevneReduksjon"),
                            "sykdomHovedarsak", flagg(ex, "sykdomHovedarsak"),
                            "behovEtterParagraf116", flagg(ex, "behovEtterParagraf116")))
                    .evaluate().getFirstResult();
            ex.setVariable(VILKAR_OPPFYLT, r.getEntry("vilkarOppfylt"));
            ex.setVariable(AVSLAGSGRUNN, r.getEntry("avslagsgrunn"));
            spor.registrerVilkar(ex.getProcessBusinessKey(), new Vilkarsresultat(
                    Boolean.TRUE.equals(r.getEntry("vilkarOppfylt")), r.getEntry("avslagsgrunn")));
        };
    }

    /** "Fatt § 14 a-vedtak": the innsatsgruppe from the DMN, or from the behovsvurdering when no AEV was needed. */
    @Bean
    JavaDelegate fatt14aVedtak(SakshendelseRepository hendelser) {
        return ex -> {
            if (ex.getVariable(INNSATSGRUPPE) == null) {
                ex.setVariable(INNSATSGRUPPE, ex.getVariable("behovsvurderingUtfall"));
                ex.setVariable(HOVEDMAL, flagg(ex, HAR_ARBEIDSGIVER) ? "BEHOLDE_ARBEID" : "SKAFFE_ARBEID");
            }
            hendelser.registrer(ex.getProcessBusinessKey(), "VEDTAK_14A", (String) ex.getVariable(INNSATSGRUPPE),
                    (String) ex.getVariable(HOVEDMAL), "system");
        };
    }

    /** "Beregn AAP-perioden": the period, its revurdering date and the aktivitetsplan deadline from today. */
    @Bean
    JavaDelegate beregnAapPeriode(AapFrister f) {
        return ex -> {
            LocalDate idag = Datoer.idag();
            LocalDate slutt = idag.plusYears(f.periodeAar());
            ex.setVariable("periodeStart", Datoer.startAvDag(idag));
            ex.setVariable(PERIODE_SLUTT, Datoer.startAvDag(slutt));
            ex.setVariable(REVURDERING_DATO, Datoer.startAvDag(slutt.minusWeeks(f.revurderingUkerFor())));
            ex.setVariable(AKTIVITETSPLAN_FRIST, Datoer.startAvDag(idag.plusDays(f.aktivitetsplanDager())));
        };
    }

    /** "Forleng perioden": the new end date from the revurdering; the end-of-period timer moves with it. */
    @Bean
    JavaDelegate forlengAapPeriode(AapFrister f) {
        return ex -> {
            LocalDate slutt = Datoer.dato((Date) ex.getVariable("nyPeriodeSlutt"));
            ex.setVariable(PERIODE_SLUTT, Datoer.startAvDag(slutt));
            ex.setVariable(REVURDERING_DATO, Datoer.startAvDag(slutt.minusWeeks(f.revurderingUkerFor())));
            var management = ex.getProcessEngineServices().getManagementService();
            for (Job job : management.createJobQuery().processInstanceId(ex.getProcessInstanceId())
                    .activityId("Timer_PeriodeSlutt").list()) {
                management.recalculateJobDuedate(job.getId(), false);
            }
        };
    }

    /** Service tasks that only record what happened in the case log ({@code hendelse} input). */
    @Bean
    JavaDelegate registrerAapHendelse(SakshendelseRepository hendelser) {
        return ex -> hendelser.registrer(ex.getProcessBusinessKey(), (String) ex.getVariable("hendelse"), null, null,
                "system");
    }

    /** End of the arbeidsevnevurdering: the case is closed with the reason the path set. */
    @Bean
    ExecutionListener lukkAapSak(AapSakRepository saker, SakshendelseRepository hendelser) {
        return ex -> {
            String grunn = (String) ex.getVariable(AVSLUTNING);
            saker.avslutt(ex.getProcessBusinessKey(), grunn == null ? "AVBRUTT" : grunn);
            hendelser.registrer(ex.getProcessBusinessKey(), "AEV_AVSLUTTET", grunn, null, "system");
        };
    }

    static boolean flagg(DelegateExecution ex, String navn) {
        return Boolean.TRUE.equals(ex.getVariable(navn));
    }

    static int tall(DelegateExecution ex, String navn) {
        Object v = ex.getVariable(navn);
        return v instanceof Number n ? n.intValue() : 0;
    }
}
