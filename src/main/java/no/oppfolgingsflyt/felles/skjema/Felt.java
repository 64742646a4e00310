package no.oppfolgingsflyt.felles.skjema;

/**
 * A field of a task form: the variable it fills ({@code key} in the form) and the label the form shows. Messages
 * about the field use the label, so the veileder finds the field the message is about.
 */
public record Felt(String navn, String etikett) {

    public Felt {
        if (navn == null || navn.isBlank() || etikett == null || etikett.isBlank()) {
            throw new IllegalArgumentException("A form field needs a variable name and a label");
        }
    }

    /** A radio or select field whose options are the constants of {@code valg}. */
    public <E extends Enum<E>> Valgfelt<E> medValg(Class<E> valg) {
        return new Valgfelt<>(this, valg);
    }

    /** The label as it reads at the start of a sentence in a message; a question is quoted. */
    String iMelding() {
        return etikett.endsWith("?") ? "«" + etikett + "»" : etikett;
    }
}
