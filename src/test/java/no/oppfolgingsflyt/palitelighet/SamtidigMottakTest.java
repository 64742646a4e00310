package no.oppfolgingsflyt.palitelighet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.felles.Testdatabase;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake under concurrency, on the real PostgreSQL: one person's requests are served one at a time
 * ({@code felles.Personlaas}), and a race with the engine's own jobs is tried again, so every copy of a repeated
 * sykmelding gets the same answer, overlapping ones make one case, and nothing answers 409 or 500 for concurrency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.generate-unique-process-engine-name=true",
            // requests queue on the person's lock before they take a connection: a small pool is enough, and the
            // database server is shared with the other PostgreSQL test classes
            "spring.datasource.hikari.maximum-pool-size=8", "spring.datasource.hikari.minimum-idle=1"})
@ActiveProfiles({"demo", "test", "postgres"})
@DirtiesContext // closes the context and its connections when the class is done
class SamtidigMottakTest {

    static String db;
    static final ExecutorService traader = Executors.newFixedThreadPool(20);

    @BeforeAll
    static void database() {
        db = Testdatabase.klargjor("oppfolgingsflyt_samtidig");
    }

    @AfterAll
    static void stopp() {
        traader.shutdownNow();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> db == null ? Testdatabase.klargjor("oppfolgingsflyt_samtidig") : db);
        r.add("spring.datasource.username", () -> Testdatabase.BRUKER);
        r.add("spring.datasource.password", () -> Testdatabase.PASSORD);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    PlatformTransactionManager transaksjoner;

    final ObjectMapper json = new ObjectMapper();

    ObjectNode sykmelding(String fnr, LocalDate fom, LocalDate tom) {
        ObjectNode sm = json.createObjectNode();
        sm.put("sykmeldingId", "SM-SAMTIDIG-" + System.nanoTime());
        sm.put("fnr", fnr);
        ObjectNode p = sm.putArray("perioder").addObject();
        p.put("fom", fom.toString());
        p.put("tom", tom.toString());
        p.put("grad", 100);
        sm.put("orgnummer", Testdata.ORGNR);
        sm.putObject("naermesteLeder").put("navn", "Nora Leder").put("epost", "nora@example.org");
        sm.put("sykmelder", "Dr. Lege");
        sm.put("enhet", "0301");
        return sm;
    }

