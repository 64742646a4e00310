package no.oppfolgingsflyt.varsel;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * When e-mails may go out (NAV: DAGTID_IKKE_SOENDAG): on the given weekdays between {@code fra} and {@code til},
 * Norwegian time. A varsel due outside the window waits for the next opening.
 */
public record Sendevindu(LocalTime fra, LocalTime til, List<DayOfWeek> dager) {

    public Sendevindu {
        if (!fra.isBefore(til) || dager.isEmpty()) {
            throw new IllegalArgumentException("The send window must open before it closes, on at least one day");
        }
    }

    public boolean erAapent(LocalDateTime tid) {
        return dager.contains(tid.getDayOfWeek()) && !tid.toLocalTime().isBefore(fra) && tid.toLocalTime().isBefore(til);
    }

    /** {@code tid} itself when the window is open, otherwise the next time it opens. */
    public LocalDateTime nesteAapning(LocalDateTime tid) {
        if (erAapent(tid)) {
            return tid;
        }
        LocalDateTime kandidat = tid.toLocalTime().isBefore(fra) ? tid.toLocalDate().atTime(fra)
                : tid.toLocalDate().plusDays(1).atTime(fra);
        while (!dager.contains(kandidat.getDayOfWeek())) {
            kandidat = kandidat.plusDays(1);
        }
        return kandidat;
    }
}
