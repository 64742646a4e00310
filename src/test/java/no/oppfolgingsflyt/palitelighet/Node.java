package no.oppfolgingsflyt.palitelighet;

import no.oppfolgingsflyt.OppfolgingsflytApplication;
import no.oppfolgingsflyt.felles.Testdatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node on PostgreSQL with its own engine and job executor, as a real installation runs it; several
 * may share a database. Mails go to the tests' GreenMail.
 */
final class Node implements AutoCloseable {

    final ConfigurableApplicationContext kontekst;

    Node(String dbUrl, String navn) {
        kontekst = new SpringApplicationBuilder(OppfolgingsflytApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                // as command-line arguments: they win over application.yaml, as a real deployment's settings do
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + dbUrl,
                        "--spring.datasource.username=" + Testdatabase.BRUKER,
                        "--spring.datasource.password=" + Testdatabase.PASSORD,
                        // two nodes, other test contexts, maybe another test run: one server's 100 connections;
                        // a connection for each job executor thread and a few for the rest
                        "--spring.datasource.hikari.maximum-pool-size=12",
                        "--camunda.bpm.job-execution.core-pool-size=2",
                        "--camunda.bpm.job-execution.max-pool-size=4",
                        "--camunda.bpm.admin-user.password=node-test",
                        "--camunda.bpm.process-engine-name=" + navn,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=500",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + no.oppfolgingsflyt.felles.TestPostkasse.port(),
                        "--logging.level.root=warn",
                        "--logging.level.org.camunda.bpm.engine.jobexecutor=error",
                        "--logging.level.org.camunda.bpm.engine.context=off",
                        "--spring.main.banner-mode=off");
    }

    <T> T bean(Class<T> type) {
        return kontekst.getBean(type);
    }

    @Override
    public void close() {
        kontekst.close();
    }
}
