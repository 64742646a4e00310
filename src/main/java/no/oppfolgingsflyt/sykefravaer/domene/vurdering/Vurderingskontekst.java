package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a vurdering is judged against besides the form: the time it is made (Norwegian local time, the engine's
 * clock in the application) and the configured range of the forhåndsvarsel's answer deadline.
 */
public record Vurderingskontekst(LocalDateTime naa, int forhandsvarselStandardDager, int forhandsvarselMinDager,
        int forhandsvarselMaksDager) {

    public Vurderingskontekst {
        if (naa == null || forhandsvarselMinDager > forhandsvarselMaksDager
                || forhandsvarselStandardDager < forhandsvarselMinDager
                || forhandsvarselStandardDager > forhandsvarselMaksDager) {
            throw new IllegalArgumentException("The forhåndsvarsel default must lie within min..max days");
        }
    }

    /** The spec's defaults: 21 days, allowed 21 to 42. */
    public static Vurderingskontekst standard(LocalDateTime naa) {
        return new Vurderingskontekst(naa, 21, 21, 42);
    }

    public LocalDate idag() {
        return naa.toLocalDate();
    }
}
