package no.oppfolgingsflyt.sikkerhet;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's identity service for the engine REST API, the application's own API, its OpenAPI
 * description (/v3/api-docs, /swagger-ui.html) and the demo pages ({@link ApiAutentisering}, which also sets the user
 * and groups on the engine so Camunda's authorization checks apply to everything a request does). After it, for the
 * engine's APIs, comes the allowlist gate ({@code motor.MotorApiKonfig}).
 */
@Configuration
public class BasicAuthConfig {

    @Bean
    public FilterRegistrationBean<Filter> apiAuthFilter(ProcessEngine engine, Sikkerhetslogg logg) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new ApiAutentisering(engine.getIdentityService(), engine.getName(), logg));
        registration.setName("oppfolgingsflyt-api-auth");
        // The OpenAPI description of /api and its Swagger UI need the same login as /api (never open).
        registration.addUrlPatterns("/api/*", "/demo/*", "/engine-rest/*", "/v3/api-docs", "/v3/api-docs/*",
                "/swagger-ui.html", "/swagger-ui/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
