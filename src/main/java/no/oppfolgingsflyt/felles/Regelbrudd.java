package no.oppfolgingsflyt.felles;

/**
 * A rule of the case the user broke (a required field left empty, a date out of range, four eyes). The message is
 * Norwegian and meant for the user as it stands; it never carries a submitted value that could be personal data.
 * Anywhere it surfaces (Tasklist, the engine REST API, the application API) it is a 400, and it is never logged with
 * a stack trace.
 */
public class Regelbrudd extends RuntimeException {

    public Regelbrudd(String melding) {
        super(melding, null, false, false);
    }
}
