package no.oppfolgingsflyt.person;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.felles.TestPostkasse;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import no.oppfolgingsflyt.varsel.VarselRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Real life during a case: the person dies, the case moves to another office. */
@AppTest
class LivetUnderSakenTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    TestRestTemplate http;
    @Autowired
    AapStart aapStart;
    @Autowired
    AapSakRepository aapSaker;
    @Autowired
    MottakerRepository mottakere;
    @Autowired
    VarselRepository varsler;
    @Autowired
    SakshendelseRepository hendelser;
    @Autowired
    TestPostkasse postkasse;

    @BeforeEach
    void init() throws Exception {
        postkasse.tom();
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
    }

    @AfterEach
    void klokke() {
        ClockUtil.reset();
    }

    ResponseEntity<String> send(String bruker, HttpMethod metode, String sti, String json) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(bruker, "demo").exchange(sti, metode, new HttpEntity<>(json, h), String.class);
    }

    List<Task> synligeFor(String bruker, String gruppe, String ref) {
        engine.getIdentityService().setAuthentication(bruker, List.of(gruppe));
        try {
            return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).list();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    // ------------------------------------------------------------------------------------------------ death

    @Test
    void dodsfallLukkerSykefravaerOgAapOgStopperAlleVarsler() throws Exception {
        String fnr = Testdata.fnr();
        String ref = forlop.motta(sykmelding(fnr, "2025-01-06", "2025-12-31", 100, true)).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        // Sunday 26 January: the employer's first reminder is ordered and waits for Monday's send window.
        forlop.kjorTil(pid, LocalDate.parse("2025-01-26"));
        mottakere.settKontaktinfo(fnr, "person@example.org");
        String aev = aapStart.start(fnr, "0301", AapSak.Kilde.SOKNAD, null, true);
        assertThat(varsler.forSak(ref)).as("the reminder waits for the send window")
                .extracting(VarselRepository.Varsel::status).contains(VarselRepository.Status.PLANLAGT);

        assertThat(send("veileder0301", HttpMethod.POST, "/api/personer/dodsfall",
                "{\"fnr\":\"" + fnr + "\",\"dodsdato\":\"2025-01-21\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(send("mottak", HttpMethod.POST, "/api/personer/dodsfall",
                "{\"fnr\":\"" + fnr + "\",\"dodsdato\":\"2099-01-21\"}").getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> svar = send("mottak", HttpMethod.POST, "/api/personer/dodsfall",
                "{\"fnr\":\"" + fnr + "\",\"dodsdato\":\"2025-01-21\"}");
        assertThat(svar.getStatusCode().value()).isEqualTo(200);
        assertThat(svar.getBody()).contains(ref).contains(aev);

        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("DOD");
        assertThat(aapSaker.finn(aev).orElseThrow().status()).isEqualTo(AapSak.Status.AVSLUTTET);
        assertThat(aapSaker.finn(aev).orElseThrow().avsluttetGrunn()).isEqualTo("DOD");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).count())
                .isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(aev).count())
                .isZero();
        assertThat(varsler.forSak(ref)).extracting(VarselRepository.Varsel::status)
                .doesNotContain(VarselRepository.Status.PLANLAGT);
        assertThat(varsler.forSak(ref)).extracting(VarselRepository.Varsel::status)
                .contains(VarselRepository.Status.STOPPET);
        assertThat(varsler.forSak(aev)).extracting(VarselRepository.Varsel::status)
                .doesNotContain(VarselRepository.Status.PLANLAGT);
        assertThat(hendelser.forSak(ref)).extracting(SakshendelseRepository.Sakshendelse::type).contains("DODSFALL");
        // Nothing is sent afterwards: every job of the person's cases has gone with them.
        forlop.kjorTil(pid, LocalDate.parse("2025-03-01"));
        assertThat(postkasse.mottatt()).isEmpty();
        // Reported twice: nothing more to close.
        ResponseEntity<String> igjen = send("mottak", HttpMethod.POST, "/api/personer/dodsfall",
                "{\"fnr\":\"" + fnr + "\",\"dodsdato\":\"2025-01-21\"}");
        assertThat(igjen.getBody()).contains("\"lukkedeSaker\":[]");
    }

    @Test
    void veilederensUtfallErDodLukkerPersonensSaker() {
        String fnr = Testdata.fnr();
        String ref = forlop.motta(sykmelding(fnr, "2025-01-06", "2025-12-31", 100, true)).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        mottakere.settKontaktinfo(fnr, "person@example.org");
        String aev = aapStart.start(fnr, "0301", AapSak.Kilde.SOKNAD, null, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-03-03"));
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "IKKE_AKTUELL",
                "aktivitetskravArsakIkkeAktuell", "ER_DOD"));
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("DOD");
        assertThat(aapSaker.finn(aev).orElseThrow().avsluttetGrunn()).isEqualTo("DOD");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref).count())
                .isZero();
    }

    // ------------------------------------------------------------------------------------------------ office

    @Test
    void enSakFlytterTilEtAnnetKontor() {
        String ref = forlop.motta(sykmelding(Testdata.fnr(), "2025-01-06", "2025-12-31", 100, true))
                .saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.parse("2025-02-10"));
        assertThat(synligeFor("veileder0301", "enhet0301", ref)).isNotEmpty();
        assertThat(synligeFor("veileder4601", "enhet4601", ref)).isEmpty();

        assertThat(send("veileder0301", HttpMethod.PUT, "/api/saker/" + ref + "/enhet", "{\"enhet\":\"4601\"}")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(send("mottak", HttpMethod.PUT, "/api/saker/" + ref + "/enhet", "{\"enhet\":\"46x1\"}")
                .getStatusCode().value()).isEqualTo(400);
        assertThat(send("mottak", HttpMethod.PUT, "/api/saker/" + ref + "/enhet", "{\"enhet\":\"4601\"}")
                .getStatusCode().value()).isEqualTo(204);

        assertThat(synligeFor("veileder0301", "enhet0301", ref)).as("the old office").isEmpty();
        assertThat(synligeFor("veileder4601", "enhet4601", ref)).as("the new office").isNotEmpty();
        assertThat(send("veileder0301", HttpMethod.GET, "/api/saker/" + ref, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(send("veileder4601", HttpMethod.GET, "/api/saker/" + ref, null).getStatusCode().value())
                .isEqualTo(200);
        assertThat(hendelser.forSak(ref)).extracting(SakshendelseRepository.Sakshendelse::type)
                .contains("KONTOR_ENDRET");
        // Tasks to come belong to the new office too.
        forlop.kjorTil(pid, LocalDate.parse("2025-03-03"));
        Task aktivitetskrav = forlop.oppgave(pid, "Task_VurderAktivitetskrav");
        assertThat(engine.getTaskService().getIdentityLinksForTask(aktivitetskrav.getId()))
                .extracting(l -> l.getGroupId()).contains("enhet4601").doesNotContain("enhet0301");
    }

    @Test
    void enSykmeldingFraEtAnnetKontorFlytterSaken() {
        String fnr = Testdata.fnr();
        String ref = forlop.motta(sykmelding(fnr, "2025-01-06", "2025-02-28", 100, true)).saksreferanse();
        String pid = forlop.sak(ref).processInstanceId();
        forlop.kjorTil(pid, LocalDate.parse("2025-02-10"));
        var neste = sykmelding(fnr, "2025-03-01", "2025-04-30", 100, true);
        var kvittering = forlop.motta(new no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn(neste.sykmeldingId(),
                neste.fnr(), neste.perioder(), neste.orgnummer(), neste.naermesteLeder(), neste.sykmelder(), "4601"));
        assertThat(kvittering.saksreferanse()).isEqualTo(ref);
        assertThat(forlop.sak(ref).enhet()).isEqualTo("4601");
        assertThat(synligeFor("veileder0301", "enhet0301", ref)).isEmpty();
        assertThat(synligeFor("veileder4601", "enhet4601", ref)).isNotEmpty();
        assertThat(hendelser.forSak(ref)).extracting(SakshendelseRepository.Sakshendelse::type)
                .contains("KONTOR_ENDRET");
    }
}
