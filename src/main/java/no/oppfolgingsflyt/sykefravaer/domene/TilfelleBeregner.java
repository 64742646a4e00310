package no.oppfolgingsflyt.sykefravaer.domene;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * NAV's rule for oppfølgingstilfeller (isoppfolgingstilfelle): sick periods with at most {@code maksOpphold}
 * (16) days without sick leave between them belong to one tilfelle; a longer gap starts a new one.
 */
public class TilfelleBeregner {

    private final int maksOpphold;

    public TilfelleBeregner(int maksOpphold) {
        this.maksOpphold = maksOpphold;
    }

    /** The tilfeller the periods make up, oldest first. */
    public List<Oppfolgingstilfelle> beregn(List<Periode> perioder) {
        List<Periode> sortert = perioder.stream()
                .sorted(Comparator.comparing(Periode::fom).thenComparing(Periode::tom)).toList();
        List<Oppfolgingstilfelle> tilfeller = new ArrayList<>();
        List<Periode> gjeldende = new ArrayList<>();
        LocalDate sisteSykedag = null;
        for (Periode p : sortert) {
            if (sisteSykedag != null && opphold(sisteSykedag, p.fom()) > maksOpphold) {
                tilfeller.add(tilfelle(gjeldende));
                gjeldende = new ArrayList<>();
                sisteSykedag = null;
            }
            gjeldende.add(p);
            sisteSykedag = sisteSykedag == null || p.tom().isAfter(sisteSykedag) ? p.tom() : sisteSykedag;
        }
        if (!gjeldende.isEmpty()) {
            tilfeller.add(tilfelle(gjeldende));
        }
        return tilfeller;
    }

    /**
     * The first day on which the tilfelle with this last sick day is over: a sykmelding starting up to
     * {@code maksOpphold + 1} days after the last sick day still continues it, one starting later does not.
     */
    public LocalDate avsluttesDato(LocalDate sisteSykedag) {
        return sisteSykedag.plusDays(maksOpphold + 2L);
    }

    /** Days without sick leave between the last sick day and a later first sick day (0 when they touch). */
    static long opphold(LocalDate sisteSykedag, LocalDate nesteFom) {
        return Math.max(0, ChronoUnit.DAYS.between(sisteSykedag, nesteFom) - 1);
    }

    private static Oppfolgingstilfelle tilfelle(List<Periode> perioder) {
        LocalDate start = perioder.stream().map(Periode::fom).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate slutt = perioder.stream().map(Periode::tom).max(Comparator.naturalOrder()).orElseThrow();
        // Graded when every period covering the last day is graded (NAV: gradertAtTilfelleEnd).
        boolean gradert = perioder.stream().filter(p -> !p.tom().isBefore(slutt) && !p.fom().isAfter(slutt))
                .allMatch(Periode::erGradert);
        return new Oppfolgingstilfelle(start, slutt, gradert, List.copyOf(perioder));
    }
}
