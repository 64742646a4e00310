package no.oppfolgingsflyt.drift;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What history level compact keeps and leaves out, on the real engine, and the move of a full database to it. */
@AppTest
class CompactHistoryLevelTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void theEngineRunsWithCompact() {
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getHistoryLevel()).isInstanceOf(CompactHistoryLevel.class);
    }

    @Test
    void keepsActivitiesVariablesAndWhoDidWhat_leavesOutVariableDetailsAndJobSuccesses() {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        String ref = forlop.motta(sykmelding(Testdata.fnr(), "2025-01-06", "2025-12-31", 100, false)).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-03")); // timers fire, tasks come, variables change
        forlop.fullforSom("veileder0301", List.of("enhet0301"), pid, "Task_VurderAktivitetskrav",
                Map.of("aktivitetskravUtfall", "OPPFYLT", "aktivitetskravArsakOppfylt", "TILTAK",
                        "aktivitetskravBeskrivelse", "I tiltak"));

        var historikk = engine.getHistoryService();
        assertThat(historikk.createHistoricActivityInstanceQuery().processInstanceId(pid)
                .activityId("Timer_StoppunktAktivitetskrav").finished().count()).isEqualTo(1);
        assertThat(historikk.createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableName("aktivitetskravUtfall").singleResult().getValue()).isEqualTo("OPPFYLT");
        assertThat(historikk.createHistoricTaskInstanceQuery().processInstanceId(pid)
                .taskDefinitionKey("Task_VurderAktivitetskrav").finished().count()).isEqualTo(1);
        assertThat(historikk.createUserOperationLogQuery().processInstanceId(pid)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(UserOperationLogEntry::getUserId).contains("veileder0301");

        assertThat(historikk.createHistoricDetailQuery().processInstanceId(pid).count()).isZero();
        assertThat(historikk.createHistoricJobLogQuery().processInstanceId(pid).count()).isZero();
    }

    @Test
    void aJobFailureIsStillLogged() {
        String deployment = engine.getRepositoryService().createDeployment().addModelInstance("feiler.bpmn",
                Bpmn.createExecutableProcess("feiler").camundaHistoryTimeToLive(1).startEvent().serviceTask()
                        .camundaAsyncBefore().camundaExpression("${finnesIkke}").endEvent().done()).deploy().getId();
        try {
            String pid = engine.getRuntimeService().startProcessInstanceByKey("feiler").getId();
            String jobb = engine.getManagementService().createJobQuery().processInstanceId(pid).singleResult()
                    .getId();

            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobb)).isNotNull();

            var logg = engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(pid);
            assertThat(logg.failureLog().count()).isEqualTo(1);
            assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(pid).count())
                    .isEqualTo(1);
        } finally {
            // the engine is shared by the test classes: leave no failing job behind
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void historyIsCleanedUpInANightlyWindow() {
        var konfig = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        assertThat(konfig.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
        assertThat(konfig.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void anEngineStartsWithCompactOnADatabaseWrittenWithFull() throws Exception {
        String url = "jdbc:h2:mem:full-til-compact-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        assertThat(HistoryLevelPlugin.fraFullTilCompact(db, "")).as("a new database is left to the engine").isFalse();

        motor(url, "full", List.of()).close();
        assertThat(historyLevel(db)).isEqualTo("3");

        var compact = motor(url, CompactHistoryLevel.NAME, List.of(new HistoryLevelPlugin()));
        try {
            assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) compact
                    .getProcessEngineConfiguration()).getHistoryLevel()).isInstanceOf(CompactHistoryLevel.class);
        } finally {
            compact.close();
        }
        assertThat(historyLevel(db)).isEqualTo("10");
        assertThat(HistoryLevelPlugin.fraFullTilCompact(db, "")).as("only once").isFalse();
    }

    private static ProcessEngine motor(String url, String historyLevel,
            List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins) {
        var konfig = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) org.camunda.bpm.engine
                .ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
        konfig.setJdbcUrl(url);
        konfig.setDatabaseSchemaUpdate("true");
        konfig.setHistory(historyLevel);
        konfig.setJobExecutorActivate(false);
        konfig.setDbMetricsReporterActivate(false);
        konfig.setProcessEngineName("full-til-compact-" + historyLevel);
        konfig.setProcessEnginePlugins(new java.util.ArrayList<>(plugins));
        return konfig.buildProcessEngine();
    }

    private static String historyLevel(JdbcDataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
            r.next();
            return r.getString(1);
        }
    }
}
