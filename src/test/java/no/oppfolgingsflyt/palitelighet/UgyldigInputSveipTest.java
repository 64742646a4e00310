package no.oppfolgingsflyt.palitelighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.felles.Testdatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * More than fifty malformed or hostile requests against every endpoint of the application API, on the real
 * PostgreSQL: each gets a 4xx with a problem+json body, and neither the application's tables nor the engine's runtime
 * tables change by a single row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=true")
@ActiveProfiles({"demo", "test", "postgres"})
@ExtendWith(OutputCaptureExtension.class)
class UgyldigInputSveipTest {

    static String db;

    @BeforeAll
    static void database() {
        db = Testdatabase.klargjor("oppfolgingsflyt_sveip");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", () -> db == null ? Testdatabase.klargjor("oppfolgingsflyt_sveip") : db);
        r.add("spring.datasource.username", () -> Testdatabase.BRUKER);
        r.add("spring.datasource.password", () -> Testdatabase.PASSORD);
    }

    static final List<String> TABELLER = List.of("sak", "sykmelding", "sykmelding_periode", "varsel", "sakshendelse",
            "naermeste_leder", "arbeidsgiver", "kontaktinfo", "aap_sak", "bekreftelseslenke", "act_ru_execution",
            "act_ru_task", "act_ru_job", "act_ru_variable", "act_ru_event_subscr", "act_ru_identitylink",
            "act_ru_incident", "act_ge_bytearray");

