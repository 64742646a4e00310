package no.oppfolgingsflyt.sykefravaer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intake API over HTTP: every bad input gets a precise problem+json answer and changes nothing. */
@AppTest
class SykmeldingApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    final ObjectMapper json = new ObjectMapper();

    static final LocalDate IDAG = LocalDate.now();

    ObjectNode gyldig() {
        ObjectNode sm = json.createObjectNode();
        sm.put("sykmeldingId", "SM-API-" + System.nanoTime());
        sm.put("fnr", Testdata.fnr());
        ObjectNode p = sm.putArray("perioder").addObject();
        p.put("fom", IDAG.minusDays(10).toString());
        p.put("tom", IDAG.plusDays(20).toString());
        p.put("grad", 100);
        sm.put("orgnummer", Testdata.ORGNR);
        sm.putObject("naermesteLeder").put("navn", "Nora Leder").put("epost", "nora@example.org");
        sm.put("sykmelder", "Dr. Lege");
        sm.put("enhet", "0301");
        return sm;
    }

    ResponseEntity<JsonNode> post(String sti, String body, String bruker) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(bruker, "demo").postForEntity(sti, new HttpEntity<>(body, h), JsonNode.class);
    }

    ResponseEntity<JsonNode> send(ObjectNode sm) {
        return post("/api/sykmeldinger", sm.toString(), "mottak");
    }

    long rader() {
        return jdbc.queryForObject("select (select count(*) from sak) + (select count(*) from sykmelding) "
                + "+ (select count(*) from sykmelding_periode) + (select count(*) from sakshendelse)", Long.class);
    }

    void avvistMedFeilIFelt(ResponseEntity<JsonNode> svar, HttpStatus status, String felt, String melding) {
        assertThat(svar.getStatusCode()).as(String.valueOf(svar.getBody())).isEqualTo(status);
        assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode feil = svar.getBody().get("feil");
        assertThat(feil).as(svar.getBody().toString()).isNotNull();
        assertThat(feil.findValuesAsText("felt")).contains(felt);
        assertThat(svar.getBody().get("detail").asText()).contains(melding);
    }

    @Test
    void gyldigSykmeldingStarterSak() {
        ResponseEntity<JsonNode> svar = send(gyldig());
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(svar.getBody().get("saksreferanse").asText()).startsWith("SF-");
        assertThat(svar.getBody().get("resultat").asText()).isEqualTo("NY_SAK");
    }

    @Test
    void dnummerGodtas() {
        ObjectNode sm = gyldig();
        sm.put("fnr", Testdata.fnr(LocalDate.of(1990, 5, 17), 321, true));
        assertThat(send(sm).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void utenArbeidsgiverGodtas() {
        ObjectNode sm = gyldig();
        sm.remove("orgnummer");
        sm.remove("naermesteLeder");
        assertThat(send(sm).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "fnr|1234567890|fnr|11 digits",
        "fnr|1234567890a|fnr|digits only",
        "fnr|32138512345|fnr|birth date",
        "fnr|17038512345|fnr|control digits",
        "orgnummer|889640783|orgnummer|control digit",
        "orgnummer|88964078|orgnummer|9 digits",
        "enhet|301|enhet|4 digits",
        "sykmeldingId|'has space'|sykmeldingId|letters, digits",
        "sykmelder|''|sykmelder|is required"})
    void ugyldigFelt(String felt, String verdi, String forventetFelt, String melding) {
        ObjectNode sm = gyldig();
        sm.put(felt, verdi);
        long for_ = rader();
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, forventetFelt, melding);
        assertThat(rader()).isEqualTo(for_);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "grad|0|perioder[0].grad|1 to 100",
        "grad|101|perioder[0].grad|1 to 100",
        "fom|2099-01-01|perioder[0].fom|",
        "tom|2000-01-01|perioder[0].fom|must not be after tom"})
    void ugyldigPeriode(String felt, String verdi, String forventetFelt, String melding) {
        ObjectNode sm = gyldig();
        ObjectNode p = (ObjectNode) sm.get("perioder").get(0);
        if (felt.equals("grad")) {
            p.put(felt, Integer.parseInt(verdi));
        } else {
            p.put(felt, verdi);
        }
        long for_ = rader();
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, forventetFelt, melding == null ? "" : melding);
        assertThat(rader()).isEqualTo(for_);
    }

    @Test
    void periodeLangtFremITid() {
        ObjectNode sm = gyldig();
        ObjectNode p = (ObjectNode) sm.get("perioder").get(0);
        p.put("fom", IDAG.plusDays(60).toString());
        p.put("tom", IDAG.plusDays(90).toString());
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "perioder[0].fom", "too far in the future");
    }

    @Test
    void manglendePerioderOgFeilDatoformat() {
        ObjectNode sm = gyldig();
        sm.putArray("perioder");
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "perioder", "at least one period");
        ObjectNode sm2 = gyldig();
        ((ObjectNode) sm2.get("perioder").get(0)).put("fom", "2025-13-01");
        avvistMedFeilIFelt(send(sm2), HttpStatus.BAD_REQUEST, "perioder[0].fom", "wrong type or format");
    }

    @Test
    void naermesteLederMedUgyldigEpost() {
        ObjectNode sm = gyldig();
        ((ObjectNode) sm.get("naermesteLeder")).put("epost", "ikke-en-adresse");
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "naermesteLeder.epost", "e-mail");
    }

    @Test
    void flereFeilRapporteresSamtidig() {
        ObjectNode sm = gyldig();
        sm.put("fnr", "123");
        sm.put("enhet", "x");
        ResponseEntity<JsonNode> svar = send(sm);
        assertThat(svar.getBody().get("feil").findValuesAsText("felt")).containsExactlyInAnyOrder("fnr", "enhet");
    }

    @Test
    void ugyldigJsonOgUkjentFelt() {
        long for_ = rader();
        avvistMedFeilIFelt(post("/api/sykmeldinger", "{\"sykmeldingId\": ", "mottak"), HttpStatus.BAD_REQUEST,
                "(body)", "ikke gyldig JSON");
        ObjectNode sm = gyldig();
        sm.put("diagnose", "skal ikke hit");
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "diagnose", "not a known field");
        assertThat(rader()).isEqualTo(for_);
    }

    @Test
    void sammeSykmeldingToGangerOgSammeIdMedAnnetInnhold() {
        ObjectNode sm = gyldig();
        ResponseEntity<JsonNode> forste = send(sm);
        long etterForste = rader();
        ResponseEntity<JsonNode> andre = send(sm);
        assertThat(andre.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(andre.getBody().get("resultat").asText()).isEqualTo("ALLEREDE_MOTTATT");
        assertThat(andre.getBody().get("saksreferanse")).isEqualTo(forste.getBody().get("saksreferanse"));
        assertThat(rader()).isEqualTo(etterForste);

        ((ObjectNode) sm.get("perioder").get(0)).put("grad", 50);
        ResponseEntity<JsonNode> endret = send(sm);
        assertThat(endret.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(endret.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rader()).isEqualTo(etterForste);
    }

    @Test
    void ugyldigSykmeldingForPersonMedAktivSakEndrerIkkeSaken() {
        ObjectNode sm = gyldig();
        String ref = send(sm).getBody().get("saksreferanse").asText();
        JsonNode for_ = http.withBasicAuth("mottak", "demo").getForObject("/api/saker/" + ref, JsonNode.class);

        ObjectNode ny = gyldig();
        ny.put("fnr", sm.get("fnr").asText());
        ((ObjectNode) ny.get("perioder").get(0)).put("tom", IDAG.plusDays(200).toString()).put("grad", 0);
        assertThat(send(ny).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode etter = http.withBasicAuth("mottak", "demo").getForObject("/api/saker/" + ref, JsonNode.class);
        assertThat(etter).isEqualTo(for_);
    }

    @Test
    void ukjentSakGir404() {
        ResponseEntity<JsonNode> svar = post("/api/saker/SF-999999/motebehov",
                "{\"fra\":\"ARBEIDSGIVER\",\"begrunnelse\":\"Trenger møte\"}", "mottak");
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(svar.getBody().get("detail").asText()).contains("SF-999999");
    }

    @Test
    void ugyldigBekreftelse() {
        String ref = send(gyldig()).getBody().get("saksreferanse").asText();
        avvistMedFeilIFelt(post("/api/saker/" + ref + "/arbeidsgiverbekreftelse",
                "{\"plikt\":\"OPPFOLGINGSPLAN\",\"svar\":\"KANSKJE\"}", "mottak"), HttpStatus.BAD_REQUEST, "svar",
                "wrong type");
        avvistMedFeilIFelt(post("/api/saker/" + ref + "/arbeidsgiverbekreftelse",
                "{\"plikt\":\"OPPFOLGINGSPLAN\",\"svar\":\"IKKE_NODVENDIG\"}", "mottak"), HttpStatus.BAD_REQUEST,
                "begrunnelse", "is required");
        ResponseEntity<JsonNode> ok = post("/api/saker/" + ref + "/arbeidsgiverbekreftelse",
                "{\"plikt\":\"OPPFOLGINGSPLAN\",\"svar\":\"UTARBEIDET\"}", "mottak");
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void friskmeldingFoerTilfelletStarterErUgyldig() {
        String ref = send(gyldig()).getBody().get("saksreferanse").asText();
        avvistMedFeilIFelt(post("/api/saker/" + ref + "/friskmelding",
                "{\"friskmeldtFom\":\"" + IDAG.minusDays(400) + "\"}", "mottak"), HttpStatus.BAD_REQUEST,
                "friskmeldtFom", "before the start");
    }

    ResponseEntity<JsonNode> annuller(String sykmeldingId, String bruker) {
        return http.withBasicAuth(bruker, "demo").exchange("/api/sykmeldinger/" + sykmeldingId,
                org.springframework.http.HttpMethod.DELETE, null, JsonNode.class);
    }

    @Test
    void annulleringAvSykmelding() {
        ObjectNode sm = gyldig();
        String id = sm.get("sykmeldingId").asText();
        String ref = send(sm).getBody().get("saksreferanse").asText();
        long for_ = rader();

        // Only the intake may annul, and an unknown sykmelding is 404; neither changes anything.
        ResponseEntity<JsonNode> veileder = annuller(id, "veileder0301");
        assertThat(veileder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(veileder.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ResponseEntity<JsonNode> ukjent = annuller("SM-FINNES-IKKE", "mottak");
        assertThat(ukjent.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ukjent.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(rader()).isEqualTo(for_);

        assertThat(annuller(id, "mottak").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode sak = http.withBasicAuth("mottak", "demo").getForObject("/api/saker/" + ref, JsonNode.class);
        assertThat(sak.get("status").asText()).isEqualTo("AVSLUTTET");
        assertThat(sak.get("avsluttetGrunn").asText()).isEqualTo("ANNULLERT");
        long etter = rader();
        assertThat(annuller(id, "mottak").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rader()).isEqualTo(etter);
    }

    @Test
    void bareMottakKanLevereSykmeldinger() {
        ResponseEntity<JsonNode> svar = post("/api/sykmeldinger", gyldig().toString(), "veileder0301");
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void sakenViserIkkeFodselsnummerOgBareTilEgetKontor() {
        ObjectNode sm = gyldig();
        String ref = send(sm).getBody().get("saksreferanse").asText();
        ResponseEntity<String> egen = http.withBasicAuth("veileder0301", "demo").getForEntity("/api/saker/" + ref,
                String.class);
        assertThat(egen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(egen.getBody()).doesNotContain(sm.get("fnr").asText()).doesNotContain("Nora");
        // Another office's case answers exactly as an unknown one: its existence does not leak.
        ResponseEntity<String> annet = http.withBasicAuth("veileder4601", "demo").getForEntity("/api/saker/" + ref,
                String.class);
        ResponseEntity<String> ukjent = http.withBasicAuth("veileder4601", "demo").getForEntity(
                "/api/saker/SF-999999", String.class);
        assertThat(annet.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(annet.getBody().replace(ref, "SF-999999")).isEqualTo(ukjent.getBody());
    }

    @ParameterizedTest(name = "tillegg {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {40, 80})
    void syntetiskeTestidentiteterGodtasNaarInnstillingenErPaa(int tillegg) {
        // on in the test profile (and the demo), off by default: IdentValideringTest holds the default
        ObjectNode sm = gyldig();
        sm.put("fnr", Testdata.syntetiskFnr(tillegg));
        assertThat(send(sm).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Arabic-Indic, Persian or full-width digits: the same person a second time, so refused. */
    @ParameterizedTest(name = "U+{0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0x0660, 0x06F0, 0xFF10})
    void identiteterBareMedAsciiSifre(int nullSiffer) {
        ObjectNode sm = gyldig();
        String fnr = sm.get("fnr").asText();
        StringBuilder annen = new StringBuilder();
        fnr.chars().forEach(c -> annen.append((char) (nullSiffer + c - '0')));
        long for_ = rader();
        sm.put("fnr", annen.toString());
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "fnr", "digits only");
        ObjectNode org = gyldig();
        StringBuilder orgnr = new StringBuilder();
        Testdata.ORGNR.chars().forEach(c -> orgnr.append((char) (nullSiffer + c - '0')));
        org.put("orgnummer", orgnr.toString());
        avvistMedFeilIFelt(send(org), HttpStatus.BAD_REQUEST, "orgnummer", "digits only");
        assertThat(rader()).isEqualTo(for_);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"9999", "0000", "0300"})
    void ukjentKontorAvvises(String enhet) {
        ObjectNode sm = gyldig();
        sm.put("enhet", enhet);
        long for_ = rader();
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "enhet", "ikke et kjent NAV-kontor");
        assertThat(rader()).isEqualTo(for_);
    }

    @Test
    void kjentKontorUtenforDemoenGodtas() {
        ObjectNode sm = gyldig();
        sm.put("enhet", "1101");
        assertThat(send(sm).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** The last value would win: another person, another office. */
    @Test
    void dupliserteNoklerAvvises() {
        ObjectNode sm = gyldig();
        String body = sm.toString();
        String annenPerson = Testdata.fnr();
        long for_ = rader();
        avvistMedFeilIFelt(post("/api/sykmeldinger", body.replace("{\"sykmeldingId\"", "{\"fnr\":\"" + annenPerson
                + "\",\"sykmeldingId\""), "mottak"), HttpStatus.BAD_REQUEST, "fnr", "mer enn én gang");
        avvistMedFeilIFelt(post("/api/sykmeldinger", body.replace("\"enhet\":\"0301\"",
                "\"enhet\":\"0301\",\"enhet\":\"4601\""), "mottak"), HttpStatus.BAD_REQUEST, "enhet",
                "mer enn én gang");
        avvistMedFeilIFelt(post("/api/sykmeldinger", body.replace("\"epost\":\"nora@example.org\"",
                "\"epost\":\"nora@example.org\",\"epost\":\"annen@example.org\""), "mottak"),
                HttpStatus.BAD_REQUEST, "naermesteLeder.epost", "mer enn én gang");
        avvistMedFeilIFelt(post("/api/sykmeldinger", body.replace("\"grad\":100", "\"grad\":100,\"grad\":50"),
                "mottak"), HttpStatus.BAD_REQUEST, "perioder[0].grad", "mer enn én gang");
        assertThat(rader()).isEqualTo(for_);
        // the other endpoints read their bodies the same way
        avvistMedFeilIFelt(post("/api/aap/soknader", "{\"fnr\":\"" + annenPerson + "\",\"enhet\":\"0301\","
                + "\"enhet\":\"4601\"}", "mottak"), HttpStatus.BAD_REQUEST, "enhet", "mer enn én gang");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<script>@x.no", "Nora <nora@example.org>", "nora@example.org>", "nora@x", "nora..leder@x.no",
        "nora@x.no Bcc: y@z.no"})
    void epostMaaVaereEnVanligAdresse(String epost) {
        ObjectNode sm = gyldig();
        ((ObjectNode) sm.get("naermesteLeder")).put("epost", epost);
        long for_ = rader();
        avvistMedFeilIFelt(send(sm), HttpStatus.BAD_REQUEST, "naermesteLeder.epost", "e-mail");
        assertThat(rader()).isEqualTo(for_);
    }

    /** A syntax error is told in Norwegian, with what is wrong and where. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"sykmeldingId\": \"SM-1|mangler det avsluttende anførselstegnet",
        "{\"sykmeldingId\": \"SM-1\", \"fnr|feltnavn mangler det avsluttende anførselstegnet",
        "{\"sykmeldingId\": \"SM-1\",|slutter før objektet er avsluttet",
        "{\"perioder\": [{\"fom\": \"2025-01-01\"}|slutter før lista er avsluttet",
        "{sykmeldingId: 1}|uventet tegn «s»",
        "{\"sykmeldingId\" \"SM-1\"}|uventet tegn",
        "{\"fnr\": ikke}|ukjent ord «ikke»",
        "ikke json|ukjent ord",
        "{\"sykmeldingId\": \"SM-1\"}}|uventet «}»: klammene",
        "{\"sykmeldingId\": \"SM-1\"} {}|står mer etter JSON-objektet"})
    void syntaksfeilForklaresPaaNorsk(String kropp, String melding) {
        long for_ = rader();
        ResponseEntity<JsonNode> svar = post("/api/sykmeldinger", kropp, "mottak");
        avvistMedFeilIFelt(svar, HttpStatus.BAD_REQUEST, "(body)", melding);
        assertThat(svar.getBody().get("detail").asText()).contains("ikke gyldig JSON").contains("linje 1");
        assertThat(rader()).isEqualTo(for_);
    }
}
