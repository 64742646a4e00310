package no.oppfolgingsflyt.api;

import no.oppfolgingsflyt.sikkerhet.Rolle;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The office check, the part of access that depends on the data: a veileder or team lead reaches the cases of
 * their own office, the national roles every office. Which role may call which endpoint is {@link Tilgangstabell}'s
 * business. Callers answer a case the user may not reach exactly as an unknown one, so the API tells no one
 * whether another office's case (or person) exists.
 */
@Component
public class Tilgangskontroll {

    private final IdentityService identityService;

    public Tilgangskontroll(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Whether the logged-in user reaches the cases of this office in this request. Only the roles the table granted
     * for the endpoint count (a process owner who is also a veileder elsewhere does not withdraw vurderinger at
     * every office). Without a logged-in user the application works on its own behalf (timers, a confirmation link
     * whose token was checked), as in Camunda.
     */
    public boolean harTilgangTil(String enhet) {
        Authentication a = identityService.getCurrentAuthentication();
        if (a == null) {
            return true;
        }
        List<String> grupper = a.getGroupIds() == null ? List.of() : a.getGroupIds();
        for (Rolle r : roller(grupper)) {
            if (r.alleKontorer()
                    || r == Rolle.VEILEDER && grupper.contains(Grupper.veiledereFor(enhet))
                    || r == Rolle.TEAMLEDER && grupper.contains(Grupper.teamledereFor(enhet))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offices whose cases the logged-in user reaches in this request (the roles the table granted only); null
     * when every office (a national role, or the application working on its own behalf).
     */
    public Set<String> kontorer() {
        Authentication a = identityService.getCurrentAuthentication();
        if (a == null) {
            return null;
        }
        List<String> grupper = a.getGroupIds() == null ? List.of() : a.getGroupIds();
        Set<String> kontorer = new TreeSet<>();
        for (Rolle r : roller(grupper)) {
            if (r.alleKontorer()) {
                return null;
            }
            for (String g : grupper) {
                if (r == Rolle.VEILEDER && g.matches("enhet\\d{4}")) {
                    kontorer.add(g.substring("enhet".length()));
                } else if (r == Rolle.TEAMLEDER && g.matches("teamleder\\d{4}")) {
                    kontorer.add(g.substring("teamleder".length()));
                }
            }
        }
        return kontorer;
    }

    /** The roles granted for the current API request; outside one (a direct Java call) every role of the user. */
    @SuppressWarnings("unchecked")
    private static Set<Rolle> roller(List<String> grupper) {
        RequestAttributes req = RequestContextHolder.getRequestAttributes();
        Object innvilget = req == null ? null
                : req.getAttribute(Tilgangsvakt.INNVILGEDE_ROLLER, RequestAttributes.SCOPE_REQUEST);
        return innvilget != null ? (Set<Rolle>) innvilget : Rolle.fra(grupper);
    }
}
