package no.oppfolgingsflyt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.aap.AapForlop;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.demo.DemoBrukere;
import no.oppfolgingsflyt.felles.Sha256;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import no.oppfolgingsflyt.sikkerhet.Rolle;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application API's role table, cell by cell over HTTP: every handler under /api has a rule; a refused cell
 * answers 403 problem+json and changes nothing; an allowed one is let through. And no oracles: another office's
 * case answers exactly as an unknown one on every per-case endpoint.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTilgangTest {

    /** Tables of the application, compared row by row; the engine's runtime tables by count and revision. */
    static final List<String> TABELLER = List.of("sak", "sykmelding", "sykmelding_periode", "varsel",
            "sakshendelse", "naermeste_leder", "arbeidsgiver", "kontaktinfo", "aap_sak", "bekreftelseslenke");
    static final List<String> ENGINETABELLER = List.of("act_ru_execution", "act_ru_task", "act_ru_variable",
            "act_ru_event_subscr", "act_ru_job");

    /** One user per role, holding that role only (a demo user where one fits). */
    static final Map<Rolle, String> BRUKER = new EnumMap<>(Map.of(
            Rolle.INNLOGGET, "utenrolle",
            Rolle.VEILEDER, "veileder0301",
            Rolle.TEAMLEDER, "baretl0301",
            Rolle.PROSESSEIER, "prosesseier",
            Rolle.MOTTAK, "mottak",
            Rolle.SAKSBEHANDLER, "saksbehandler",
            Rolle.BESLUTTER, "beslutter",
            Rolle.ADMIN, "admin"));

    record Kall(HttpMethod metode, String sti, String kropp) {}

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext context;
    @Autowired
    AapSakRepository aapSaker;
    @Autowired
    Saksforlop forlop;
    @Autowired
    MottakerRepository mottakere;
    @Autowired
    AapForlop aapForlop;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassord;

    final ObjectMapper json = new ObjectMapper();
    final AtomicInteger teller = new AtomicInteger();

    /** Cases of office 0301: open and closed, sykefravær and AAP; the AAP one in a running period. */
    String sak;
    String lukketSak;
    String aap;
    String lukketAap;

    @BeforeAll
    void oppsett() {
        bruker("utenrolle");
        bruker("baretl0301", Grupper.teamledereFor("0301"));
        // TilgangTest tries a wrong password on prosesseier on purpose, which locks the user for a few seconds.
        identity.unlockUser("prosesseier");
        sak = sykefravaersak(Testdata.fnr(), "0301");
        lukketSak = sykefravaersak(Testdata.fnr(), "0301");
        assertThat(send(new Kall(HttpMethod.POST, "/api/saker/" + lukketSak + "/friskmelding",
                "{\"friskmeldtFom\":\"" + LocalDate.now() + "\"}"), "mottak").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        aap = lopendeAapPeriode();
        lukketAap = aapSak(kjentPerson("0301"));
        forlop.fullforSom("veileder0301", List.of("enhet0301"), pid(lukketAap), "Task_Behovsvurdering", Map.of(
                "behovsvurderingUtfall", "STANDARD_INNSATS", "behovsvurderingBegrunnelse", "Samtale"));
        assertThat(aapSaker.finn(lukketAap).orElseThrow().status().name()).isEqualTo("AVSLUTTET");
    }

    // ---------------------------------------------------------------------------------------------- the table

    @Test
    void hverHandlerUnderApiHarEnRegelOgHverRegelEnHandler() {
        Set<String> handlere = new TreeSet<>();
        for (RequestMappingHandlerMapping m : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            m.getHandlerMethods().forEach((info, metode) -> {
                for (String monster : info.getPatternValues()) {
                    if (!monster.equals("/api") && !monster.startsWith("/api/")) {
                        continue;
                    }
                    Set<RequestMethod> metoder = info.getMethodsCondition().getMethods();
                    if (metoder.isEmpty()) {
                        handlere.add("(every method) " + monster + " in " + metode);
                    }
                    metoder.forEach(x -> handlere.add(x.name() + " " + monster));
                }
            });
        }
        Set<String> regler = Tilgangstabell.REGLER.stream().map(Tilgangstabell.Regel::endepunkt)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(minus(handlere, regler)).as("handlers under /api without a rule in Tilgangstabell").isEmpty();
        assertThat(minus(regler, handlere)).as("rules in Tilgangstabell without a handler").isEmpty();
    }

    @Test
    void prosesseierenLeserBare() {
        assertThat(Tilgangstabell.REGLER).filteredOn(r -> r.roller().contains(Rolle.PROSESSEIER))
                .isNotEmpty().allMatch(r -> r.endepunkt().startsWith("GET "));
        assertThat(Tilgangstabell.roller("POST", "/api/aap/{ref}/brudd-aktivitetsplikt"))
                .containsExactlyInAnyOrder(Rolle.VEILEDER, Rolle.TEAMLEDER, Rolle.MOTTAK, Rolle.ADMIN);
        assertThat(Tilgangstabell.roller("DELETE", "/api/sykmeldinger")).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> hverCelleITabellenOverHttp() {
        return Tilgangstabell.REGLER.stream().flatMap(regel -> BRUKER.keySet().stream().map(rolle -> {
            boolean tillatt = regel.roller().contains(rolle) || regel.roller().contains(Rolle.INNLOGGET);
            return DynamicTest.dynamicTest(regel.endepunkt() + " som " + rolle + (tillatt ? ": slippes inn"
                    : ": 403"), () -> celle(regel.endepunkt(), BRUKER.get(rolle), tillatt));
        }));
    }

    void celle(String endepunkt, String bruker, boolean tillatt) {
        Kall kall = eksempel(endepunkt).get();
        Map<String, String> for_ = avtrykk();
        ResponseEntity<String> svar = send(kall, bruker);
        if (tillatt) {
            assertThat(svar.getStatusCode()).as(svar.getBody()).isNotIn(HttpStatus.FORBIDDEN,
                    HttpStatus.UNAUTHORIZED);
        } else {
            nektet(svar);
            assertThat(avtrykk()).as("tables after a refused call").isEqualTo(for_);
        }
    }

    @Test
    void ukjentStiUnderApiErIkkeEtEndepunkt() {
        ResponseEntity<String> svar = send(new Kall(HttpMethod.GET, "/api/finnes-ikke", null), "admin");
        assertThat(svar.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // ------------------------------------------------------------------------------------------- regressions

    @Test
    void prosesseierKanIkkeMeldeBruddPaAktivitetsplikten() {
        String ref = lopendeAapPeriode();
        Kall brudd = new Kall(HttpMethod.POST, "/api/aap/" + ref + "/brudd-aktivitetsplikt",
                "{\"arsak\":\"IKKE_MOTT_TIL_MOTE\",\"rimeligGrunn\":false}");
        Map<String, String> for_ = avtrykk();
        nektet(send(brudd, "prosesseier"));
        assertThat(avtrykk()).isEqualTo(for_);
        assertThat(oppgaver(ref, "Task_VurderBrudd")).isZero();
        // The case was open to the path: the office may report the breach.
        assertThat(send(brudd, "veileder0301").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(oppgaver(ref, "Task_VurderBrudd")).isOne();
    }

    /**
     * For every per-case endpoint and every case of office 0301 (open and closed, sykefravær and AAP), a veileder
     * of 4601 gets exactly the answer an unknown reference gets, apart from the reference itself.
     */
    @Test
    void annetKontorsSakSvarerSomUkjentSak() {
        Map<Tilgangstabell.Regel, Kall> eksempler = new LinkedHashMap<>();
        Tilgangstabell.REGLER.stream()
                .filter(r -> r.endepunkt().contains("{saksreferanse}") || r.endepunkt().contains("{ref}"))
                .forEach(r -> eksempler.put(r, eksempel(r.endepunkt()).get()));
        Map<String, String> for_ = avtrykk();
        List<String> sjekket = new ArrayList<>();
        eksempler.forEach((regel, eksempel) -> {
            boolean sykefravaer = regel.endepunkt().contains("{saksreferanse}");
            String ukjent = sykefravaer ? "SF-999999" : "AEV-999999";
            String eksempelRef = eksempel.sti().replaceAll(".*/((SF|AEV)-\\d+).*", "$1");
            ResponseEntity<String> ukjentSvar = send(new Kall(eksempel.metode(),
                    eksempel.sti().replace(eksempelRef, ukjent), eksempel.kropp()), "veileder4601");
            for (String ref : sykefravaer ? List.of(sak, lukketSak) : List.of(aap, lukketAap)) {
                ResponseEntity<String> svar = send(new Kall(eksempel.metode(),
                        eksempel.sti().replace(eksempelRef, ref), eksempel.kropp()), "veileder4601");
                String hva = regel.endepunkt() + " " + ref;
                assertThat(svar.getStatusCode()).as(hva).isEqualTo(ukjentSvar.getStatusCode())
                        .isEqualTo(regel.roller().contains(Rolle.VEILEDER) ? HttpStatus.NOT_FOUND
                                : HttpStatus.FORBIDDEN);
                assertThat(utenRef(svar.getBody(), ref)).as(hva).isEqualTo(utenRef(ukjentSvar.getBody(), ukjent))
                        .doesNotContain("0301");
                sjekket.add(hva);
            }
        });
        assertThat(sjekket).hasSize(2 * eksempler.size()).hasSizeGreaterThanOrEqualTo(2 * 11);
        assertThat(avtrykk()).isEqualTo(for_);
        // The office itself reaches the same cases.
        assertThat(send(new Kall(HttpMethod.GET, "/api/saker/" + lukketSak, null), "veileder0301").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(send(new Kall(HttpMethod.GET, "/api/aap/" + lukketAap, null), "veileder0301").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(send(new Kall(HttpMethod.GET, "/api/aap/" + aap, null), "saksbehandler").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A request to the endpoint that would change something when allowed (data of office 0301). */
    Supplier<Kall> eksempel(String endepunkt) {
        HttpMethod post = HttpMethod.POST;
        return switch (endepunkt) {
            case "GET /api/meg" -> () -> new Kall(HttpMethod.GET, "/api/meg", null);
            case "POST /api/sykmeldinger" -> () -> new Kall(post, "/api/sykmeldinger",
                    sykmelding(Testdata.fnr(), "0301"));
            case "GET /api/saker/{saksreferanse}" -> () -> new Kall(HttpMethod.GET, "/api/saker/" + sak, null);
            case "POST /api/saker/{saksreferanse}/arbeidsgiverbekreftelse" -> () -> new Kall(post,
                    "/api/saker/" + sak + "/arbeidsgiverbekreftelse",
                    "{\"plikt\":\"OPPFOLGINGSPLAN\",\"svar\":\"UTARBEIDET\"}");
            case "POST /api/saker/{saksreferanse}/motebehov" -> () -> new Kall(post, "/api/saker/" + sak
                    + "/motebehov", "{\"fra\":\"ARBEIDSGIVER\",\"begrunnelse\":\"Ønsker møte\"}");
            case "POST /api/saker/{saksreferanse}/svar-39-uker" -> () -> new Kall(post, "/api/saker/" + sak
                    + "/svar-39-uker", "{\"trengerMerOppfolging\":true}");
            case "POST /api/saker/{saksreferanse}/dialogmote-svar" -> () -> new Kall(post, "/api/saker/" + sak
                    + "/dialogmote-svar", "{\"deltaker\":\"ARBEIDSTAKER\",\"svar\":\"KOMMER\"}");
            // a case of its own: the friskmelding closes it
            case "POST /api/saker/{saksreferanse}/friskmelding" -> () -> new Kall(post, "/api/saker/"
                    + sykefravaersak(Testdata.fnr(), "0301") + "/friskmelding",
                    "{\"friskmeldtFom\":\"" + LocalDate.now() + "\"}");
            case "POST /api/saker/{saksreferanse}/vurderinger/{steg}/tilbakekalling" -> () -> new Kall(post,
                    "/api/saker/" + sak + "/vurderinger/AKTIVITETSKRAV/tilbakekalling", "{\"begrunnelse\":\"Feil\"}");
            case "PUT /api/arbeidsgivere/{orgnummer}" -> () -> new Kall(HttpMethod.PUT, "/api/arbeidsgivere/"
                    + Testdata.ORGNR, "{\"navn\":\"NAV\",\"epost\":\"post" + teller.incrementAndGet() + "@nav.no\"}");
            case "PUT /api/arbeidsgivere/{orgnummer}/naermeste-ledere" -> () -> new Kall(HttpMethod.PUT,
                    "/api/arbeidsgivere/" + Testdata.ORGNR + "/naermeste-ledere", "{\"fnr\":\"" + Testdata.fnr()
                    + "\",\"ledere\":[{\"navn\":\"Nora\",\"epost\":\"nora@example.org\"}]}");
            case "PUT /api/kontaktinfo" -> () -> new Kall(HttpMethod.PUT, "/api/kontaktinfo",
                    "{\"fnr\":\"" + Testdata.fnr() + "\",\"epost\":\"meg@example.org\"}");
            case "POST /api/aap/soknader" -> () -> {
                String fnr = Testdata.fnr();
                mottakere.settKontaktinfo(fnr, "soker@example.org");
                return new Kall(post, "/api/aap/soknader", "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}");
            };
            case "POST /api/aap/arbeidsevnevurderinger" -> () -> new Kall(post, "/api/aap/arbeidsevnevurderinger",
                    "{\"fnr\":\"" + kjentPerson("0301") + "\",\"enhet\":\"0301\"}");
            case "GET /api/aap/{ref}" -> () -> new Kall(HttpMethod.GET, "/api/aap/" + aap, null);
            case "POST /api/aap/{ref}/egenvurdering" -> () -> new Kall(post, "/api/aap/" + aap + "/egenvurdering",
                    "{}");
            case "POST /api/aap/{ref}/legeerklaering" -> () -> new Kall(post, "/api/aap/" + aap
                    + "/legeerklaering", "{}");
            case "POST /api/aap/{ref}/meldekort" -> () -> new Kall(post, "/api/aap/" + aap + "/meldekort", "{}");
            case "POST /api/aap/{ref}/brudd-aktivitetsplikt" -> () -> new Kall(post, "/api/aap/" + aap
                    + "/brudd-aktivitetsplikt", "{\"arsak\":\"IKKE_MOTT_TIL_TILTAK\",\"rimeligGrunn\":true}");
            // the case stays at its office (a move to where it is changes nothing), so later cells find it there
            case "PUT /api/saker/{saksreferanse}/enhet" -> () -> new Kall(HttpMethod.PUT, "/api/saker/" + sak
                    + "/enhet", "{\"enhet\":\"0301\"}");
            // an unknown sykmelding: 404 for those allowed, nothing annulled
            case "DELETE /api/sykmeldinger/{sykmeldingId}" -> () -> new Kall(HttpMethod.DELETE,
                    "/api/sykmeldinger/SM-FINNES-IKKE", null);
            // a person with no case: nothing to close
            case "POST /api/personer/dodsfall" -> () -> new Kall(post, "/api/personer/dodsfall",
                    "{\"fnr\":\"" + Testdata.fnr() + "\",\"dodsdato\":\"" + LocalDate.now().minusDays(1) + "\"}");
            case "GET /api/styring/nokkeltall" -> () -> new Kall(HttpMethod.GET, "/api/styring/nokkeltall", null);
            case "GET /api/styring/nokkeltall.csv" -> () -> new Kall(HttpMethod.GET, "/api/styring/nokkeltall.csv",
                    null);
            case "GET /api/styring/saker/{saksreferanse}/historikk" -> () -> new Kall(HttpMethod.GET,
                    "/api/styring/saker/" + sak + "/historikk", null);
            default -> throw new AssertionError("No example request for " + endepunkt + ": add one here");
        };
    }

    static void nektet(ResponseEntity<String> svar) {
        assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(svar.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(svar.getBody()).contains("https://oppfolgingsflyt.no/problem/ingen-tilgang");
    }

    ResponseEntity<String> send(Kall kall, String bruker) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        String passord = bruker.equals("admin") ? adminPassord : DemoBrukere.PASSORD;
        return http.withBasicAuth(bruker, passord).exchange(kall.sti(), kall.metode(),
                new HttpEntity<>(kall.kropp(), h), String.class);
    }

    /** Every application table row by row, and the engine's runtime tables by count and sum of revisions. */
    Map<String, String> avtrykk() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : TABELLER) {
            List<String> rader = jdbc.query("select * from " + t, (rs, i) -> {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder b = new StringBuilder();
                for (int k = 1; k <= md.getColumnCount(); k++) {
                    b.append(rs.getString(k)).append('|');
                }
                return b.toString();
            });
            m.put(t, rader.size() + ":" + Sha256.hex(rader.stream().sorted().collect(Collectors.joining("\n"))));
        }
        for (String t : ENGINETABELLER) {
            m.put(t, jdbc.queryForObject("select count(*) || ':' || coalesce(sum(rev_), 0) from " + t,
                    String.class));
        }
        return m;
    }

    static String utenRef(String tekst, String ref) {
        return tekst == null ? null : tekst.replace(ref, "{ref}");
    }

    static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> m = new TreeSet<>(a);
        m.removeAll(b);
        return m;
    }

    void bruker(String id, String... grupper) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User u = identity.newUser(id);
        u.setPassword(DemoBrukere.PASSORD);
        identity.saveUser(u);
        for (String g : grupper) {
            identity.createMembership(id, g);
        }
    }

    String sykmelding(String fnr, String enhet) {
        return "{\"sykmeldingId\":\"SM-TILGANG-" + teller.incrementAndGet() + "\",\"fnr\":\"" + fnr
                + "\",\"perioder\":[{\"fom\":\"" + LocalDate.now().minusDays(10) + "\",\"tom\":\""
                + LocalDate.now().plusDays(20) + "\",\"grad\":100}],\"orgnummer\":\"" + Testdata.ORGNR
                + "\",\"naermesteLeder\":{\"navn\":\"Nora Leder\",\"epost\":\"nora@example.org\"},"
                + "\"sykmelder\":\"Dr. Lege\",\"enhet\":\"" + enhet + "\"}";
    }

    /** A new sykefravær case of the office, delivered by the intake; its reference. */
    String sykefravaersak(String fnr, String enhet) {
        ResponseEntity<String> svar = send(new Kall(HttpMethod.POST, "/api/sykmeldinger", sykmelding(fnr, enhet)),
                "mottak");
        assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.CREATED);
        return felt(svar, "saksreferanse");
    }

    /** A person with a sykefravær case at the office (so its veiledere may start an arbeidsevnevurdering). */
    String kjentPerson(String enhet) {
        String fnr = Testdata.fnr();
        sykefravaersak(fnr, enhet);
        return fnr;
    }

    /** An arbeidsevnevurdering started by veileder0301 for a person known at 0301. */
    String aapSak(String fnr) {
        ResponseEntity<String> svar = send(new Kall(HttpMethod.POST, "/api/aap/arbeidsevnevurderinger",
                "{\"fnr\":\"" + fnr + "\",\"enhet\":\"0301\"}"), "veileder0301");
        assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.CREATED);
        return felt(svar, "saksreferanse");
    }

    /** An AAP case of 0301 in its running period: assessed, quality-assured, granted and approved. */
    String lopendeAapPeriode() {
        String ref = aapSak(kjentPerson("0301"));
        aapForlop.tilLopendePeriode(ref);
        periode(pid(ref));
        return ref;
    }

    long oppgaver(String aapRef, String aktivitet) {
        return tasks.createTaskQuery().processInstanceIdIn(forlop.instanserISaken(pid(aapRef)).toArray(String[]::new))
                .taskDefinitionKey(aktivitet).count();
    }

    String pid(String aapRef) {
        return aapSaker.finn(aapRef).orElseThrow().processInstanceId();
    }

    /** The running AAP period called from the case. */
    String periode(String pid) {
        return forlop.instanserISaken(pid).stream().filter(id -> jdbc.queryForObject("select count(*) from "
                + "act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ where e.id_ = ? "
                + "and d.key_ = 'aap-lopende-periode'", Long.class, id) == 1).findFirst().orElseThrow();
    }

    String felt(ResponseEntity<String> svar, String navn) {
        try {
            JsonNode n = json.readTree(svar.getBody());
            return n.get(navn).asText();
        } catch (Exception e) {
            throw new AssertionError(svar.getBody(), e);
        }
    }
}
