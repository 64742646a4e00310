package no.oppfolgingsflyt.sikkerhet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for the application's own API and the engine REST API against this application's engine (Camunda's own filter looks the
 * engine up by name, which is wrong when several engines share a JVM). Sets the user and groups on the engine for
 * the request; a missing or wrong login gets 401 with a problem+json body. A GET to the application API may instead
 * use the session of the Camunda webapps (Cockpit's plugins call it from the browser).
 */
public class ApiAutentisering extends OncePerRequestFilter {

    private final IdentityService identity;
    private final Sikkerhetslogg logg;

    private final String motornavn;

    public ApiAutentisering(IdentityService identity, String motornavn, Sikkerhetslogg logg) {
        this.identity = identity;
        this.motornavn = motornavn;
        this.logg = logg;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String bruker = innlogget(req.getHeader("Authorization"));
        if (bruker == null && req.getHeader("Authorization") == null && lesendeApiKall(req)) {
            UserAuthentication webapp = Webappsesjon.innlogget(req, motornavn);
            bruker = webapp == null ? null : webapp.getIdentityId();
        }
        if (bruker == null) {
            res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            res.setHeader("WWW-Authenticate", "Basic realm=\"oppfolgingsflyt\"");
            res.setContentType("application/problem+json");
            res.setCharacterEncoding(StandardCharsets.UTF_8.name());
            res.getWriter().write("{\"type\":\"https://oppfolgingsflyt.no/problem/ikke-innlogget\",\"title\":"
                    + "\"Ikke innlogget\",\"status\":401,\"detail\":\"Log in with HTTP Basic\"}");
            return;
        }
        List<String> grupper = identity.createGroupQuery().groupMember(bruker).list().stream().map(Group::getId)
                .toList();
        List<String> tenanter = identity.createTenantQuery().userMember(bruker).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(bruker, grupper, tenanter);
        try {
            chain.doFilter(req, res);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Cockpit's plugins run in the browser with the webapps' session, not HTTP Basic: a GET to the application API
     * may use that session. Only reads: the session cookie goes along with any request the browser makes, so it is
     * no proof that the user meant a write (CSRF).
     */
    private static boolean lesendeApiKall(HttpServletRequest req) {
        String sti = req.getServletPath();
        return (req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))
                && (sti.equals("/api") || sti.startsWith("/api/"));
    }

    /** The user id when the Basic credentials are right, else null. */
    private String innlogget(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String dekodet;
        try {
            dekodet = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int kolon = dekodet.indexOf(':');
        if (kolon <= 0) {
            return null;
        }
        String bruker = dekodet.substring(0, kolon);
        if (identity.checkPassword(bruker, dekodet.substring(kolon + 1))) {
            return bruker;
        }
        logg.innloggingFeilet(bruker, "basic");
        return null;
    }
}
