package no.oppfolgingsflyt.styring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.demo.DemoBrukere;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger.Bekreftelse;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger.Plikt;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The process owner's figures on a known data set: twelve cases with S = Monday 2024-01-01, ten at office 1203 and
 * two at 1202, driven through the real engine and the intake, each with a chosen story; every number asserted.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NokkeltallTest {

    static final String KONTOR = "1203";
    static final String ANNET = "1202";
    static final String FRA_TIL = "&fra=2024-01&til=2024-12";

    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();
    String a, c, e;

    @BeforeAll
    void datasett() {
        bruker("tl1203", "teamleder1203");
        bruker("tl1202", "teamleder1202");
        // A: everything on time; dialogmøte 2 held (referat) in week 21
        a = sak(KONTOR, "2024-12-30", 100, true);
        bekreft(a, "2024-01-20", Plikt.OPPFOLGINGSPLAN, Bekreftelse.UTARBEIDET);
        bekreft(a, "2024-02-10", Plikt.DIALOGMOTE1, Bekreftelse.GJENNOMFORT);
        kjor(a, "2024-02-25");
        vurder(a, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "OPPFYLT",
                "aktivitetskravArsakOppfylt", "TILTAK", "aktivitetskravBeskrivelse", "I tiltak"));
        kjor(a, "2024-04-29");
        vurder(a, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "INNKALL",
                "motetidspunkt", "2024-05-20T10:00", "motested", "NAV"));
        forlop.kjorTil(pid(a), LocalDate.parse("2024-05-20").atTime(11, 0));
        vurder(a, "Task_SkrivReferat", Map.of("referatSituasjon", "Jobber litt", "referatKonklusjon", "Øker"));
        // B: the plan confirmed a week late; aktivitetskrav AVVENT in time; dialogmøte 2 excepted
        String b = sak(KONTOR, "2024-12-30", 100, true);
        bekreft(b, "2024-02-05", Plikt.OPPFOLGINGSPLAN, Bekreftelse.UTARBEIDET);
        kjor(b, "2024-02-25");
        vurder(b, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "AVVENT",
                "aktivitetskravArsakAvvent", "INFORMASJON_BEHANDLER", "avventFrist", "2024-03-10",
                "aktivitetskravBeskrivelse", "Venter på lege"));
        kjor(b, "2024-04-29");
        vurder(b, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "MEDISINSKE_GRUNNER"));
        // C: no confirmations; aktivitetskrav after the stoppunkt; dialogmøte 2 missed at week 26
        c = sak(KONTOR, "2024-12-30", 100, true);
        kjor(c, "2024-03-05");
        vurder(c, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "OPPFYLT",
                "aktivitetskravArsakOppfylt", "TILTAK", "aktivitetskravBeskrivelse", "I tiltak"));
        kjor(c, "2024-07-01");
        // D: graded (aktivitetskrav automatically fulfilled at the stoppunkt), friskmeldt before week 26
        String d = sak(KONTOR, "2024-12-30", 50, true);
        bekreft(d, "2024-01-27", Plikt.OPPFOLGINGSPLAN, Bekreftelse.IKKE_NODVENDIG);
        kjor(d, "2024-02-25");
        Saksforlop.idag(LocalDate.parse("2024-05-14"));
        forlop.somMottak(() -> handlinger.friskmelding(d, LocalDate.parse("2024-05-15")));
        // E: a vurdering on the stoppunkt, withdrawn the same day, made again after it; well before week 26
        e = sak(KONTOR, "2024-04-30", 100, true);
        bekreft(e, "2024-01-25", Plikt.OPPFOLGINGSPLAN, Bekreftelse.UTARBEIDET);
        bekreft(e, "2024-02-15", Plikt.DIALOGMOTE1, Bekreftelse.GJENNOMFORT);
        kjor(e, "2024-02-25");
        vurder(e, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "OPPFYLT",
                "aktivitetskravArsakOppfylt", "TILTAK", "aktivitetskravBeskrivelse", "I tiltak"));
                somVeileder(() -> handlinger.trekkTilbakeVurdering(e, SakHandlinger.Steg.AKTIVITETSKRAV, "Feil person"));
        kjor(e, "2024-03-05");
        vurder(e, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "MEDISINSKE_GRUNNER"));
        // F: well before week 4
        sak(KONTOR, "2024-01-20", 100, true);
        // G: no employer, sick until week 13; aktivitetskrav excepted on the stoppunkt
        String g = sak(KONTOR, "2024-03-31", 100, false);
        kjor(g, "2024-02-25");
        vurder(g, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "MEDISINSKE_GRUNNER"));
        // H: sick until week 6; plan obviously unnecessary
        String h = sak(KONTOR, "2024-02-10", 100, true);
        bekreft(h, "2024-01-25", Plikt.OPPFOLGINGSPLAN, Bekreftelse.IKKE_NODVENDIG);
        // I: sick until week 9; plan on the due date, dialogmøte 1 the day after its due date; aktivitetskrav open
        String i = sak(KONTOR, "2024-02-29", 100, true);
        bekreft(i, "2024-01-28", Plikt.OPPFOLGINGSPLAN, Bekreftelse.UTARBEIDET);
        kjor(i, "2024-02-19");
        bekreft(i, "2024-02-19", Plikt.DIALOGMOTE1, Bekreftelse.GJENNOMFORT);
        kjor(i, "2024-02-26");
        // J: on time everywhere; dialogmøte 2 excepted
        String j = sak(KONTOR, "2024-12-30", 100, true);
        bekreft(j, "2024-01-20", Plikt.OPPFOLGINGSPLAN, Bekreftelse.UTARBEIDET);
        bekreft(j, "2024-02-10", Plikt.DIALOGMOTE1, Bekreftelse.GJENNOMFORT);
        kjor(j, "2024-02-25");
        vurder(j, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "OPPFYLT",
                "aktivitetskravArsakOppfylt", "GRADERT", "aktivitetskravBeskrivelse", "Gradert fra mars"));
        kjor(j, "2024-04-29");
        vurder(j, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "FORVENTET_FRISKMELDING_INNEN_28UKER"));
        // K, L: the other office
        String k = sak(ANNET, "2024-02-20", 100, true);
        bekreft(k, "2024-01-20", Plikt.OPPFOLGINGSPLAN, Bekreftelse.UTARBEIDET);
        sak(ANNET, "2024-01-10", 100, true);
        Saksforlop.idag(LocalDate.parse("2025-01-15"));
        // TilgangTest tries a wrong password on prosesseier on purpose, which delays its next logins
        identity.unlockUser("prosesseier");
    }

    @AfterAll
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void hvertTallForKontoret() throws Exception {
        Saksforlop.idag(LocalDate.parse("2025-01-15"));
        JsonNode f = hent("prosesseier", "enhet=" + KONTOR + FRA_TIL).get("totalt");
        assertThat(f.get("enhet").asText()).isEqualTo(KONTOR);
        // A (referat), B and J (unntak) by week 26; C missed; D friskmeldt and E, F, H, I well before week 26
        assertThat(andel(f.get("dialogmote2"))).isEqualTo("3/4=0.75");
        assertThat(f.get("dialogmote2").get("mal").asDouble()).isEqualTo(0.8);
        assertThat(f.get("dialogmote2").get("malNadd").asBoolean()).isFalse();
        // with an employer and sick at week 4: A B C D E H I J; B confirmed a week late, C never
        assertThat(andel(f.get("oppfolgingsplan"))).isEqualTo("6/8=0.75");
        // sick at week 7: A B C D E I J; I confirmed the day after the due date
        assertThat(andel(f.get("dialogmote1"))).isEqualTo("3/7=0.4286");
        // sick at the stoppunkt: A B C D E G I J; C late, E withdrawn and made again late, I never
        assertThat(andel(f.get("aktivitetskravVurdert"))).isEqualTo("5/8=0.625");
        JsonNode akt = f.get("aktivitetskrav");
        assertThat(akt.get("vurderinger").asLong()).isEqualTo(8);
        assertThat(akt.get("trukketTilbake").asLong()).isEqualTo(1);
        assertThat(utfall(akt)).containsExactly("AUTOMATISK_OPPFYLT:null=1", "AVVENT:INFORMASJON_BEHANDLER=1",
                "OPPFYLT:GRADERT=1", "OPPFYLT:TILTAK=3", "UNNTAK:MEDISINSKE_GRUNNER=2");
        // ten cases started in the period, nine sick at week 4
        assertThat(kurve(f)).containsExactly("4:9/10 9", "7:8/10 9", "8:8/10 9", "12:7/10 9", "17:6/10 9",
                "26:4/10 9", "39:4/10 9", "52:4/10 9");
        JsonNode uke26 = f.get("milepaeler").get(5);
        assertThat(uke26.get("andelAvUke4").asDouble()).isEqualTo(0.4444);
        assertThat(uke26.get("tabell42AndelAvUke4").asDouble()).isEqualTo(0.2542);
        assertThat(f.get("milepaeler").get(4).get("tabell42AndelAvUke4").isNull()).isTrue();
        assertThat(f.get("aap").get("apneSaker").asLong()).isZero();
        // open now: C's plan, dialogmøte 1 and dialogmøte 2 (missed), B's dialogmøte 1 and returned AVVENT, I's
        // aktivitetskrav (due on the stoppunkt, the oldest); nobody has claimed them
        JsonNode o = f.get("oppgaver");
        assertThat(o.get("apne").asLong()).isEqualTo(6);
        assertThat(o.get("forfalte").asLong()).isEqualTo(6);
        assertThat(o.get("eldsteForfalte").asText()).isEqualTo("2024-02-25");
        List<String> typer = new java.util.ArrayList<>();
        o.get("perType").forEach(t -> typer.add(t.get("navn").asText() + "=" + t.get("forfalte").asLong()));
        assertThat(typer).containsExactlyInAnyOrder("Følg opp dialogmøte 1 med arbeidsgiver=2",
                "Be arbeidsgiver om oppfølgingsplan=1", "Vurder aktivitetskrav=2", "Vurder dialogmøte 2=1");
        assertThat(o.get("perVeileder").get(0).get("navn").asText()).isEqualTo("(ikke tatt)");
        // varsler: A's innkalling to the sykmeldt had no address; the referat waits for the send window
        JsonNode v = f.get("varsler");
        assertThat(v.get("perStatus").toString())
                .isEqualTo("{\"MANGLER_ADRESSE\":1,\"PLANLAGT\":2,\"SENDT\":10,\"STOPPET\":2}");
        assertThat(v.get("perTypeOgStatus").toString())
                .contains("{\"type\":\"DIALOGMOTE_INNKALLING\",\"status\":\"MANGLER_ADRESSE\",\"antall\":1}");
    }

    @Test
    void tilgang() throws Exception {
        // a team lead sees their own office, without asking for it, and not another one
        JsonNode tl = hent("tl1203", FRA_TIL.substring(1));
        assertThat(tl.get("totalt").get("enhet").asText()).isEqualTo(KONTOR);
        assertThat(tl.get("perKontor")).hasSize(1);
        assertThat(status("tl1202", "/api/styring/nokkeltall?enhet=" + KONTOR)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("tl1202", "/api/styring/nokkeltall.csv?enhet=" + KONTOR)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("veileder0301", "/api/styring/nokkeltall")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("mottak", "/api/styring/nokkeltall")).isEqualTo(HttpStatus.FORBIDDEN);
        // the other office's figures: K confirmed the plan, neither reached week 7 unconfirmed... K did not
        JsonNode annet = hent("tl1202", "enhet=" + ANNET + FRA_TIL).get("totalt");
        assertThat(andel(annet.get("oppfolgingsplan"))).isEqualTo("1/1=1.0");
        assertThat(andel(annet.get("dialogmote1"))).isEqualTo("0/1=0.0");
        // the story: another office's team lead gets the answer of an unknown case
        assertThat(status("tl1202", "/api/styring/saker/" + c + "/historikk")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("tl1203", "/api/styring/saker/" + c + "/historikk")).isEqualTo(HttpStatus.OK);
        assertThat(status("veileder0301", "/api/styring/saker/" + c + "/historikk"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("prosesseier", "/api/styring/nokkeltall?fra=2024-13")).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void landetPerKontorOgCsv() throws Exception {
        JsonNode land = hent("prosesseier", FRA_TIL.substring(1));
        assertThat(land.get("enhet").isNull()).isTrue();
        JsonNode kontor = null;
        for (JsonNode k : land.get("perKontor")) {
            if (k.get("enhet").asText().equals(KONTOR)) {
                kontor = k;
            }
        }
        assertThat(andel(kontor.get("dialogmote2"))).isEqualTo("3/4=0.75");
        ResponseEntity<String> csv = http.withBasicAuth("prosesseier", DemoBrukere.PASSORD)
                .getForEntity("/api/styring/nokkeltall.csv?enhet=" + KONTOR + FRA_TIL, String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("enhet;nokkeltall;detalj;teller;nevner;andel\n")
                .contains("1203;dialogmote2_innen_26_uker;mal 0.8;3;4;0.7500\n")
                .contains("1203;oppfolgingsplan_innen_uke_4;;6;8;0.7500\n")
                .contains("1203;aktivitetskrav_trukket_tilbake;;1;;\n");
    }

    @Test
    void sakensHistorikk() throws Exception {
        JsonNode h = json.readTree(http.withBasicAuth("prosesseier", DemoBrukere.PASSORD)
                .getForObject("/api/styring/saker/" + e + "/historikk", String.class));
        JsonNode hc = json.readTree(http.withBasicAuth("prosesseier", DemoBrukere.PASSORD)
                .getForObject("/api/styring/saker/" + c + "/historikk", String.class));
        assertThat(hc.get("varsler").toString()).contains("OPPFOLGINGSPLAN_PAMINNELSE", "SENDT");
        assertThat(hc.get("hendelser").toString()).contains("DIALOGMOTE2_FRIST_BRUTT", "OPPGAVE_ESKALERT");
        List<String> typer = new java.util.ArrayList<>();
        h.get("hendelser").forEach(x -> typer.add(x.get("type").asText() + ":" + x.get("kode").asText()));
        assertThat(typer).containsSubsequence("SYKMELDING_MOTTATT:" + h.get("hendelser").get(0).get("kode").asText(),
                "ARBEIDSGIVER_BEKREFTET:OPPFOLGINGSPLAN:UTARBEIDET", "VURDERING:AKTIVITETSKRAV:OPPFYLT:TILTAK",
                "VURDERING_TRUKKET_TILBAKE:AKTIVITETSKRAV", "VURDERING:AKTIVITETSKRAV:UNNTAK:MEDISINSKE_GRUNNER");
        JsonNode trukket = h.get("hendelser").findParents("type").stream()
                .filter(x -> x.get("type").asText().equals("VURDERING_TRUKKET_TILBAKE")).findFirst().orElseThrow();
        assertThat(trukket.get("begrunnelse").asText()).isEqualTo("Feil person");
        assertThat(trukket.get("utfortAv").asText()).isEqualTo("veileder1203");
        List<String> frister = new java.util.ArrayList<>();
        h.get("frister").forEach(x -> frister.add(x.get("milepael").asText() + " " + x.get("dato").asText() + " "
                + x.get("status").asText()));
        assertThat(frister).containsExactly("Oppfølgingsplan (uke 4) 2024-01-28 OPPFYLT",
                "Dialogmøte 1 (uke 7) 2024-02-18 OPPFYLT",
                "Aktivitetskrav vurdert (stoppunkt) (uke 8) 2024-02-25 IKKE_OPPFYLT",
                "Dialogmøtekandidat (uke 17) 2024-04-28 PASSERT",
                "Dialogmøte 2 (uke 26) 2024-06-30 IKKE_AKTUELL", "39-ukersbrev (uke 39) 2024-09-29 IKKE_AKTUELL",
                "Maksdato (uke 52) 2024-12-29 IKKE_AKTUELL");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    String sak(String enhet, String tom, int grad, boolean medArbeidsgiver) {
        Saksforlop.idag(LocalDate.parse("2024-01-02"));
        return forlop.motta(new SykmeldingInn("SM-" + System.nanoTime(), Testdata.fnr(),
                List.of(new SykmeldingInn.PeriodeInn(LocalDate.parse("2024-01-01"), LocalDate.parse(tom), grad)),
                medArbeidsgiver ? Testdata.ORGNR : null,
                medArbeidsgiver ? new SykmeldingInn.NaermesteLederInn("Nora Leder", "leder@example.org") : null,
                "Dr. Lege", enhet)).saksreferanse();
    }

    String pid(String ref) {
        return forlop.sak(ref).processInstanceId();
    }

    void kjor(String ref, String dag) {
        forlop.kjorTil(pid(ref), LocalDate.parse(dag));
    }

    void bekreft(String ref, String dag, Plikt plikt, Bekreftelse svar) {
        Saksforlop.idag(LocalDate.parse(dag));
        forlop.somMottak(() -> handlinger.registrerBekreftelse(ref, plikt, svar,
                svar == Bekreftelse.IKKE_NODVENDIG ? "Kort fravær" : null, "mottak"));
    }

    void vurder(String ref, String oppgave, Map<String, Object> skjema) {
        forlop.fullforSom("veileder1203", List.of("enhet1203"), pid(ref), oppgave, skjema);
    }

    void somVeileder(Runnable r) {
        identity.setAuthentication("veileder1203", List.of("enhet1203"));
        try {
            r.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    void bruker(String id, String gruppe) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User u = identity.newUser(id);
            u.setPassword(DemoBrukere.PASSORD);
            identity.saveUser(u);
        }
        if (identity.createGroupQuery().groupId(gruppe).count() == 0) {
            identity.saveGroup(identity.newGroup(gruppe));
        }
        if (identity.createGroupQuery().groupMember(id).groupId(gruppe).count() == 0) {
            identity.createMembership(id, gruppe);
        }
    }

    JsonNode hent(String bruker, String sporring) throws Exception {
        ResponseEntity<String> svar = http.withBasicAuth(bruker, DemoBrukere.PASSORD)
                .getForEntity("/api/styring/nokkeltall?" + sporring, String.class);
        assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(svar.getBody());
    }

    HttpStatus status(String bruker, String sti) {
        return HttpStatus.valueOf(http.withBasicAuth(bruker, DemoBrukere.PASSORD).getForEntity(sti, String.class)
                .getStatusCode().value());
    }

    static String andel(JsonNode a) {
        return a.get("teller").asLong() + "/" + a.get("nevner").asLong() + "=" + a.get("andel").asDouble();
    }

    static List<String> utfall(JsonNode akt) {
        List<String> l = new java.util.ArrayList<>();
        akt.get("utfall").forEach(u -> l.add(u.get("utfall").asText() + ":" + u.get("arsak").asText() + "="
                + u.get("antall").asLong()));
        return l;
    }

    static List<String> kurve(JsonNode f) {
        List<String> l = new java.util.ArrayList<>();
        f.get("milepaeler").forEach(p -> l.add(p.get("uke").asInt() + ":" + p.get("teller").asLong() + "/"
                + p.get("nevner").asLong() + " " + p.get("sykeVedUke4").asLong()));
        return l;
    }
}
