package no.oppfolgingsflyt.varsel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@AppTest
class MottakerApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    MottakerRepository mottakere;

    ResponseEntity<JsonNode> put(String sti, String body, String bruker) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(bruker, "demo").exchange(sti, HttpMethod.PUT, new HttpEntity<>(body, h),
                JsonNode.class);
    }

    @Test
    void flereNaermesteLedereErstatterDeNaavaerende() {
        String fnr = Testdata.fnr();
        assertThat(put("/api/arbeidsgivere/" + Testdata.ORGNR + "/naermeste-ledere", "{\"fnr\":\"" + fnr
                + "\",\"ledere\":[{\"navn\":\"A\",\"epost\":\"a@example.org\"},{\"navn\":\"B\",\"epost\":"
                + "\"b@example.org\"}]}", "mottak").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(mottakere.naermesteLedere(fnr, Testdata.ORGNR)).extracting(MottakerRepository.Leder::epost)
                .containsExactly("a@example.org", "b@example.org");
        put("/api/arbeidsgivere/" + Testdata.ORGNR + "/naermeste-ledere", "{\"fnr\":\"" + fnr
                + "\",\"ledere\":[{\"navn\":\"B\",\"epost\":\"b@example.org\"}]}", "mottak");
        assertThat(mottakere.naermesteLedere(fnr, Testdata.ORGNR)).extracting(MottakerRepository.Leder::epost)
                .containsExactly("b@example.org");
    }

    @Test
    void ugyldigeMottakereAvvises() {
        ResponseEntity<JsonNode> svar = put("/api/arbeidsgivere/123456789/naermeste-ledere",
                "{\"fnr\":\"123\",\"ledere\":[{\"navn\":\"\",\"epost\":\"x\"}]}", "mottak");
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(svar.getBody().get("feil").findValuesAsText("felt"))
                .containsExactlyInAnyOrder("orgnummer", "fnr", "ledere[0].navn", "ledere[0].epost");
        assertThat(put("/api/kontaktinfo", "{\"fnr\":\"" + Testdata.fnr() + "\",\"epost\":\"ikke\"}", "mottak")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(put("/api/arbeidsgivere/" + Testdata.ORGNR, "{\"navn\":\"X\",\"epost\":\"post@x.no\"}",
                "veileder0301").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void kontaktinfoOgArbeidsgiveradresse() {
        String fnr = Testdata.fnr();
        assertThat(put("/api/kontaktinfo", "{\"fnr\":\"" + fnr + "\",\"epost\":\"meg@example.org\"}", "mottak")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(mottakere.kontaktEpost(fnr)).contains("meg@example.org");
        assertThat(put("/api/arbeidsgivere/974760673", "{\"navn\":\"Firma\",\"epost\":\"post@firma.no\"}", "mottak")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(mottakere.arbeidsgiverEpost("974760673")).contains("post@firma.no");
    }
}
