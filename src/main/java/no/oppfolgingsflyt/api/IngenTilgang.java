package no.oppfolgingsflyt.api;

/** The logged-in user may not do this (403). */
public class IngenTilgang extends RuntimeException {

    public IngenTilgang(String melding) {
        super(melding);
    }
}
