package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.Regelbrudd;

/**
 * Four eyes: the second decision on a case (kvalitetssikring, beslutning) is never made by the user who made the
 * first (the arbeidsevnevurdering, the proposed vedtak). Both users must come from trusted sources: the one who
 * claims or completes the task, and the case log's record of who made the first decision.
 */
public final class FireOyne {

    private FireOyne() {}

    /**
     * @param forsteBeslutningAv who made the decision to be checked, from the case log; null when there is none
     * @param kontrollor the user about to check it
     */
    public static void kontroller(String forsteBeslutningAv, String kontrollor) {
        if (forsteBeslutningAv != null && forsteBeslutningAv.equals(kontrollor)) {
            throw new Regelbrudd("Fire øyne: du gjorde selv vurderingen som skal kontrolleres, og kan ikke "
                    + "kontrollere den");
        }
    }
}
