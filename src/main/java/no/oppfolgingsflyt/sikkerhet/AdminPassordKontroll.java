package no.oppfolgingsflyt.sikkerhet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Stops startup before anything is created when the admin password is missing. Camunda's starter would otherwise
 * create the admin user with a password equal to its id, which is a default password on a real server.
 */
public class AdminPassordKontroll implements EnvironmentPostProcessor, Ordered {

    static final String PASSORD = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String id = environment.getProperty("camunda.bpm.admin-user.id");
        if (StringUtils.hasText(id) && !StringUtils.hasText(environment.getProperty(PASSORD))) {
            throw new IllegalStateException("""
                    ADMIN_PASSWORD is not set. Oppfølgingsflyt has no default admin password outside the local demo \
                    profile: set the environment variable ADMIN_PASSWORD (the admin user is '%s'), or run the local \
                    demo with ./mvnw spring-boot:run.""".formatted(id));
        }
    }

    @Override
    public int getOrder() {
        // After Spring Boot has loaded application.yaml and the profile files.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
