package no.oppfolgingsflyt.aap;

import static no.oppfolgingsflyt.aap.AapVariabler.*;

import java.time.LocalDate;
import java.util.List;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.prosess.Skjemaverdier;
import no.oppfolgingsflyt.sykefravaer.prosess.VurderingUgyldig;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Every task of the AAP processes, on assignment and completion: the outcomes and required fields of its form, and
 * the four-eyes rule: the kvalitetssikrer is never the veileder who made the arbeidsevnevurdering, and the beslutter
 * never the saksbehandler who proposed the AAP vedtak. Enforced on claim and on completion, so it also holds for a
 * user who has both roles.
 */
@Component("registrerAapVurdering")
public class RegistrerAapVurderingListener implements TaskListener {

    static final List<String> RETURARSAKER = List.of("MANGELFULL_BEGRUNNELSE", "MANGLENDE_UTREDNING",
            "FEIL_LOVANVENDELSE", "SKRIVEFEIL", "ANNET");

    private final SakshendelseRepository hendelser;
    private final AapFrister frister;
    private final Systemkontekst system;

    public RegistrerAapVurderingListener(SakshendelseRepository hendelser, AapFrister frister, Systemkontekst system) {
        this.hendelser = hendelser;
        this.frister = frister;
        this.system = system;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            fireOyne(task, task.getAssignee());
            return;
        }
        String bruker = bruker(task);
        Skjemaverdier s = new Skjemaverdier(task);
        String kode = switch (task.getTaskDefinitionKey()) {
            case "Task_Behovsvurdering" -> {
                s.paakrevdTekst("behovsvurderingBegrunnelse", "Begrunnelse");
                yield s.valg("behovsvurderingUtfall", "Utfall", List.of("STANDARD_INNSATS",
                        "SITUASJONSBESTEMT_INNSATS", "BEHOV_FOR_ARBEIDSEVNEVURDERING"));
            }
            case "Task_LegeerklaeringMangler" -> s.valg("legeerklaeringOppfolging", "Utfall",
                    List.of("PURRET_PA_NYTT", "FORTSETT_UTEN"));
            case "Task_Arbeidsevnevurdering" -> arbeidsevnevurdering(task, s, bruker);
            case "Task_Kvalitetssikre" -> {
                fireOyne(task, bruker);
                yield retur(s, "kvalitetssikringUtfall");
            }
            case "Task_AapVedtak" -> aapVedtak(task, s, bruker);
            case "Task_BeslutteAap" -> {
                fireOyne(task, bruker);
                yield retur(s, "beslutningUtfall");
            }
            case "Task_Aktivitetsplan" -> s.valg("aktivitetsplanUtfall", "Utfall", List.of("LAGET"));
            case "Task_FolgOppMeldekort" -> s.valg("meldekortOppfolging", "Utfall",
                    List.of("KONTAKTET", "MELDEKORT_MOTTATT", "STANS_VURDERES"));
            case "Task_FolgOppAap" -> s.valg("oppfolgingUtfall", "Utfall", List.of("FULGT_OPP"));
            case "Task_RevurderAap" -> revurdering(task, s);
            case "Task_VurderBrudd" -> brudd(task, s);
            case "Task_VurderStansAap" -> {
                s.paakrevdTekst("stansAapBegrunnelse", "Begrunnelse");
                yield s.valg("stansAapUtfall", "Utfall", List.of("STANS", "FORTSETT"));
            }
            default -> throw new IllegalStateException("No rules for task " + task.getTaskDefinitionKey());
        };
        hendelser.registrer(task.getExecution().getProcessBusinessKey(), "VURDERING",
                task.getTaskDefinitionKey().replace("Task_", "") + ":" + kode, null, bruker);
    }

    private String arbeidsevnevurdering(DelegateTask task, Skjemaverdier s, String bruker) {
        s.paakrevdTekst("arbeidsevneBegrunnelse", "Begrunnelse");
        boolean nedsatt = Boolean.TRUE.equals(task.getVariable("nedsattArbeidsevne"));
        Object reduksjon = task.getVariable("arbeidsevneReduksjon");
        if (nedsatt && !(reduksjon instanceof Number n && n.intValue() >= 1 && n.intValue() <= 100)) {
            throw new VurderingUgyldig("Reduksjon i arbeidsevne må være et tall fra 1 til 100 når arbeidsevnen er nedsatt");
        }
        if (!nedsatt) {
            task.setVariable("arbeidsevneReduksjon", 0L);
        }
        task.setVariable(VURDERT_AV, bruker);
        // A new assessment after a return: the earlier rule results no longer hold.
        task.setVariable(INNSATSGRUPPE, null);
        return nedsatt ? "NEDSATT:" + ((Number) task.getVariable("arbeidsevneReduksjon")).intValue() : "IKKE_NEDSATT";
    }

    private String aapVedtak(DelegateTask task, Skjemaverdier s, String bruker) {
        String utfall = s.valg("aapVedtakUtfall", "Utfall", List.of("INNVILGET", "AVSLAG"));
        if (utfall.equals("INNVILGET") && !Boolean.TRUE.equals(task.getVariable(VILKAR_OPPFYLT))) {
            throw new VurderingUgyldig("AAP kan ikke innvilges: vilkårene er ikke oppfylt ("
                    + task.getVariable(AVSLAGSGRUNN) + ")");
        }
        task.setVariable(AAP_UTFALL, utfall);
        task.setVariable(VEDTAK_FATTET_AV, bruker);
        return utfall;
    }

    private String revurdering(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("revurderingUtfall", "Utfall", List.of("FORLENG", "ARBEID", "UFORETRYGD"));
        if (utfall.equals("FORLENG")) {
            LocalDate ny = s.paakrevdDato("nyPeriodeSlutt", "Ny sluttdato");
            if (!ny.isAfter(Datoer.dato((java.util.Date) task.getVariable(PERIODE_SLUTT)))) {
                throw new VurderingUgyldig("Ny sluttdato må være etter dagens sluttdato");
            }
            task.setVariable("nyPeriodeSlutt", Datoer.startAvDag(ny));
        } else {
            task.setVariable(AVSLUTNING, utfall);
        }
        return utfall;
    }

    private String brudd(DelegateTask task, Skjemaverdier s) {
        String utfall = s.valg("bruddUtfall", "Utfall", List.of("RIMELIG_GRUNN", "REVIDER_AKTIVITETSPLAN",
                "FORHANDSVARSEL"));
        if (utfall.equals("FORHANDSVARSEL")) {
            task.setVariable("aktivitetspliktSvarfrist",
                    Datoer.startAvDag(Datoer.idag().plusDays(frister.aktivitetspliktSvarfristDager())));
        }
        return utfall;
    }

    private static String retur(Skjemaverdier s, String variabel) {
        String utfall = s.valg(variabel, "Utfall", List.of("GODKJENT", "RETUR"));
        if (utfall.equals("RETUR")) {
            return utfall + ":" + s.valg("returarsak", "Returårsak", RETURARSAKER);
        }
        return utfall;
    }

    /** Four eyes: the second decision is never made by the user who made the first. */
    private static void fireOyne(DelegateTask task, String bruker) {
        String forste = switch (task.getTaskDefinitionKey()) {
            case "Task_Kvalitetssikre" -> (String) task.getVariable(VURDERT_AV);
            case "Task_BeslutteAap" -> (String) task.getVariable(VEDTAK_FATTET_AV);
            default -> null;
        };
        if (forste != null && forste.equals(bruker)) {
            throw new VurderingUgyldig("Fire øyne: " + bruker + " gjorde selv vurderingen som skal kontrolleres, "
                    + "og kan ikke kontrollere den");
        }
    }

    private String bruker(DelegateTask task) {
        String innlogget = system.bruker();
        return "system".equals(innlogget) && task.getAssignee() != null ? task.getAssignee() : innlogget;
    }
}
