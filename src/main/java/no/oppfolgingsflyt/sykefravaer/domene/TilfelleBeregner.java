package no.oppfolgingsflyt.sykefravaer.domene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * NAV's rule for oppfølgingstilfeller (isoppfolgingstilfelle): {@code dagerUtenSykefravaer} (16) consecutive days
 * without sick leave end a tilfelle. With last sick day L, a sykmelding starting on L + 16 or earlier (15 free days
 * between) continues it; one starting on L + 17 or later starts a new one.
 */
public class TilfelleBeregner {

    private final int dagerUtenSykefravaer;

    public TilfelleBeregner(int dagerUtenSykefravaer) {
        this.dagerUtenSykefravaer = dagerUtenSykefravaer;
    }

    /** The tilfeller the periods make up, oldest first. */
    public List<Oppfolgingstilfelle> beregn(List<Periode> perioder) {
        List<Periode> sortert = perioder.stream()
                .sorted(Comparator.comparing(Periode::fom).thenComparing(Periode::tom)).toList();
        List<Oppfolgingstilfelle> tilfeller = new ArrayList<>();
        List<Periode> gjeldende = new ArrayList<>();
        LocalDate sisteSykedag = null;
        for (Periode p : sortert) {
            if (sisteSykedag != null && !p.fom().isBefore(avsluttesDato(sisteSykedag))) {
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
     * The first day on which the tilfelle with this last sick day L is over, L + 17: by then L + 1 … L + 16 have
     * been 16 days without sick leave, and a sykmelding starting on this day or later begins a new tilfelle.
     */
    public LocalDate avsluttesDato(LocalDate sisteSykedag) {
        return sisteSykedag.plusDays(dagerUtenSykefravaer + 1L);
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
