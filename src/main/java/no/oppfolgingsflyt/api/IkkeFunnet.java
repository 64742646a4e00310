package no.oppfolgingsflyt.api;

/** The request names something that does not exist (404). */
public class IkkeFunnet extends RuntimeException {

    public IkkeFunnet(String melding) {
        super(melding);
    }
}
