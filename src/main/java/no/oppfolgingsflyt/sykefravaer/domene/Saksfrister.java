package no.oppfolgingsflyt.sykefravaer.domene;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates of one case, computed from the first sick day S and the last sick day. Each is the name of a process
 * variable that the BPMN timers and task due dates read, so Cockpit shows them and moving S moves them all.
 */
public record Saksfrister(LocalDate tilfelleStart, LocalDate sisteSykedag, Map<String, LocalDate> datoer) {

    public static final String FRIST_OPPFOLGINGSPLAN = "fristOppfolgingsplan";
    public static final String FRIST_DIALOGMOTE1 = "fristDialogmote1";
    public static final String STOPPUNKT_AKTIVITETSKRAV = "stoppunktAktivitetskrav";
    public static final String FRIST_UTEN_ARBEIDSGIVER = "fristUtenArbeidsgiver";
    /** The days the veileder tasks with a legal due date appear: some days before it, so they are not born overdue. */
    public static final String OPPGAVE_AKTIVITETSKRAV = "oppgaveAktivitetskrav";
    public static final String OPPGAVE_UTEN_ARBEIDSGIVER = "oppgaveUtenArbeidsgiver";
    public static final String DIALOGMOTEKANDIDAT = "dialogmotekandidatDato";
    public static final String FRIST_DIALOGMOTE2 = "fristDialogmote2";
    public static final String SNART_SLUTT = "snartSluttDato";
    public static final String MAKSDATO = "maksdato";
    public static final String TILFELLE_AVSLUTTES = "tilfelleAvsluttesDato";

    /** Reminder dates for an employer duty: {@code paminnelse<Plikt>}, {@code purring<Plikt>}, {@code oppgave<Plikt>}. */
    public static String paminnelse(String plikt) {
        return "paminnelse" + plikt;
    }

    public static String purring(String plikt) {
        return "purring" + plikt;
    }

    public static String veilederoppgave(String plikt) {
        return "oppgave" + plikt;
    }

    public static Saksfrister beregn(LocalDate s, LocalDate sisteSykedag, FristKonfig k, TilfelleBeregner tilfeller) {
        Map<String, LocalDate> d = new LinkedHashMap<>();
        LocalDate oppfolgingsplan = uke(s, k.oppfolgingsplanUker());
        LocalDate dialogmote1 = uke(s, k.dialogmote1Uker());
        d.put(FRIST_OPPFOLGINGSPLAN, oppfolgingsplan);
        paminnelser(d, "Oppfolgingsplan", oppfolgingsplan, k);
        d.put(FRIST_DIALOGMOTE1, dialogmote1);
        paminnelser(d, "Dialogmote1", dialogmote1, k);
        d.put(STOPPUNKT_AKTIVITETSKRAV, uke(s, k.aktivitetskravUker()));
        d.put(OPPGAVE_AKTIVITETSKRAV, uke(s, k.aktivitetskravUker()).minusDays(k.oppgaveDagerFor()));
        d.put(FRIST_UTEN_ARBEIDSGIVER, uke(s, k.utenArbeidsgiverUker()));
        d.put(OPPGAVE_UTEN_ARBEIDSGIVER, uke(s, k.utenArbeidsgiverUker()).minusDays(k.oppgaveDagerFor()));
        // NAV (isdialogmotekandidat) counts the kandidat date as 17 · 7 = 119 days after S, not the end of week 17.
        d.put(DIALOGMOTEKANDIDAT, s.plusDays(7L * k.dialogmotekandidatUker()));
        d.put(FRIST_DIALOGMOTE2, uke(s, k.dialogmote2Uker()));
        d.put(SNART_SLUTT, uke(s, k.snartSluttUker()));
        d.put(MAKSDATO, uke(s, k.maksdatoUker()));
        d.put(TILFELLE_AVSLUTTES, tilfeller.avsluttesDato(sisteSykedag));
        return new Saksfrister(s, sisteSykedag, Map.copyOf(d));
    }

    /** The last day of week N of the tilfelle: S + 7·N − 1. */
    public static LocalDate uke(LocalDate s, int n) {
        return s.plusDays(7L * n - 1);
    }

    private static void paminnelser(Map<String, LocalDate> d, String plikt, LocalDate frist, FristKonfig k) {
        LocalDate purring = frist.plusDays(k.purringDagerEtter());
        d.put(paminnelse(plikt), frist.minusDays(k.paminnelseDagerFor()));
        d.put(purring(plikt), purring);
        d.put(veilederoppgave(plikt), purring.plusDays(k.veilederoppgaveDagerEtterPurring()));
    }

    /** The names of every date computed here, for those who must tell them from dates set otherwise. */
    public static java.util.Set<String> navn() {
        return beregn(LocalDate.EPOCH, LocalDate.EPOCH, FristKonfig.standard(), new TilfelleBeregner(16)).datoer()
                .keySet();
    }

    public LocalDate dato(String navn) {
        return datoer.get(navn);
    }
}