    record Foresporsel(String navn, HttpMethod metode, String sti, String kropp, String bruker, MediaType type) {}

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    Map<String, String> avtrykk() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : TABELLER) {
            m.put(t, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by "
                    + "t::text)), '') from " + t + " t", String.class));
        }
        return m;
    }

    ResponseEntity<String> send(Foresporsel f) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(f.type());
        return http.withBasicAuth(f.bruker(), "demo").exchange(f.sti(), f.metode(),
                new HttpEntity<>(f.kropp(), h), String.class);
    }

    String gyldigSykmelding(String fnr, String id) {
        return "{\"sykmeldingId\":\"" + id + "\",\"fnr\":\"" + fnr + "\",\"perioder\":[{\"fom\":\""
                + LocalDate.now().minusDays(10) + "\",\"tom\":\"" + LocalDate.now().plusDays(20)
                + "\",\"grad\":100}],\"orgnummer\":\"" + Testdata.ORGNR + "\",\"naermesteLeder\":{\"navn\":\"N\","
                + "\"epost\":\"n@example.org\"},\"sykmelder\":\"Lege\",\"enhet\":\"0301\"}";
    }

    @Test
    void hverUgyldigForesporselAvvisesOgIngentingEndres(CapturedOutput logg) {
        String fnr = Testdata.fnr();
        String sm = gyldigSykmelding(fnr, "SM-SVEIP-1");
        String sak = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                send(new Foresporsel("", HttpMethod.POST, "/api/sykmeldinger", sm, "mottak",
                        MediaType.APPLICATION_JSON)).getBody()).asText();
        sak = sak.replaceAll(".*\"saksreferanse\":\"([^\"]+)\".*", "$1");
        jdbc.update("insert into kontaktinfo (fnr, epost, endret) values (?, 'x@example.org', now())", fnr);
        String aap = send(new Foresporsel("", HttpMethod.POST, "/api/aap/soknader", "{\"fnr\":\"" + fnr
                + "\",\"enhet\":\"0301\"}", "mottak", MediaType.APPLICATION_JSON)).getBody()
                .replaceAll(".*\"saksreferanse\":\"([^\"]+)\".*", "$1");
        assertThat(sak).startsWith("SF-");
        assertThat(aap).startsWith("AEV-");

        String stor = "x".repeat(2_000_000);
        String mangePerioder = "{\"sykmeldingId\":\"SM-X\",\"fnr\":\"" + fnr + "\",\"perioder\":["
                + String.join(",", java.util.Collections.nCopies(5000, "{\"fom\":\"2025-01-01\",\"tom\":\"2025-01-02\",\"grad\":100}"))
                + "],\"sykmelder\":\"L\",\"enhet\":\"0301\"}";
        MediaType json = MediaType.APPLICATION_JSON;
        HttpMethod post = HttpMethod.POST;
        String sms = "/api/sykmeldinger";
        List<Foresporsel> sveip = new ArrayList<>(List.of(
            f("tom kropp", post, sms, "", json),
            f("ikke JSON", post, sms, "ikke json", json),
            f("avkuttet JSON", post, sms, "{\"sykmeldingId\": \"a\"", json),
            f("JSON-liste", post, sms, "[1,2,3]", json),
            f("feil innholdstype", post, sms, sm, MediaType.TEXT_PLAIN),
            f("ukjent felt", post, sms, sm.replace("{\"sykmeldingId\"", "{\"diagnose\":\"J06\",\"sykmeldingId\""), json),
            f("fnr for kort", post, sms, sm.replace(fnr, "123"), json),
            f("fnr med bokstaver", post, sms, sm.replace(fnr, "1234567890a"), json),
            f("fnr kontrollsiffer", post, sms, sm.replace(fnr, fnr.substring(0, 10) + ((fnr.charAt(10) - '0' + 1) % 10)), json),
            f("fnr SQL", post, sms, sm.replace(fnr, "'; drop table sak; --"), json),
            f("fnr som tall", post, sms, sm.replace("\"" + fnr + "\"", "12345678901"), json),
            f("fnr null", post, sms, sm.replace("\"" + fnr + "\"", "null"), json),
            f("id med skript", post, sms, sm.replace("SM-SVEIP-1", "<script>alert(1)</script>"), json),
            f("id SQL", post, sms, sm.replace("SM-SVEIP-1", "x' or '1'='1"), json),
            f("id for lang", post, sms, sm.replace("SM-SVEIP-1", "a".repeat(65)), json),
            f("orgnr kontrollsiffer", post, sms, sm.replace(Testdata.ORGNR, "889640783"), json),
            f("orgnr bokstaver", post, sms, sm.replace(Testdata.ORGNR, "88964078x"), json),
            f("grad 0", post, sms, sm.replace("\"grad\":100", "\"grad\":0"), json),
            f("grad 101", post, sms, sm.replace("\"grad\":100", "\"grad\":101"), json),
            f("grad tekst", post, sms, sm.replace("\"grad\":100", "\"grad\":\"hundre\""), json),
            f("grad desimal", post, sms, sm.replace("\"grad\":100", "\"grad\":50.5"), json),
            f("fom etter tom", post, sms, sm.replace("\"tom\":\"" + LocalDate.now().plusDays(20), "\"tom\":\"2000-01-01"), json),
            f("umulig dato", post, sms, sm.replace("\"fom\":\"" + LocalDate.now().minusDays(10), "\"fom\":\"2025-02-30"), json),
            f("dato feil format", post, sms, sm.replace("\"fom\":\"" + LocalDate.now().minusDays(10), "\"fom\":\"01.02.2025"), json),
            f("langt frem i tid", post, sms, sm.replace("\"fom\":\"" + LocalDate.now().minusDays(10), "\"fom\":\"2099-01-01")
                    .replace("\"tom\":\"" + LocalDate.now().plusDays(20), "\"tom\":\"2099-02-01"), json),
            f("ingen perioder", post, sms, sm.replaceAll("\"perioder\":\\[[^]]*]", "\"perioder\":[]"), json),
            f("perioder null", post, sms, sm.replaceAll("\"perioder\":\\[[^]]*]", "\"perioder\":null"), json),
            f("5000 perioder", post, sms, mangePerioder, json),
            f("stor sykmelder", post, sms, sm.replace("\"sykmelder\":\"Lege\"", "\"sykmelder\":\"" + stor + "\""), json),
            f("enhet tekst", post, sms, sm.replace("\"enhet\":\"0301\"", "\"enhet\":\"Oslo\""), json),
            f("ukjent enhet", post, sms, sm.replace("\"enhet\":\"0301\"", "\"enhet\":\"9999\""), json),
            f("enhet to ganger", post, sms, sm.replace("\"enhet\":\"0301\"", "\"enhet\":\"0301\",\"enhet\":\"4601\""), json),
            f("fnr to ganger", post, sms, sm.replace("{\"sykmeldingId\"", "{\"fnr\":\"" + Testdata.fnr() + "\",\"sykmeldingId\""), json),
            f("fnr arabisk-indiske sifre", post, sms, sm.replace(fnr, arabisk(fnr)), json),
            f("orgnr fullbreddesifre", post, sms, sm.replace(Testdata.ORGNR, fullbredde(Testdata.ORGNR)), json),
            f("uavsluttet tekst", post, sms, "{\"sykmeldingId\": \"SM-SVEIP-1", json),
            f("to objekter", post, sms, sm + sm, json),
            f("leder epost med <>", post, sms, sm.replace("n@example.org", "<script>@x.no"), json),
            f("leder uten orgnr", post, sms, sm.replace("\"orgnummer\":\"" + Testdata.ORGNR + "\",", ""), json),
            f("leder epost skript", post, sms, sm.replace("n@example.org", "<img src=x onerror=alert(1)>"), json),
            f("samme id annet innhold", post, sms, sm.replace("\"grad\":100", "\"grad\":60"), json),
            f("feil metode", HttpMethod.DELETE, sms, "", json),
            f("annuller ukjent sykmelding", HttpMethod.DELETE, sms + "/SM-FINNES-IKKE", null, json),
            f("annuller med SQL i id", HttpMethod.DELETE, sms + "/x' or '1'='1", null, json),
            f("ukjent sak bekreftelse", post, "/api/saker/SF-9999999/arbeidsgiverbekreftelse",
                    "{\"plikt\":\"OPPFOLGINGSPLAN\",\"svar\":\"UTARBEIDET\"}", json),
            f("SQL i saksreferanse", post, "/api/saker/SF-1' or '1'='1/motebehov", "{\"fra\":\"ARBEIDSGIVER\"}", json),
            f("ugyldig plikt", post, "/api/saker/" + sak + "/arbeidsgiverbekreftelse",
                    "{\"plikt\":\"ALT\",\"svar\":\"UTARBEIDET\"}", json),
            f("svar passer ikke plikt", post, "/api/saker/" + sak + "/arbeidsgiverbekreftelse",
                    "{\"plikt\":\"OPPFOLGINGSPLAN\",\"svar\":\"GJENNOMFORT\"}", json),
            f("ikke nødvendig uten grunn", post, "/api/saker/" + sak + "/arbeidsgiverbekreftelse",
                    "{\"plikt\":\"DIALOGMOTE1\",\"svar\":\"IKKE_NODVENDIG\"}", json),
            f("stor begrunnelse", post, "/api/saker/" + sak + "/arbeidsgiverbekreftelse",
                    "{\"plikt\":\"DIALOGMOTE1\",\"svar\":\"IKKE_NODVENDIG\",\"begrunnelse\":\"" + stor + "\"}", json),
            f("møtebehov uten part", post, "/api/saker/" + sak + "/motebehov", "{\"begrunnelse\":\"x\"}", json),
            f("møtebehov ukjent part", post, "/api/saker/" + sak + "/motebehov", "{\"fra\":\"NAV\"}", json),
            f("39-ukerssvar uten å vente", post, "/api/saker/" + sak + "/svar-39-uker", "{\"trengerMerOppfolging\":true}", json),
            f("39-ukerssvar feil type", post, "/api/saker/" + sak + "/svar-39-uker", "{\"trengerMerOppfolging\":\"kanskje\"}", json),
            f("dialogmøtesvar uten innkalling", post, "/api/saker/" + sak + "/dialogmote-svar",
                    "{\"deltaker\":\"ARBEIDSTAKER\",\"svar\":\"KOMMER\"}", json),
            f("friskmelding uten dato", post, "/api/saker/" + sak + "/friskmelding", "{}", json),
            f("friskmelding før start", post, "/api/saker/" + sak + "/friskmelding", "{\"friskmeldtFom\":\"2000-01-01\"}", json),
            f("friskmelding feil dato", post, "/api/saker/" + sak + "/friskmelding", "{\"friskmeldtFom\":\"i morgen\"}", json),
            // the office withdraws vurderinger; the intake would get 403 before the input is read
            new Foresporsel("tilbakekall ukjent steg", post, "/api/saker/" + sak + "/vurderinger/ALT/tilbakekalling",
                    "{\"begrunnelse\":\"x\"}", "veileder0301", json),
            new Foresporsel("tilbakekall uten vurdering", post, "/api/saker/" + sak
                    + "/vurderinger/AKTIVITETSKRAV/tilbakekalling", "{\"begrunnelse\":\"x\"}", "veileder0301", json),
            f("ukjent sak", HttpMethod.GET, "/api/saker/SF-0000000", null, json),
            f("arbeidsgiver ugyldig orgnr", HttpMethod.PUT, "/api/arbeidsgivere/123", "{\"epost\":\"a@b.no\"}", json),
            f("ledere ugyldig", HttpMethod.PUT, "/api/arbeidsgivere/" + Testdata.ORGNR + "/naermeste-ledere",
                    "{\"fnr\":\"" + fnr + "\",\"ledere\":[{\"navn\":\"\",\"epost\":\"x\"}]}", json),
            f("ledere mangler", HttpMethod.PUT, "/api/arbeidsgivere/" + Testdata.ORGNR + "/naermeste-ledere",
                    "{\"fnr\":\"" + fnr + "\"}", json),
            f("kontaktinfo SQL", HttpMethod.PUT, "/api/kontaktinfo", "{\"fnr\":\"1' --\",\"epost\":\"x@y.no\"}", json),
            f("søknad ugyldig", post, "/api/aap/soknader", "{\"fnr\":\"1\",\"enhet\":\"x\"}", json),
            f("søknad ukjent enhet", post, "/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"9999\"}", json),
            f("søknad fnr to ganger", post, "/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"fnr\":\"" + Testdata.fnr()
                    + "\",\"enhet\":\"0301\"}", json),
            f("kontaktinfo epost med <>", HttpMethod.PUT, "/api/kontaktinfo", "{\"fnr\":\"" + fnr
                    + "\",\"epost\":\"<script>@x.no\"}", json),
            f("søknad ukjent person", post, "/api/aap/soknader", "{\"fnr\":\"" + Testdata.fnr() + "\",\"enhet\":\"0301\"}", json),
            f("søknad andre åpne sak", post, "/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}", json),
            f("AAP ukjent sak", post, "/api/aap/AEV-0000000/legeerklaering", "{}", json),
            f("meldekort uten periode", post, "/api/aap/" + aap + "/meldekort", "{}", json),
            f("brudd ukjent årsak", post, "/api/aap/" + aap + "/brudd-aktivitetsplikt",
                    "{\"arsak\":\"'; drop table aap_sak; --\",\"rimeligGrunn\":false}", json),
            f("brudd uten periode", post, "/api/aap/" + aap + "/brudd-aktivitetsplikt",
                    "{\"arsak\":\"IKKE_MOTT_TIL_MOTE\",\"rimeligGrunn\":false}", json)));
        // The wrong user for the office, or for the endpoint.
        sveip.add(new Foresporsel("veileder leverer sykmelding", post, sms, gyldigSykmelding(Testdata.fnr(), "SM-V"),
                "veileder0301", json));
        sveip.add(new Foresporsel("annet kontor leser sak", HttpMethod.GET, "/api/saker/" + sak, null, "veileder4601",
                json));
        sveip.add(new Foresporsel("veileder starter AEV ved ukjent kontor", post, "/api/aap/arbeidsevnevurderinger",
                "{\"fnr\":\"" + fnr + "\",\"enhet\":\"9999\"}", "veileder0301", json));
        sveip.add(new Foresporsel("veileder annullerer sykmelding", HttpMethod.DELETE, sms + "/SM-SVEIP-1", null,
                "veileder0301", json));
        sveip.add(new Foresporsel("annet kontor starter AEV", post, "/api/aap/arbeidsevnevurderinger",
                "{\"fnr\":\"" + Testdata.fnr() + "\",\"enhet\":\"0301\"}", "veileder4601", json));
        sveip.add(new Foresporsel("veileder setter ledere", HttpMethod.PUT, "/api/arbeidsgivere/" + Testdata.ORGNR,
                "{\"epost\":\"a@b.no\"}", "veileder0301", json));
        sveip.add(new Foresporsel("annet kontor trekker tilbake", post,
                "/api/saker/" + sak + "/vurderinger/AKTIVITETSKRAV/tilbakekalling", "{\"begrunnelse\":\"x\"}",
                "veileder4601", json));
        assertThat(sveip).hasSizeGreaterThanOrEqualTo(50);

        Map<String, String> for_ = avtrykk();
        int loggFor = logg.getAll().length();
        List<String> feil = new ArrayList<>();
        for (Foresporsel f : sveip) {
            ResponseEntity<String> svar = send(f);
            MediaType type = svar.getHeaders().getContentType();
            if (!svar.getStatusCode().is4xxClientError() || type == null
                    || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) || !svar.getBody().contains("\"status\"")) {
                feil.add(f.navn() + ": " + svar.getStatusCode() + " " + type + " " + String.valueOf(svar.getBody())
                        .substring(0, Math.min(200, String.valueOf(svar.getBody()).length())));
            }
        }
        assertThat(feil).as("requests that did not get a 4xx problem+json").isEmpty();
        assertThat(avtrykk()).as("application and engine runtime tables").isEqualTo(for_);
        // A user's bad input is answered, not logged: no stack trace, nothing that was sent.
        String sendt = logg.getAll().substring(loggFor);
        assertThat(sendt).as("log after the sweep").doesNotContain("\tat ").doesNotContain(fnr)
                .doesNotContain("<script>").doesNotContain("drop table");
    }

    /** The same digits in another script: Character.isDigit says yes to them. */
    static String arabisk(String sifre) {
        StringBuilder b = new StringBuilder();
        sifre.chars().forEach(c -> b.append((char) ('\u0660' + c - '0')));
        return b.toString();
    }

    static String fullbredde(String sifre) {
        StringBuilder b = new StringBuilder();
        sifre.chars().forEach(c -> b.append((char) ('\uFF10' + c - '0')));
        return b.toString();
    }

    static Foresporsel f(String navn, HttpMethod metode, String sti, String kropp, MediaType type) {
        return new Foresporsel(navn, metode, sti, kropp, "mottak", type);
    }
}
