package no.oppfolgingsflyt.sikkerhet;

import no.oppfolgingsflyt.MotorRegister;
import no.oppfolgingsflyt.felles.Testdatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the real PostgreSQL (a database of this test run's own), with the demo users, a real
 * HTTP port and no background job executor. Test classes that extend it share one Spring context. The engine has a
 * name of its own (another engine in the JVM is "default"), so calls name it: {@code /engine-rest/engine/{name}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=true")
@ActiveProfiles({"demo", "test", "postgres"})
@ExtendWith(MotorRegister.class)
abstract class PostgresApp {

    static String url;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> url == null ? url = Testdatabase.klargjor("oppfolgingsflyt_sikkerhet")
                : url);
        r.add("spring.datasource.username", () -> Testdatabase.BRUKER);
        r.add("spring.datasource.password", () -> Testdatabase.PASSORD);
    }
}
