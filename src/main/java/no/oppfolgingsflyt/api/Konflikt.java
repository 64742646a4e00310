package no.oppfolgingsflyt.api;

/** The request is valid but clashes with what is stored (409). Nothing was changed. */
public class Konflikt extends RuntimeException {

    public Konflikt(String melding) {
        super(melding);
    }
}
