package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.felles.Regelbrudd;

/** A completed task form breaks a rule of the spec; the task stays open and Tasklist shows the message. */
public class VurderingUgyldig extends Regelbrudd {

    public VurderingUgyldig(String melding) {
        super(melding);
    }
}
