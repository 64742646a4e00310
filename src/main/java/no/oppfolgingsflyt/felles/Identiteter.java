package no.oppfolgingsflyt.felles;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules for a person's identity in this installation: fødselsnummer and D-numbers always; synthetic test
 * identities (NAV's month + 40, Tenor's month + 80) and H-numbers only where
 * {@code oppfolgingsflyt.identitet.tillat-syntetiske} allows them (test and demo environments), never in production.
 */
@Component
public class Identiteter {

    private final boolean tillatSyntetiske;

    public Identiteter(@Value("${oppfolgingsflyt.identitet.tillat-syntetiske:false}") boolean tillatSyntetiske) {
        this.tillatSyntetiske = tillatSyntetiske;
    }

    /** Why the value is not a fødselsnummer this installation accepts, or empty when it is. */
    public Optional<String> fnrFeil(String fnr) {
        return Fodselsnummer.feil(fnr, tillatSyntetiske);
    }
}
