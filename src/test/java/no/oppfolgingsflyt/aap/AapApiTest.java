package no.oppfolgingsflyt.aap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
        assertThat(andre.getBody().get("detail").asText()).contains(ref);
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

    @Test
    void veilederStarterForEgetKontor() {
        String fnr = Testdata.fnr();
        assertThat(post("/api/aap/arbeidsevnevurderinger", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"4601\"}",
                "veileder0301").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/api/aap/arbeidsevnevurderinger", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}",
                "veileder0301").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void bruddUtenLopendePeriodeErKonflikt() {
        String fnr = Testdata.fnr();
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
