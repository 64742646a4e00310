package no.oppfolgingsflyt.felles.skjema;

import no.oppfolgingsflyt.felles.Regelbrudd;

/** A submitted form breaks a rule about one of its fields; the message names the field by its label only. */
public class UgyldigFelt extends Regelbrudd {

    private final transient Felt felt;

    public UgyldigFelt(Felt felt, String melding) {
        super(melding);
        this.felt = felt;
    }

    public Felt felt() {
        return felt;
    }
}
