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
        engine.getRepositoryService().createDeployment().addModelInstance("feiler.bpmn",
                Bpmn.createExecutableProcess("feiler").camundaHistoryTimeToLive(1).startEvent().serviceTask()
                        .camundaAsyncBefore().camundaExpression("${finnesIkke}").endEvent().done()).deploy();
        String pid = engine.getRuntimeService().startProcessInstanceByKey("feiler").getId();
        String jobb = engine.getManagementService().createJobQuery().processInstanceId(pid).singleResult().getId();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobb)).isNotNull();

        var logg = engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(pid);
        assertThat(logg.failureLog().count()).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(pid).count()).isEqualTo(1);
    }

    @Test
    void aDatabaseWrittenWithFullMovesToCompactOnce() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:historikkniva;DB_CLOSE_DELAY=-1");
        assertThat(HistoryLevelPlugin.fraFullTilCompact(db, "")).as("a new database is left to the engine").isFalse();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64), VALUE_ varchar(300), REV_ integer)");
            s.execute("insert into ACT_GE_PROPERTY values ('historyLevel', '3', 1)");
        }
        assertThat(HistoryLevelPlugin.fraFullTilCompact(db, "")).isTrue();
        assertThat(HistoryLevelPlugin.fraFullTilCompact(db, "")).as("only once").isFalse();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("10");
        }
    }
}