    ResponseEntity<JsonNode> post(String sti, String body) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("mottak", "demo").postForEntity(sti, new HttpEntity<>(body, h), JsonNode.class);
    }

    /** Sends every body at the same moment, from threads of their own. */
    List<ResponseEntity<JsonNode>> samtidig(List<String> kropper) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> svar = new ArrayList<>();
        for (String k : kropper) {
            svar.add(traader.submit(() -> {
                start.await();
                return post("/api/sykmeldinger", k);
            }));
        }
        start.countDown();
        List<ResponseEntity<JsonNode>> alle = new ArrayList<>();
        for (Future<ResponseEntity<JsonNode>> f : svar) {
            alle.add(f.get(120, TimeUnit.SECONDS));
        }
        return alle;
    }

    int saker(String fnr) {
        return jdbc.queryForObject("select count(*) from sak where fnr = ?", Integer.class, fnr);
    }

    @Test
    void tjueKopierAvSammeSykmeldingGirEnSakOgSammeSvar() throws Exception {
        String fnr = Testdata.fnr();
        String sm = sykmelding(fnr, LocalDate.now().minusDays(10), LocalDate.now().plusDays(20)).toString();
        List<ResponseEntity<JsonNode>> svar = samtidig(java.util.Collections.nCopies(20, sm));

        assertThat(svar).extracting(r -> r.getStatusCode().value()).as(svar.toString())
                .containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(svar).filteredOn(r -> r.getStatusCode() == HttpStatus.OK)
                .extracting(r -> r.getBody().get("resultat").asText()).hasSize(19).containsOnly("ALLEREDE_MOTTATT");
        assertThat(svar).extracting(r -> r.getBody().get("saksreferanse").asText()).containsOnly(
                svar.get(0).getBody().get("saksreferanse").asText());
        assertThat(saker(fnr)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sykmelding where fnr = ?", Integer.class, fnr))
                .isEqualTo(1);
    }

    @Test
    void tiOverlappendeSykmeldingerForEnPersonGirEnSak() throws Exception {
        String fnr = Testdata.fnr();
        LocalDate idag = LocalDate.now();
        List<String> kropper = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            kropper.add(sykmelding(fnr, idag.minusDays(20 - i), idag.plusDays(5 + 3 * i)).toString());
        }
        List<ResponseEntity<JsonNode>> svar = samtidig(kropper);

        assertThat(svar).extracting(r -> r.getStatusCode().value()).as(svar.toString())
                .containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(svar).filteredOn(r -> r.getStatusCode() == HttpStatus.OK)
                .extracting(r -> r.getBody().get("resultat").asText())
                .allMatch(r -> r.equals("SAK_OPPDATERT") || r.equals("SAK_UENDRET"));
        assertThat(svar).extracting(r -> r.getBody().get("saksreferanse").asText()).containsOnly(
                svar.get(0).getBody().get("saksreferanse").asText());
        assertThat(saker(fnr)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sykmelding where fnr = ?", Integer.class, fnr))
                .isEqualTo(10);
        // the case covers every period: the last sick day is the latest tom
        String ref = svar.get(0).getBody().get("saksreferanse").asText();
        assertThat(jdbc.queryForObject("select siste_sykedag from sak where saksreferanse = ?", LocalDate.class, ref))
                .isEqualTo(idag.plusDays(5 + 3 * 9));
    }

    /**
     * A friskmelding that arrives while one of the case's timers fires: the timer's transaction holds the process
     * instance until it commits, the friskmelding's first try loses the race (Camunda's optimistic lock) and is tried
     * again. It answers 204 and the case is closed.
     */
    @Test
    void friskmeldingSomKrysserEnTimerSomFyrer() throws Exception {
        String fnr = Testdata.fnr();
        // started 30 days ago: the reminder before the oppfølgingsplan (S + 20 days) is due
        ResponseEntity<JsonNode> ny = post("/api/sykmeldinger",
                sykmelding(fnr, LocalDate.now().minusDays(30), LocalDate.now().plusDays(20)).toString());
        assertThat(ny.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String ref = ny.getBody().get("saksreferanse").asText();
        String pid = jdbc.queryForObject("select process_instance_id from sak where saksreferanse = ?", String.class,
                ref);
        List<Job> forfalt = management.createJobQuery().processInstanceId(pid).timers().executable().list();
        assertThat(forfalt).as("a timer of the case that is due").isNotEmpty();

        CountDownLatch fyrt = new CountDownLatch(1);
        Future<?> timer = traader.submit(() -> new TransactionTemplate(transaksjoner).executeWithoutResult(s -> {
            management.executeJob(forfalt.get(0).getId());
            fyrt.countDown();
            try {
                Thread.sleep(800); // the friskmelding comes while the timer's transaction is still open
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(fyrt.await(60, TimeUnit.SECONDS)).isTrue();
        ResponseEntity<JsonNode> frisk = post("/api/saker/" + ref + "/friskmelding",
                "{\"friskmeldtFom\":\"" + LocalDate.now() + "\"}");
        timer.get(60, TimeUnit.SECONDS);

        assertThat(frisk.getStatusCode()).as(String.valueOf(frisk.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select status from sak where saksreferanse = ?", String.class, ref))
                .isEqualTo("AVSLUTTET");
        assertThat(jdbc.queryForObject("select count(*) from sakshendelse where saksreferanse = ? and type = "
                + "'FRISKMELDT'", Integer.class, ref)).isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(pid).count()).isZero();
    }
}
