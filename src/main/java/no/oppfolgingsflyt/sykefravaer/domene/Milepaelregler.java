package no.oppfolgingsflyt.sykefravaer.domene;

import java.time.LocalDate;

/**
 * When a milestone of the tilfelle happens (shared/domain/sykefravaer.md §2): only to a person who is sick on its
 * date, as far as the sykmeldinger known so far tell. NAV's services ask the same of the tilfelle: its end must reach
 * the stoppunkt.
 */
public final class Milepaelregler {

    private Milepaelregler() {}

    /** The known sick leave covers the date: the last known sick day is on or after it. */
    public static boolean sykmeldtPa(LocalDate sisteSykedag, LocalDate dato) {
        return !sisteSykedag.isBefore(dato);
    }

    /**
     * isaktivitetskrav: an aktivitetskrav belongs to a tilfelle that reaches the stoppunkt and is not inactive, that
     * is, did not end more than {@code inaktivEtterDager} (30) days before today.
     */
    public static boolean aktivitetskrav(LocalDate sisteSykedag, LocalDate stoppunkt, LocalDate idag,
            int inaktivEtterDager) {
        return sykmeldtPa(sisteSykedag, stoppunkt) && !sisteSykedag.plusDays(inaktivEtterDager).isBefore(idag);
    }
}
