package no.oppfolgingsflyt.sikkerhet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.demo.DemoBrukere;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Who may reach what over HTTP: nothing without login, and a veileder only the tasks of their own office. */
@AppTest
class TilgangTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    Saksforlop forlop;

    Task oppgave0301;
    Task oppgave4601;

    @BeforeEach
    void toSakerPaaHvertSittKontor() {
        oppgave0301 = startSak("0301");
        oppgave4601 = startSak("4601");
    }

    /** A case of the office whose employer never confirmed: at week 6 it has the task "Be arbeidsgiver om ...". */
    Task startSak(String enhet) {
        Saksforlop.idag(LocalDate.now().minusDays(45));
        var sm = Saksforlop.sykmelding(Testdata.fnr(), LocalDate.now().minusDays(45).toString(),
                LocalDate.now().plusDays(20).toString(), 100, true);
        String ref = forlop.motta(new SykmeldingInn(sm.sykmeldingId(), sm.fnr(), sm.perioder(), sm.orgnummer(),
                sm.naermesteLeder(), sm.sykmelder(), enhet)).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.now());
        ClockUtil.reset();
        return forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan");
    }

    @Test
    void engineRestOgApiAvviserForesporslerUtenInnlogging() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/meg", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A wrong password (on a user no other test logs in as: Camunda delays the next login after a failure).
        assertThat(http.withBasicAuth("prosesseier", "feil-passord").getForEntity("/api/meg", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // The webapps' own API needs a login session.
        assertThat(http.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void helsesjekkenErAapen() {
        ResponseEntity<String> svar = http.getForEntity("/actuator/health", String.class);
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(svar.getBody()).contains("UP");
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void apiVirkerMedDemoBruker() {
        ResponseEntity<JsonNode> meg = som("veileder0301").getForEntity("/api/meg", JsonNode.class);
        assertThat(meg.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(meg.getBody().get("brukerId").asText()).isEqualTo("veileder0301");
        assertThat(meg.getBody().get("grupper").toString()).contains("enhet0301");

        ResponseEntity<JsonNode> engine = som("veileder0301").getForEntity("/engine-rest/engine", JsonNode.class);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void veilederSerBareOppgaverFraEgetKontor() {
        JsonNode oppgaver = som("veileder0301").getForObject("/engine-rest/task?processDefinitionKey="
                + "sykefravaersoppfolging&maxResults=1000", JsonNode.class);
        assertThat(oppgaver.findValuesAsText("id")).contains(oppgave0301.getId()).doesNotContain(oppgave4601.getId());

        assertThat(som("veileder0301").getForEntity("/engine-rest/task/" + oppgave4601.getId(), String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void veilederKanIkkeFullforeOppgaveFraAnnetKontor() {
        // Another office's task answers exactly like an unknown one.
        ResponseEntity<String> svar = fullfor("veileder0301", oppgave4601);
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(svar.getBody()).isEqualTo(fullfor("veileder0301", "finnes-ikke").getBody());
        assertThat(taskService.createTaskQuery().taskId(oppgave4601.getId()).count()).isEqualTo(1);

        assertThat(fullfor("veileder4601", oppgave4601).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(oppgave4601.getId()).count()).isZero();
    }

    @Test
    void skjemaetTilOppgavenKanHentesAvVeilederPaaKontoret() {
        ResponseEntity<String> skjema = som("veileder0301")
                .getForEntity("/engine-rest/task/" + oppgave0301.getId() + "/deployed-form", String.class);
        assertThat(skjema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(skjema.getBody()).contains("\"id\"").contains("kontakt-arbeidsgiver");
    }

    @Test
    void tasklistFiltreneFinnesOgKanLesesAvVeiledere() {
        JsonNode filtre = som("veileder4601").getForObject("/engine-rest/filter", JsonNode.class);
        assertThat(filtre.findValuesAsText("name")).contains(Tilganger.FILTER_MINE_OPPGAVER,
                Tilganger.FILTER_MITT_KONTOR, Tilganger.FILTER_FRIST_PASSERT, Tilganger.FILTER_FRIST_DENNE_UKEN)
                .doesNotContain(Tilganger.FILTER_ESKALERT);
        assertThat(som("teamleder0301").getForObject("/engine-rest/filter", JsonNode.class).findValuesAsText("name"))
                .contains(Tilganger.FILTER_ESKALERT);
        String filterId = null;
        for (JsonNode f : filtre) {
            if (f.get("name").asText().equals(Tilganger.FILTER_MITT_KONTOR)) {
                filterId = f.get("id").asText();
            }
        }
        JsonNode oppgaver = som("veileder4601").getForObject("/engine-rest/filter/" + filterId + "/list", JsonNode.class);
        assertThat(oppgaver.findValuesAsText("id")).contains(oppgave4601.getId()).doesNotContain(oppgave0301.getId());
    }

    ResponseEntity<String> fullfor(String bruker, Task oppgave) {
        return fullfor(bruker, oppgave.getId());
    }

    ResponseEntity<String> fullfor(String bruker, String oppgaveId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>("{\"variables\":{\"arbeidsgiverKontaktUtfall\":{\"value\":\"ARBEIDSGIVER_KONTAKTET\"}}}",
                headers);
        return som(bruker).exchange("/engine-rest/task/" + oppgaveId + "/complete", HttpMethod.POST, body,
                String.class);
    }

    TestRestTemplate som(String bruker) {
        return http.withBasicAuth(bruker, DemoBrukere.PASSORD);
    }
}
