package no.oppfolgingsflyt.sikkerhet;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's identity service for the engine REST API and the application's own API.
 * The filter also sets the authenticated user and groups on the engine for the request, so Camunda's
 * authorization checks apply to everything a request does (a veileder sees only the tasks of their office).
 * The webapps (Tasklist, Cockpit, Admin) keep their own login page and session.
 */
@Configuration
public class BasicAuthConfig {

    @Bean
    public FilterRegistrationBean<Filter> basicAuthFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("oppfolgingsflyt-basic-auth");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The application's own API and the demo pages, against this application's engine. */
    @Bean
    public FilterRegistrationBean<Filter> apiAuthFilter(IdentityService identityService) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                new ApiAutentisering(identityService));
        registration.setName("oppfolgingsflyt-api-auth");
        registration.addUrlPatterns("/api/*", "/demo/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
