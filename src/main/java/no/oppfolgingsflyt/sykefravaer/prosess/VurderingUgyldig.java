package no.oppfolgingsflyt.sykefravaer.prosess;

import org.camunda.bpm.engine.ProcessEngineException;

/** A completed task form breaks a rule of the spec; the task stays open and Tasklist shows the message. */
public class VurderingUgyldig extends ProcessEngineException {

    public VurderingUgyldig(String melding) {
        super(melding);
    }
}
