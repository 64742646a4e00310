package no.oppfolgingsflyt.api;

import no.oppfolgingsflyt.sikkerhet.Rolle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link Tilgangstabell} on every request to {@code /api/**}, after login (ApiAutentisering) and before
 * the request body is read: the endpoint Spring MVC matched, looked up with the caller's roles. Refused → 403
 * problem+json, and the controller never runs. Whatever is not a controller method of the table is refused too.
 */
@Configuration
public class Tilgangsvakt implements HandlerInterceptor, WebMvcConfigurer {

    /** Request attribute: the caller's roles that the table granted for this request, for the office check. */
    static final String INNVILGEDE_ROLLER = Tilgangsvakt.class.getName() + ".roller";

    private final IdentityService identityService;

    public Tilgangsvakt(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api", "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            // no endpoint of the application API (e.g. Spring's static resources for an unknown path)
            throw new IkkeFunnet("Ukjent endepunkt");
        }
        // HEAD is answered by the GET handler and reads the same
        String metode = req.getMethod().equals("HEAD") ? "GET" : req.getMethod();
        String monster = String.valueOf(req.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        Set<Rolle> innvilget = Tilgangstabell.innvilget(metode, monster, roller());
        if (innvilget.isEmpty()) {
            throw new IngenTilgang("Du har ikke tilgang til " + metode + " " + monster);
        }
        req.setAttribute(INNVILGEDE_ROLLER, innvilget);
        return true;
    }

    private Set<Rolle> roller() {
        Authentication a = identityService.getCurrentAuthentication();
        if (a == null) {
            return Set.of();
        }
        return Rolle.fra(a.getGroupIds() == null ? List.of() : a.getGroupIds());
    }
}
