package no.oppfolgingsflyt.sykefravaer.prosess;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the facts a veileder needs on every task, as the task-local text variable {@code saksinfo} that the forms
 * show read-only: the case, the tilfelle's start and week, the employer, the deadlines and earlier vurderinger. It
 * is computed when the task is created, so nobody has to open Cockpit.
 */
@Component("saksinfo")
public class SaksinfoListener implements TaskListener {

    public static final String VARIABEL = "saksinfo";
    public static final String OPPGAVENAVN = "oppgavenavn";
    static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy",
            java.util.Locale.forLanguageTag("nb-NO"));

    private final SakRepository saker;
    private final AapSakRepository aapSaker;
    private final SakshendelseRepository hendelser;

    public SaksinfoListener(SakRepository saker, AapSakRepository aapSaker, SakshendelseRepository hendelser) {
        this.saker = saker;
        this.aapSaker = aapSaker;
        this.hendelser = hendelser;
    }

    @Override
    public void notify(DelegateTask task) {
        String ref = task.getExecution().getProcessBusinessKey();
        List<String> linjer = new ArrayList<>();
        saker.finn(ref).ifPresent(sak -> {
            long uke = ChronoUnit.DAYS.between(sak.tilfelleStart(), Datoer.idag()) / 7 + 1;
            linjer.add("Sak " + ref + ", NAV-kontor " + sak.enhet());
            linjer.add("Sykmeldt fra " + DATO.format(sak.tilfelleStart()) + " (uke " + uke + "), siste sykedag "
                    + DATO.format(sak.sisteSykedag()) + (sak.gradert() ? ", gradert" : ", 100 %"));
            linjer.add(sak.harArbeidsgiver() ? "Arbeidsgiver: orgnr. " + sak.orgnummer() : "Uten arbeidsgiver");
            linjer.add("Frister: oppfølgingsplan " + dato(task, Saksfrister.FRIST_OPPFOLGINGSPLAN)
                    + ", dialogmøte 1 " + dato(task, Saksfrister.FRIST_DIALOGMOTE1)
                    + ", aktivitetskrav " + dato(task, Saksfrister.STOPPUNKT_AKTIVITETSKRAV)
                    + ", dialogmøte 2 " + dato(task, Saksfrister.FRIST_DIALOGMOTE2)
                    + ", maksdato " + dato(task, Saksfrister.MAKSDATO));
        });
        aapSaker.finn(ref).ifPresent(aap -> {
            linjer.add("Arbeidsevnevurdering " + ref + ", NAV-kontor " + aap.enhet() + ", startet fra "
                    + Kodetekster.ord(aap.kilde().name()) + (aap.sykefravaerRef() == null ? ""
                    : " (sykefraværssak " + aap.sykefravaerRef() + ")"));
            Object gruppe = task.getVariable("innsatsgruppe");
            if (gruppe != null) {
                linjer.add("Innsatsgruppe: " + Kodetekster.ord(gruppe.toString()));
            }
            linjer.add("Legeerklæring: " + (Boolean.TRUE.equals(task.getVariable("legeerklaeringMottatt"))
                    ? "mottatt" : "ikke mottatt") + ", egenvurdering: "
                    + (Boolean.TRUE.equals(task.getVariable("egenvurderingMottatt")) ? "mottatt" : "ikke mottatt"));
        });
        List<String> vurderinger = hendelser.forSak(ref).stream()
                .filter(h -> h.type().startsWith("VURDERING") || h.type().equals("ARBEIDSGIVER_BEKREFTET"))
                .map(h -> DATO.format(h.tidspunkt().toLocalDate()) + ": " + Kodetekster.hendelse(h.type(), h.kode()))
                .toList();
        linjer.add(vurderinger.isEmpty() ? "Ingen tidligere vurderinger"
                : "Tidligere vurderinger:\n  " + String.join("\n  ", vurderinger));
        task.setVariableLocal(VARIABEL, String.join("\n", linjer));
        // On the task too: Tasklist's list shows it, and a veileder may read the task's variables but not the case's.
        task.setVariableLocal("saksreferanse", ref);
        // A form shared by two tasks (kontakt-arbeidsgiver) is headed by the task's own name: {{oppgavenavn}}.
        task.setVariableLocal(OPPGAVENAVN, task.getName());
    }

    private static String dato(DelegateTask task, String variabel) {
        Object d = task.getVariable(variabel);
        return d instanceof Date date ? DATO.format(Datoer.dato(date)) : "–";
    }
}
