package no.oppfolgingsflyt.varsel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.oppfolgingsflyt.felles.Helligdager;

/**
 * When e-mails may go out (NAV: DAGTID_IKKE_SOENDAG): on the given weekdays between {@code fra} and {@code til},
 * Norwegian time, never on a Norwegian public holiday ({@link Helligdager}) or one of the extra closed days. A
 * varsel due outside the window waits for the next opening.
 */
public record Sendevindu(LocalTime fra, LocalTime til, List<DayOfWeek> dager, Set<LocalDate> stengteDager) {

    public Sendevindu {
        if (!fra.isBefore(til) || dager.isEmpty()) {
            throw new IllegalArgumentException("The send window must open before it closes, on at least one day");
        }
        stengteDager = Set.copyOf(stengteDager);
    }

    public boolean erAapent(LocalDateTime tid) {
        return erApenDag(tid.toLocalDate()) && !tid.toLocalTime().isBefore(fra) && tid.toLocalTime().isBefore(til);
    }

    private boolean erApenDag(LocalDate dag) {
        return dager.contains(dag.getDayOfWeek()) && !Helligdager.erHelligdag(dag) && !stengteDager.contains(dag);
    }

    /** {@code tid} itself when the window is open, otherwise the next time it opens. */
    public LocalDateTime nesteAapning(LocalDateTime tid) {
        if (erAapent(tid)) {
            return tid;
        }
        LocalDateTime kandidat = tid.toLocalTime().isBefore(fra) ? tid.toLocalDate().atTime(fra)
                : tid.toLocalDate().plusDays(1).atTime(fra);
        while (!erApenDag(kandidat.toLocalDate())) {
            kandidat = kandidat.plusDays(1);
        }
        return kandidat;
    }
}
