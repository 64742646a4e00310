package no.oppfolgingsflyt.sikkerhet.motor;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sikkerhet.Sikkerhetslogg;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The allowlist gate {@link MotorApiPort} in front of the engine REST API and the webapps' APIs (whose login is their
 * own session), after HTTP Basic has logged the caller in.
 */
@Configuration
public class MotorApiKonfig {

    @Bean
    public FilterRegistrationBean<Filter> motorApiPort(ProcessEngine engine, Oppgaveskjemaer skjemaer,
            Oppgavetildeling tildeling, Sikkerhetslogg logg, ObjectMapper json, Systemkontekst system) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new MotorApiPort(
                engine.getIdentityService(), engine.getTaskService(), engine.getName(), skjemaer, tildeling, logg,
                json, system));
        registration.setName("oppfolgingsflyt-motor-api-port");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
