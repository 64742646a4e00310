package no.oppfolgingsflyt.sikkerhet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** Who is logged in to the Camunda webapps (Tasklist, Cockpit, Admin) in this request's session, for an engine. */
public final class Webappsesjon {

    private Webappsesjon() {}

    /** The webapps' login for the engine, or null when the session has none. */
    public static UserAuthentication innlogget(HttpServletRequest req, String motornavn) {
        HttpSession sesjon = req.getSession(false);
        Authentications alle = sesjon == null ? null : AuthenticationUtil.getAuthsFromSession(sesjon);
        return alle != null && alle.getAuthenticationForProcessEngine(motornavn) instanceof UserAuthentication u
                && u.getIdentityId() != null ? u : null;
    }
}
