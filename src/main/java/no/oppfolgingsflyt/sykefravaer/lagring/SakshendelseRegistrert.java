package no.oppfolgingsflyt.sykefravaer.lagring;

/**
 * An entry was written to the case log. Published in the writing transaction, so a listener that keeps something
 * derived from the log (the process owner's milestone dates) stays in step with it without the log knowing it.
 */
public record SakshendelseRegistrert(String saksreferanse, String type) {}
