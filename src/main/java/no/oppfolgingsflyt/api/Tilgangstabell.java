package no.oppfolgingsflyt.api;

import static no.oppfolgingsflyt.sikkerhet.Rolle.*;

import no.oppfolgingsflyt.sikkerhet.Rolle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call what in the application API: every endpoint (HTTP method and path pattern, as Spring MVC matched it)
 * with the roles that may call it. An endpoint that is not here is refused for everyone. Which office's cases a
 * veileder or team lead reaches is decided by the data, in the controllers ({@link Tilgangskontroll}).
 *
 * <p>The process owner reads and never writes; the intake ({@code mottak}) delivers; the office works its cases.
 * {@code ApiTilgangstabellTest} fails when a handler is missing here, and calls every cell over HTTP.
 */
public final class Tilgangstabell {

    public record Regel(String endepunkt, Set<Rolle> roller) {}

    /** The table, in the order of the README. */
    public static final List<Regel> REGLER = List.of(
            regel("GET /api/meg", INNLOGGET),
            // Sykefravær
            regel("POST /api/sykmeldinger", MOTTAK, ADMIN),
            regel("DELETE /api/sykmeldinger/{sykmeldingId}", MOTTAK, ADMIN),
            regel("GET /api/saker/{saksreferanse}", VEILEDER, TEAMLEDER, PROSESSEIER, MOTTAK, ADMIN),
            regel("POST /api/saker/{saksreferanse}/arbeidsgiverbekreftelse", MOTTAK, ADMIN),
            regel("POST /api/saker/{saksreferanse}/motebehov", MOTTAK, ADMIN),
            regel("POST /api/saker/{saksreferanse}/svar-39-uker", MOTTAK, ADMIN),
            regel("POST /api/saker/{saksreferanse}/dialogmote-svar", MOTTAK, ADMIN),
            regel("POST /api/saker/{saksreferanse}/friskmelding", MOTTAK, ADMIN),
            regel("POST /api/saker/{saksreferanse}/vurderinger/{steg}/tilbakekalling", VEILEDER, TEAMLEDER, ADMIN),
            // A death closes every open case of the person (reported from the population register)
            regel("POST /api/personer/dodsfall", MOTTAK, ADMIN),
            regel("PUT /api/saker/{saksreferanse}/enhet", MOTTAK, ADMIN),
            // Recipients of varsler
            regel("PUT /api/arbeidsgivere/{orgnummer}", MOTTAK, ADMIN),
            regel("PUT /api/arbeidsgivere/{orgnummer}/naermeste-ledere", MOTTAK, ADMIN),
            regel("PUT /api/kontaktinfo", MOTTAK, ADMIN),
            // AAP
            regel("POST /api/aap/soknader", MOTTAK, ADMIN),
            regel("POST /api/aap/arbeidsevnevurderinger", VEILEDER, TEAMLEDER, ADMIN),
            // NAY decides the AAP vedtak of every office and reads the case it decides
            regel("GET /api/aap/{ref}", VEILEDER, TEAMLEDER, PROSESSEIER, MOTTAK, SAKSBEHANDLER, BESLUTTER, ADMIN),
            regel("POST /api/aap/{ref}/egenvurdering", MOTTAK, ADMIN),
            regel("POST /api/aap/{ref}/legeerklaering", MOTTAK, ADMIN),
            regel("POST /api/aap/{ref}/meldekort", MOTTAK, ADMIN),
            // the office sees the breach, or it is reported through the intake; it can end in stopping AAP
            regel("POST /api/aap/{ref}/brudd-aktivitetsplikt", VEILEDER, TEAMLEDER, MOTTAK, ADMIN),
            // The process owner's figures and each case's story: a team lead sees their own office's only
            regel("GET /api/styring/nokkeltall", TEAMLEDER, PROSESSEIER, ADMIN),
            regel("GET /api/styring/nokkeltall.csv", TEAMLEDER, PROSESSEIER, ADMIN),
            regel("GET /api/styring/saker/{saksreferanse}/historikk", TEAMLEDER, PROSESSEIER, ADMIN));

    private static final Map<String, Set<Rolle>> OPPSLAG = oppslag();

    private Tilgangstabell() {}

    /** The roles that may call the endpoint; empty when it is not in the table. */
    public static Set<Rolle> roller(String metode, String monster) {
        return OPPSLAG.getOrDefault(metode + " " + monster, Set.of());
    }

    /** The caller's roles that let them call the endpoint; empty means refused. */
    public static Set<Rolle> innvilget(String metode, String monster, Set<Rolle> brukerensRoller) {
        Set<Rolle> felles = EnumSet.noneOf(Rolle.class);
        felles.addAll(roller(metode, monster));
        felles.retainAll(brukerensRoller);
        return felles;
    }

    private static Regel regel(String endepunkt, Rolle... roller) {
        return new Regel(endepunkt, Collections.unmodifiableSet(EnumSet.copyOf(List.of(roller))));
    }

    private static Map<String, Set<Rolle>> oppslag() {
        Map<String, Set<Rolle>> m = new LinkedHashMap<>();
        for (Regel r : REGLER) {
            if (m.put(r.endepunkt(), r.roller()) != null) {
                throw new IllegalStateException("Two rules for " + r.endepunkt());
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
