package no.oppfolgingsflyt.aap;

import static no.oppfolgingsflyt.aap.AapVariabler.*;

import java.util.Date;
import no.oppfolgingsflyt.aap.domene.AapOppfolging;
import no.oppfolgingsflyt.aap.domene.AapVedtak;
import no.oppfolgingsflyt.aap.domene.Aktivitetsplanvurdering;
import no.oppfolgingsflyt.aap.domene.Arbeidsevnevurdering;
import no.oppfolgingsflyt.aap.domene.Behovsvurdering;
import no.oppfolgingsflyt.aap.domene.Bruddvurdering;
import no.oppfolgingsflyt.aap.domene.FireOyne;
import no.oppfolgingsflyt.aap.domene.Kontrollvurdering;
import no.oppfolgingsflyt.aap.domene.Kontrollvurdering.Kontroll;
import no.oppfolgingsflyt.aap.domene.LegeerklaeringMangler;
import no.oppfolgingsflyt.aap.domene.MeldekortOppfolging;
import no.oppfolgingsflyt.aap.domene.Revurdering;
import no.oppfolgingsflyt.aap.domene.StansAapVurdering;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every task of the AAP processes, on assignment and completion. The rules are in {@code aap.domene}; this listener
 * gives them the submitted form, who is acting (the logged-in user, never a variable) and what the case log says
 * (who made the first decision, the vilkår result), then writes the variables the BPMN branches on and records the
 * vurdering in the case log. Four eyes is enforced on claim and on completion, so it also holds for a user who has
 * both roles.
 */
@Component("registrerAapVurdering")
public class RegistrerAapVurderingListener implements TaskListener {

    private final SakshendelseRepository hendelser;
    private final AapFrister frister;
    private final Systemkontekst system;
    private final AapSaksspor spor;

    public RegistrerAapVurderingListener(SakshendelseRepository hendelser, AapFrister frister, Systemkontekst system,
            AapSaksspor spor) {
        this.hendelser = hendelser;
        this.frister = frister;
        this.system = system;
        this.spor = spor;
    }

    @Override
    public void notify(DelegateTask task) {
        String ref = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            if (task.getAssignee() != null) {
                FireOyne.kontroller(forsteBeslutningAv(task, ref), task.getAssignee());
            }
            return;
        }
        String bruker = system.utforer(task.getAssignee());
        Innsendt skjema = new Innsendt(task::getVariable);
        String kode = switch (task.getTaskDefinitionKey()) {
            case "Task_Behovsvurdering" -> Behovsvurdering.vurder(skjema).utfall().name();
            case "Task_LegeerklaeringMangler" -> LegeerklaeringMangler.vurder(skjema).utfall().name();
            case "Task_Arbeidsevnevurdering" -> arbeidsevnevurdering(task, skjema, bruker);
            case "Task_Kvalitetssikre" -> Kontrollvurdering.vurder(Kontroll.KVALITETSSIKRING, skjema, bruker,
                    forsteBeslutningAv(task, ref)).kode();
            case "Task_AapVedtak" -> aapVedtak(task, skjema, bruker, ref);
            case "Task_BeslutteAap" -> Kontrollvurdering.vurder(Kontroll.BESLUTNING, skjema, bruker,
                    forsteBeslutningAv(task, ref)).kode();
            case "Task_Aktivitetsplan" -> Aktivitetsplanvurdering.vurder(skjema).utfall().name();
            case "Task_FolgOppMeldekort" -> MeldekortOppfolging.vurder(skjema).utfall().name();
            case "Task_FolgOppAap" -> AapOppfolging.vurder(skjema).utfall().name();
            case "Task_RevurderAap" -> revurdering(task, skjema);
            case "Task_VurderBrudd" -> brudd(task, skjema);
            case "Task_VurderStansAap" -> StansAapVurdering.vurder(skjema).utfall().name();
            default -> throw new IllegalStateException("No rules for task " + task.getTaskDefinitionKey());
        };
        hendelser.registrer(ref, Sakshendelser.VURDERING, task.getTaskDefinitionKey().replace("Task_", "") + ":"
                + kode, null, bruker);
    }

    private String arbeidsevnevurdering(DelegateTask task, Innsendt skjema, String bruker) {
        Arbeidsevnevurdering v = Arbeidsevnevurdering.vurder(skjema);
        if (!v.nedsatt()) {
            task.setVariable("arbeidsevneReduksjon", 0L);
        }
        // For display only: four eyes reads who assessed from the case log.
        task.setVariable(VURDERT_AV, bruker);
        // A new assessment after a return: the earlier rule results no longer hold.
        task.setVariable(INNSATSGRUPPE, null);
        return v.kode();
    }

    private String aapVedtak(DelegateTask task, Innsendt skjema, String bruker, String ref) {
        AapVedtak v = AapVedtak.vurder(skjema, spor.vilkar(ref).orElse(null));
        task.setVariable(AAP_UTFALL, v.utfall().name());
        task.setVariable(VEDTAK_FATTET_AV, bruker); // for display only, as VURDERT_AV
        return v.utfall().name();
    }

    private String revurdering(DelegateTask task, Innsendt skjema) {
        Revurdering v = Revurdering.vurder(skjema, Datoer.dato((Date) task.getVariable(PERIODE_SLUTT)));
        if (v.utfall() == Revurdering.Utfall.FORLENG) {
            task.setVariable("nyPeriodeSlutt", Datoer.startAvDag(v.nyPeriodeSlutt()));
        } else {
            task.setVariable(AVSLUTNING, v.utfall().name());
        }
        return v.utfall().name();
    }

    private String brudd(DelegateTask task, Innsendt skjema) {
        Bruddvurdering v = Bruddvurdering.vurder(skjema, Datoer.idag(), frister.aktivitetspliktSvarfristDager());
        if (v.svarfrist() != null) {
            task.setVariable("aktivitetspliktSvarfrist", Datoer.startAvDag(v.svarfrist()));
        }
        return v.utfall().name();
    }

    /** Who made the decision this task checks, from the case log; null for tasks that check nothing. */
    private String forsteBeslutningAv(DelegateTask task, String ref) {
        return switch (task.getTaskDefinitionKey()) {
            case "Task_Kvalitetssikre" -> spor.sisteVurderingAv(ref, AapSaksspor.STEG_ARBEIDSEVNEVURDERING)
                    .orElse(null);
            case "Task_BeslutteAap" -> spor.sisteVurderingAv(ref, AapSaksspor.STEG_AAP_VEDTAK).orElse(null);
            default -> null;
        };
    }
}
