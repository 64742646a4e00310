package no.oppfolgingsflyt.drift;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import no.oppfolgingsflyt.sikkerhet.ApiAutentisering;
import no.oppfolgingsflyt.sikkerhet.Sikkerhetslogg;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /actuator/prometheus} for operations only: HTTP Basic against Camunda's identity service (the same filter as
 * the APIs: 401 without a login), then membership of the group {@code drift} (403 without it). The metrics name no
 * person, but they show the load of every office, so they are not open. Before each scrape the gauges are read.
 */
@Configuration
public class Metrikktilgang {

    public static final String DRIFT = "drift";
    static final String STI = "/actuator/prometheus";

    @Bean
    public FilterRegistrationBean<Filter> metrikkInnlogging(ProcessEngine engine, Sikkerhetslogg logg) {
        FilterRegistrationBean<Filter> r = new FilterRegistrationBean<>(new ApiAutentisering(
                engine.getIdentityService(), engine.getName(), logg));
        r.setName("oppfolgingsflyt-metrikk-innlogging");
        r.addUrlPatterns(STI, STI + "/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return r;
    }

    @Bean
    public FilterRegistrationBean<Filter> metrikkGruppe(ProcessEngine engine, Metrikker metrikker) {
        IdentityService identity = engine.getIdentityService();
        Filter filter = (req, res, chain) -> {
            Authentication a = identity.getCurrentAuthentication();
            if (a == null || a.getGroupIds() == null || !a.getGroupIds().contains(DRIFT)) {
                HttpServletResponse svar = (HttpServletResponse) res;
                svar.setStatus(HttpServletResponse.SC_FORBIDDEN);
                svar.setContentType("application/problem+json");
                svar.setCharacterEncoding(StandardCharsets.UTF_8.name());
                svar.getWriter().write("{\"type\":\"https://oppfolgingsflyt.no/problem/ingen-tilgang\",\"title\":"
                        + "\"Ingen tilgang\",\"status\":403,\"detail\":\"Metrikkene er for gruppen drift\"}");
                return;
            }
            metrikker.oppdater();
            chain.doFilter(req, res);
        };
        FilterRegistrationBean<Filter> r = new FilterRegistrationBean<>(filter);
        r.setName("oppfolgingsflyt-metrikk-gruppe");
        r.addUrlPatterns(STI, STI + "/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return r;
    }
}
