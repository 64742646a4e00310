package no.oppfolgingsflyt.felles.skjema;

import java.util.Arrays;
import java.util.List;

/** A radio or select field of a task form whose options are exactly the constants of an enum, in their order. */
public record Valgfelt<E extends Enum<E>>(Felt felt, Class<E> type) {

    public String navn() {
        return felt.navn();
    }

    public String etikett() {
        return felt.etikett();
    }

    /** The option values the form must offer. */
    public List<String> verdier() {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
