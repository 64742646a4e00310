package no.oppfolgingsflyt.sikkerhet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.oppfolgingsflyt.PostgresAppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sikkerhet.Motorklient.Kanal;
import no.oppfolgingsflyt.sikkerhet.Motorklient.Svar;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The abuse matrix: every role that is not an administrator calls every write resource of the engine REST API and
 * of the webapps' engine API against a running case, and each call answers as the gate's rules say; after every
 * refused call the engine's runtime, identity and repository tables and the application's tables are exactly as
 * before (in particular the timer's retries and due date).
 */
@PostgresAppTest
class MisbruksmatriseTest {

    static final List<String> TABELLER = List.of("act_ru_job", "act_ru_execution", "act_ru_task", "act_ru_variable",
            "act_ru_identitylink", "act_ru_authorization", "act_ru_event_subscr", "act_ru_incident", "act_ru_filter",
            "act_ru_batch", "act_ru_ext_task", "act_ru_jobdef", "act_re_deployment", "act_re_procdef",
            "act_id_user", "act_id_group", "act_id_membership", "act_hi_comment", "act_hi_op_log",
            "act_ge_bytearray", "sak", "sykmelding", "varsel", "sakshendelse", "aap_sak");

    /** The roles of the issue, one demo user each; only these two see the 0301 case's task. */
    static final List<String> BRUKERE = List.of("veileder0301", "veileder4601", "teamleder0301", "prosesseier",
            "mottak", "saksbehandler", "beslutter");
    static final Set<String> SER_OPPGAVEN = Set.of("veileder0301", "teamleder0301");
    static final Set<String> OPPGAVEBEHANDLERE = Set.of("veileder0301", "veileder4601", "teamleder0301",
            "saksbehandler", "beslutter");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Saksforlop forlop;

    /** One write call; {@code oppgave} marks Tasklist's own task calls, which the gate checks beyond the role. */
    record Kall(String navn, String metode, String sti, String kropp, boolean oppgave) {}

    @AfterEach
    void klokke() {
        ClockUtil.reset();
    }

    Map<String, String> avtrykk() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : TABELLER) {
            m.put(t, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by "
                    + "t::text)), '') from " + t + " t", String.class));
        }
        return m;
    }

    @Test
    void ingenRolleKanSkriveUtenomSineEgneSteg() {
        Saksforlop.idag(LocalDate.now().minusDays(45));
        var sm = Saksforlop.sykmelding(Testdata.fnr(), LocalDate.now().minusDays(45).toString(),
                LocalDate.now().plusDays(20).toString(), 100, true);
        String ref = forlop.motta(new SykmeldingInn(sm.sykmeldingId(), sm.fnr(), sm.perioder(), sm.orgnummer(),
                sm.naermesteLeder(), sm.sykmelder(), "0301")).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.now());
        ClockUtil.reset();
        Task oppgave = forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pid).timers().list().get(0);
        String def = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult()
                .getProcessDefinitionId();
        String deployment = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
        String filter = engine.getFilterService().createFilterQuery().list().get(0).getId();
        String jobdef = timer.getJobDefinitionId();
        String t = "task/" + oppgave.getId();

        List<Kall> kall = List.of(
                new Kall("job execute", "POST", "job/" + timer.getId() + "/execute", null, false),
                new Kall("job retries", "PUT", "job/" + timer.getId() + "/retries", "{\"retries\":0}", false),
                new Kall("job due date", "PUT", "job/" + timer.getId() + "/duedate",
                        "{\"duedate\":\"2030-01-01T00:00:00.000+0100\"}", false),
                new Kall("job suspend", "PUT", "job/" + timer.getId() + "/suspended", "{\"suspended\":true}", false),
                new Kall("jobs retries batch", "POST", "job/retries", "{\"jobIds\":[\"" + timer.getId()
                        + "\"],\"retries\":0}", false),
                new Kall("job definition suspend", "PUT", "job-definition/" + jobdef + "/suspended",
                        "{\"suspended\":true}", false),
                new Kall("message", "POST", "message", "{\"messageName\":\"Friskmelding\",\"businessKey\":\"" + ref
                        + "\"}", false),
                new Kall("signal", "POST", "signal", "{\"name\":\"x\"}", false),
                new Kall("process start", "POST", "process-definition/" + def + "/start", "{}", false),
                new Kall("process start by key", "POST", "process-definition/key/sykefravaersoppfolging/submit-form",
                        "{}", false),
                new Kall("modification", "POST", "process-instance/" + pid + "/modification",
                        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_KontaktArbeidsgiverOppfolgingsplan\"}]}",
                        false),
                new Kall("instance variable", "PUT", "process-instance/" + pid + "/variables/enhet",
                        "{\"value\":\"4601\",\"type\":\"String\"}", false),
                new Kall("instance variables", "POST", "process-instance/" + pid + "/variables",
                        "{\"modifications\":{\"maksdato\":{\"value\":\"2020-01-01\",\"type\":\"String\"}}}", false),
                new Kall("instance delete", "DELETE", "process-instance/" + pid, null, false),
                new Kall("instance suspend", "PUT", "process-instance/" + pid + "/suspended", "{\"suspended\":true}",
                        false),
                new Kall("instances delete batch", "POST", "process-instance/delete",
                        "{\"processInstanceIds\":[\"" + pid + "\"]}", false),
                new Kall("migration", "POST", "migration/execute", "{}", false),
                new Kall("task variable", "PUT", t + "/variables/enhet", "{\"value\":\"4601\",\"type\":\"String\"}",
                        false),
                new Kall("task variables", "POST", t + "/variables",
                        "{\"modifications\":{\"enhet\":{\"value\":\"4601\",\"type\":\"String\"}}}", false),
                new Kall("task local variables", "POST", t + "/localVariables",
                        "{\"modifications\":{\"x\":{\"value\":\"1\",\"type\":\"String\"}}}", false),
                new Kall("identity link add", "POST", t + "/identity-links",
                        "{\"groupId\":\"enhet4601\",\"type\":\"candidate\"}", false),
                new Kall("identity link delete", "POST", t + "/identity-links/delete",
                        "{\"groupId\":\"enhet0301\",\"type\":\"candidate\"}", false),
                new Kall("task update", "PUT", t, "{\"name\":\"x\",\"priority\":1,\"due\":\"2099-01-01T00:00:00.000+0100\"}",
                        false),
                new Kall("task delegate", "POST", t + "/delegate", "{\"userId\":\"veileder4601\"}", false),
                new Kall("task delete", "DELETE", t, null, false),
                new Kall("task create", "POST", "task/create", "{\"id\":\"x\",\"name\":\"y\"}", false),
                new Kall("comment", "POST", t + "/comment/create", "{\"message\":\"x\"}", false),
                new Kall("deployment create", "POST", "deployment/create", "{}", false),
                new Kall("deployment delete", "DELETE", "deployment/" + deployment + "?cascade=true", null, false),
                new Kall("authorization", "POST", "authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],"
                        + "\"userId\":\"mottak\",\"resourceType\":0,\"resourceId\":\"*\"}", false),
                new Kall("user create", "POST", "user/create", "{\"profile\":{\"id\":\"inntrenger\"},"
                        + "\"credentials\":{\"password\":\"x\"}}", false),
                new Kall("user password", "PUT", "user/admin/credentials", "{\"password\":\"x\"}", false),
                new Kall("group create", "POST", "group/create", "{\"id\":\"g\",\"name\":\"g\"}", false),
                new Kall("group member", "PUT", "group/camunda-admin/members/veileder0301", null, false),
                new Kall("filter create", "POST", "filter/create", "{\"resourceType\":\"Task\",\"name\":\"x\","
                        + "\"query\":{}}", false),
                new Kall("filter update", "PUT", "filter/" + filter, "{\"resourceType\":\"Task\",\"name\":\"x\","
                        + "\"query\":{}}", false),
                new Kall("filter delete", "DELETE", "filter/" + filter, null, false),
                new Kall("external task", "POST", "external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":1,"
                        + "\"topics\":[{\"topicName\":\"x\",\"lockDuration\":1000}]}", false),
                new Kall("decision evaluate", "POST", "decision-definition/key/innsatsgruppe/evaluate",
                        "{\"variables\":{}}", false),
                new Kall("history cleanup", "POST", "history/cleanup", null, false),
                new Kall("time to live", "PUT", "process-definition/" + def + "/history-time-to-live",
                        "{\"historyTimeToLive\":1}", false),
                new Kall("claim for another", "POST", t + "/claim", "{\"userId\":\"veileder4601\"}", true),
                new Kall("assign to another office", "POST", t + "/assignee", "{\"userId\":\"veileder4601\"}", true),
                new Kall("complete with enhet", "POST", t + "/complete", "{\"variables\":{\"arbeidsgiverKontaktUtfall\":"
                        + "{\"value\":\"IKKE_NODVENDIG\"},\"enhet\":{\"value\":\"4601\",\"type\":\"String\"}}}", true),
                new Kall("submit-form with maksdato", "POST", t + "/submit-form", "{\"variables\":{"
                        + "\"maksdato\":{\"value\":\"2020-01-01\",\"type\":\"String\"}}}", true),
                new Kall("complete with a Java object", "POST", t + "/complete", "{\"variables\":{"
                        + "\"arbeidsgiverKontaktBeskrivelse\":{\"value\":\"rO0AB\",\"type\":\"Object\","
                        + "\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}", true),
                new Kall("complete with a wrong option", "POST", t + "/complete", "{\"variables\":{"
                        + "\"arbeidsgiverKontaktUtfall\":{\"value\":\"HVA_SOM_HELST\",\"type\":\"String\"}}}", true),
                new Kall("complete returning all variables", "POST", t + "/complete",
                        "{\"variables\":{},\"withVariablesInReturn\":true}", true));

        List<String> feil = new ArrayList<>();
        for (String bruker : BRUKERE) {
            for (Kanal kanal : Kanal.values()) {
                Motorklient klient = new Motorklient(port, engine.getName(), bruker, kanal);
                for (Kall k : kall) {
                    Map<String, String> for_ = avtrykk();
                    Svar svar = klient.motor(k.metode(), k.sti(), k.kropp());
                    int ventet = ventet(k, bruker);
                    String hvor = bruker + " " + klient.kanal() + " " + k.navn();
                    if (svar.status() != ventet || !svar.type().startsWith("application/problem+json")) {
                        feil.add(hvor + ": " + svar.status() + " (ventet " + ventet + ") " + svar.type() + " "
                                + svar.kropp().substring(0, Math.min(160, svar.kropp().length())));
                    }
                    Map<String, String> etter = avtrykk();
                    if (!etter.equals(for_)) {
                        feil.add(hvor + ": changed " + endret(for_, etter));
                    }
                }
            }
        }
        assertThat(feil).as("calls that did not answer as the matrix says, or changed something").isEmpty();
        Job igjen = engine.getManagementService().createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(igjen.getRetries()).isEqualTo(timer.getRetries());
        assertThat(igjen.getDuedate()).isEqualTo(timer.getDuedate());
    }

    /**
     * The matrix: every write is refused (403) except Tasklist's own task calls by those who work tasks: 404 when
     * the task is not theirs to see (another office: exactly like an unknown task), else the gate's own answer.
     */
    static int ventet(Kall k, String bruker) {
        if (!k.oppgave() || !OPPGAVEBEHANDLERE.contains(bruker)) {
            return 403;
        }
        if (!SER_OPPGAVEN.contains(bruker)) {
            return 404;
        }
        return k.navn().startsWith("complete") || k.navn().startsWith("submit") ? 400 : 403;
    }

    static List<String> endret(Map<String, String> for_, Map<String, String> etter) {
        return for_.keySet().stream().filter(t -> !for_.get(t).equals(etter.get(t))).toList();
    }
}
