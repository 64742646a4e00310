package no.oppfolgingsflyt.sykefravaer.domene;

import java.time.LocalDate;
import java.util.List;

/**
 * A continuous spell of sickness absence: from the first sick day ({@code start}, "S") to the last one
 * ({@code sisteSykedag}). {@code gradert} tells whether the person is on graded sick leave on that last day.
 */
public record Oppfolgingstilfelle(LocalDate start, LocalDate sisteSykedag, boolean gradert, List<Periode> perioder) {

    public boolean inneholder(Periode periode) {
        return perioder.contains(periode);
    }
}
