package no.oppfolgingsflyt.felles;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring application started in a test JVM at that JVM's GreenMail server ({@link TestPostkasse}), so
 * no test needs to know its port. Registered in src/test/resources/META-INF/spring.factories; command-line
 * arguments still win.
 */
public class TestSmtpPort implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addFirst(new MapPropertySource("test-smtp",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", TestPostkasse.port())));
    }
}
