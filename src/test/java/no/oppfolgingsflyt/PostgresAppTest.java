package no.oppfolgingsflyt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.oppfolgingsflyt.felles.Testdatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as {@link AppTest} has it, but on the real PostgreSQL (a database of this test run's own).
 * A process test class runs on both by a subclass that carries this annotation: {@code class XPaPostgresTest extends
 * XTest}. Every class with it shares one Spring context. The engine has a name of its own (the H2 one is "default").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=true")
@ActiveProfiles({"demo", "test", "postgres"})
@ContextConfiguration(initializers = PostgresAppTest.Database.class)
@ExtendWith(MotorRegister.class)
public @interface PostgresAppTest {

    /** Points the context at this run's database {@code oppfolgingsflyt_prosess_<pid>}, created empty once. */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static String url;

        @Override
        public void initialize(ConfigurableApplicationContext kontekst) {
            synchronized (Database.class) {
                if (url == null) {
                    url = Testdatabase.klargjor("oppfolgingsflyt_prosess");
                }
            }
            TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + Testdatabase.BRUKER,
                    "spring.datasource.password=" + Testdatabase.PASSORD).applyTo(kontekst);
        }
    }
}
