package no.oppfolgingsflyt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.demo.DemoBrukere;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description of the application API: generated from the code, behind a login, with its errors. */
@AppTest
class ApiDokumentasjonTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void beskrivelsenKreverInnlogging() {
        for (String sti : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                "/swagger-ui/index.html"}) {
            ResponseEntity<String> svar = http.getForEntity(sti, String.class);
            assertThat(svar.getStatusCode()).as(sti).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(svar.getHeaders().getFirst("WWW-Authenticate")).as(sti).startsWith("Basic");
        }
        assertThat(http.withBasicAuth("finnes-ikke", "feil").getForEntity("/v3/api-docs", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void beskrivelsenHarKalleneOgFeilsvareneMedEksempler() {
        TestRestTemplate mottak = http.withBasicAuth("mottak", DemoBrukere.PASSORD);
        JsonNode api = mottak.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        JsonNode paths = api.path("paths");
        assertThat(paths.has("/api/sykmeldinger")).isTrue();
        assertThat(paths.has("/api/saker/{saksreferanse}")).isTrue();
        assertThat(paths.has("/api/aap/soknader")).isTrue();
        assertThat(paths.fieldNames()).toIterable().allMatch(p -> p.startsWith("/api"));
        JsonNode svar = paths.path("/api/sykmeldinger").path("post").path("responses");
        for (String kode : new String[] {"400", "401", "403"}) {
            JsonNode problem = svar.path(kode).path("content").path("application/problem+json");
            assertThat(problem.isMissingNode()).as(kode).isFalse();
            assertThat(problem.path("examples").path(kode).path("value").path("status").asInt()).as(kode)
                    .isEqualTo(Integer.parseInt(kode));
        }
        assertThat(svar.path("400").path("content").path("application/problem+json").path("examples").path("400")
                .path("value").path("feil").isArray()).isTrue();
        assertThat(mottak.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
