package no.oppfolgingsflyt.aap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The AAP API over HTTP: søknad, the veileder's start, and every refusal with problem+json and nothing changed. */
@AppTest
class AapApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MottakerRepository mottakere;
    @Autowired
    JdbcTemplate jdbc;

    ResponseEntity<JsonNode> post(String sti, String body, String bruker) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(bruker, "demo").postForEntity(sti, new HttpEntity<>(body, h), JsonNode.class);
    }

    long saker() {
        return jdbc.queryForObject("select count(*) from aap_sak", Long.class);
    }

    @Test
    void soknadStarterSakOgAndreSoknadAvvises() {
        String fnr = Testdata.fnr();
        mottakere.settKontaktinfo(fnr, "soker@example.org");
        ResponseEntity<JsonNode> forste = post("/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}",
                "mottak");
        assertThat(forste.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String ref = forste.getBody().get("saksreferanse").asText();
        assertThat(ref).startsWith("AEV-");
        long for_ = saker();
        ResponseEntity<JsonNode> andre = post("/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}",
                "mottak");
        assertThat(andre.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(andre.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // neither the other case nor its office: the caller may not reach it
        assertThat(andre.getBody().get("detail").asText()).isEqualTo("Personen har allerede en åpen "
                + "arbeidsevnevurdering");
        assertThat(andre.getBody().toString()).doesNotContain(ref).doesNotContain("0301");
        assertThat(saker()).isEqualTo(for_);
        assertThat(http.withBasicAuth("veileder0301", "demo").getForObject("/api/aap/" + ref, JsonNode.class)
                .get("kilde").asText()).isEqualTo("SOKNAD");
    }

    @Test
    void ugyldigSoknadOgUkjentPerson() {
        long for_ = saker();
        ResponseEntity<JsonNode> ugyldig = post("/api/aap/soknader", "{\"fnr\":\"12345678901\",\"enhet\":\"03\"}",
                "mottak");
        assertThat(ugyldig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ugyldig.getBody().get("feil").findValuesAsText("felt")).containsExactlyInAnyOrder("fnr", "enhet");
        ResponseEntity<JsonNode> ukjent = post("/api/aap/soknader", "{\"fnr\":\"" + Testdata.fnr()
                + "\",\"enhet\":\"0301\"}", "mottak");
        assertThat(ukjent.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ukjent.getBody().get("detail").asText()).contains("not known");
        assertThat(post("/api/aap/AEV-999999/legeerklaering", "{}", "mottak").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(saker()).isEqualTo(for_);
    }

    /** A person with a sykefravær case at the office, delivered by the intake. */
    String kjentVed(String enhet) {
        return kjentVed(Testdata.fnr(), enhet);
    }

    String kjentVed(String fnr, String enhet) {
        String sm = "{\"sykmeldingId\":\"SM-AAP-" + System.nanoTime() + "\",\"fnr\":\"" + fnr + "\",\"perioder\":[{"
                + "\"fom\":\"" + LocalDate.now().minusDays(10) + "\",\"tom\":\"" + LocalDate.now().plusDays(20)
                + "\",\"grad\":100}],\"sykmelder\":\"Dr. Lege\",\"enhet\":\"" + enhet + "\"}";
        assertThat(post("/api/sykmeldinger", sm, "mottak").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return fnr;
    }

    ResponseEntity<JsonNode> veilederStarter(String fnr, String enhet, String bruker) {
        return post("/api/aap/arbeidsevnevurderinger", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"" + enhet + "\"}",
                bruker);
    }

    @Test
    void veilederStarterForPersonKjentVedEgetKontor() {
        String fnr = kjentVed("0301");
        assertThat(veilederStarter(fnr, "0301", "veileder0301").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(veilederStarter(kjentVed("0301"), "0301", "teamleder0301").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    /**
     * Unknown, known at another office, or named with an office the veileder does not work for: one and the same
     * 404, so a veileder cannot learn who is followed up where, nor open a case for just any fødselsnummer.
     */
    @Test
    void personIkkeKjentVedKontoretGir404UansettHvorDenErKjent() {
        String kjentHos0301 = kjentVed("0301");
        String medAapHos0301 = kjentVed("0301");
        assertThat(veilederStarter(medAapHos0301, "0301", "veileder0301").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        long for_ = saker();
        List<ResponseEntity<JsonNode>> svar = List.of(
                veilederStarter(Testdata.fnr(), "4601", "veileder4601"),
                veilederStarter(kjentHos0301, "4601", "veileder4601"),
                veilederStarter(medAapHos0301, "4601", "veileder4601"),
                veilederStarter(kjentHos0301, "0301", "veileder4601"),
                veilederStarter(Testdata.fnr(), "0301", "veileder0301"));
        for (ResponseEntity<JsonNode> s : svar) {
            assertThat(s.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(s.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(s.getBody().get("detail").asText()).isEqualTo("Personen er ikke kjent ved kontoret ditt");
            assertThat(s.getBody()).isEqualTo(svar.get(0).getBody());
        }
        assertThat(saker()).isEqualTo(for_);
    }

    @Test
    void andreStartForSammePersonGir409UtenSakOgKontor() {
        // Known at 0301 (an earlier, closed tilfelle) and at 4601; the open AAP case is 4601's.
        String fnr = Testdata.fnr();
        String sm = "{\"sykmeldingId\":\"SM-AAP-" + System.nanoTime() + "\",\"fnr\":\"" + fnr + "\",\"perioder\":[{"
                + "\"fom\":\"" + LocalDate.now().minusDays(400) + "\",\"tom\":\"" + LocalDate.now().minusDays(380)
                + "\",\"grad\":100}],\"sykmelder\":\"Dr. Lege\",\"enhet\":\"0301\"}";
        assertThat(post("/api/sykmeldinger", sm, "mottak").getStatusCode().is2xxSuccessful()).isTrue();
        kjentVed(fnr, "4601");
        String ref = veilederStarter(fnr, "4601", "veileder4601").getBody().get("saksreferanse").asText();
        long for_ = saker();
        ResponseEntity<JsonNode> andre = veilederStarter(fnr, "0301", "veileder0301");
        assertThat(andre.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(andre.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(andre.getBody().get("detail").asText()).isEqualTo("Personen har allerede en åpen "
                + "arbeidsevnevurdering");
        assertThat(andre.getBody().toString()).doesNotContain(ref).doesNotContain("4601");
        assertThat(saker()).isEqualTo(for_);
    }

    /** An office the application does not know: 400, for the intake and for a veileder (9999 made a case nobody saw). */
    @Test
    void ukjentKontorAvvisesMed400() {
        String fnr = Testdata.fnr();
        mottakere.settKontaktinfo(fnr, "soker@example.org");
        long for_ = saker();
        for (ResponseEntity<JsonNode> svar : List.of(
                post("/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"9999\"}", "mottak"),
                veilederStarter(kjentVed("0301"), "9999", "veileder0301"),
                veilederStarter(kjentVed("0301"), "9999", "teamleder0301"))) {
            assertThat(svar.getStatusCode()).as(String.valueOf(svar.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(svar.getBody().get("feil").findValuesAsText("felt")).containsExactly("enhet");
            assertThat(svar.getBody().get("detail").asText()).contains("ikke et kjent NAV-kontor");
        }
        assertThat(saker()).isEqualTo(for_);
    }

    @Test
    void bruddUtenLopendePeriodeErKonflikt() {
        String fnr = kjentVed("0301");
        String ref = post("/api/aap/arbeidsevnevurderinger", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}",
                "veileder0301").getBody().get("saksreferanse").asText();
        assertThat(post("/api/aap/" + ref + "/brudd-aktivitetsplikt", "{\"arsak\":\"IKKE_MOTT_TIL_MOTE\","
                + "\"rimeligGrunn\":false}", "veileder0301").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("/api/aap/" + ref + "/brudd-aktivitetsplikt", "{\"arsak\":\"SOV_OVER\","
                + "\"rimeligGrunn\":false}", "veileder0301").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/aap/" + ref + "/meldekort", "{}", "mottak").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }
}
