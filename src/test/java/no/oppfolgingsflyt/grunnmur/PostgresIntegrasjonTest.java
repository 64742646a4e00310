package no.oppfolgingsflyt.grunnmur;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import no.oppfolgingsflyt.demo.DemoBrukere;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine on the real PostgreSQL: it creates its schema in an empty database, deploys every model and runs a
 * case to its end. Outside CI the test is skipped when no PostgreSQL answers; under CI=true it always runs.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test", "postgres"})
class PostgresIntegrasjonTest {

    static final String URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/oppfolgingsflyt_test");
    static final String BRUKER = System.getenv().getOrDefault("TEST_DB_USERNAME", "postgres");
    static final String PASSORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> BRUKER);
        registry.add("spring.datasource.password", () -> PASSORD);
    }

    @BeforeAll
    static void tomDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, BRUKER, PASSORD); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("No PostgreSQL at " + URL + " (" + e.getMessage() + "); .ci/run provides one");
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void enginenLagerSkjemaDeployerModellerOgKjorerEnSakTilEnde() throws Exception {
        assertThat(jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        Integer tabeller = jdbc.queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = 'public' and table_name like 'act_%'", Integer.class);
        assertThat(tabeller).isGreaterThan(40);

        RepositoryService repo = engine.getRepositoryService();
        var deployed = repo.createDeploymentQuery().list().stream()
                .flatMap(d -> repo.getDeploymentResources(d.getId()).stream()).map(Resource::getName).toList();
        for (String fil : ModellerDeployesTest.filer("bpmn").toList()) {
            assertThat(deployed).anyMatch(n -> n.endsWith("/" + fil));
        }
        for (String fil : ModellerDeployesTest.filer("forms").toList()) {
            assertThat(deployed).anyMatch(n -> n.endsWith("/" + fil));
        }

        ProcessInstance sak = engine.getRuntimeService().startProcessInstanceByKey("sykefravaersoppfolging",
                "PG-TEST-1", Map.of("enhet", "0301"));
        Task oppgave = engine.getTaskService().createTaskQuery().processInstanceId(sak.getId()).singleResult();

        IdentityService identity = engine.getIdentityService();
        assertThat(identity.checkPassword("veileder0301", DemoBrukere.PASSORD)).isTrue();
        identity.setAuthentication("veileder0301", java.util.List.of("enhet0301"));
        try {
            engine.getTaskService().complete(oppgave.getId(), Map.of("aktivitetskravUtfall", "OPPFYLT"));
        } finally {
            identity.clearAuthentication();
        }

        HistoryService history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(sak.getId()).singleResult()
                .getEndTime()).isNotNull();
    }
}
