package no.oppfolgingsflyt.aap;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.Saksforlop;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through the AAP models, on the real engine. */
@AppTest
class AapFlytTest {

    static final List<String> VEILEDER = List.of("enhet0301");
    static final List<String> TEAMLEDER = List.of("enhet0301", "teamleder0301");

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    AapStart start;
    @Autowired
    AapSakRepository saker;
    @Autowired
    AapController api;
    @Autowired
    SakshendelseRepository hendelser;
    @Autowired
    MottakerRepository mottakere;
    @Autowired
    SakHandlinger sykefravaer;
    @Autowired
    no.oppfolgingsflyt.felles.TestPostkasse postkasse;

    static String tekst(jakarta.mail.internet.MimeMessage m) {
        return com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
    }

    String ref;
    String pid;
    String fnr;
    ProcessInstance pi;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        Saksforlop.idag(LocalDate.parse("2025-10-20"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    void nySak(String enhet) {
        fnr = Testdata.fnr();
        mottakere.settKontaktinfo(fnr, "person@example.org");
        ref = start.start(fnr, enhet, AapSak.Kilde.VEILEDER, null, true);
        pid = saker.finn(ref).orElseThrow().processInstanceId();
        pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
    }

    Object variabel(String navn) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pid)
                .variableName(navn).singleResult().getValue();
    }

    void behov(String utfall) {
        String enhet = saker.finn(ref).orElseThrow().enhet();
        forlop.fullforSom("veileder" + enhet, List.of("enhet" + enhet), pid, "Task_Behovsvurdering",
                Map.of("behovsvurderingUtfall", utfall, "behovsvurderingBegrunnelse", "Samtale med bruker"));
    }

    void opplysningerKommer() {
        forlop.somMottak(() -> {
            api.egenvurdering(ref);
            api.legeerklaering(ref);
        });
    }

    void arbeidsevne(String bruker, List<String> grupper, boolean nedsatt, int reduksjon, boolean varig,
            boolean sykdom, boolean behov) {
        Map<String, Object> skjema = new HashMap<>(Map.of("nedsattArbeidsevne", nedsatt, "varigNedsatt", varig,
                "sykdomHovedarsak", sykdom, "behovEtterParagraf116", behov, "arbeidsevneBegrunnelse", "Vurdert"));
        if (nedsatt) {
            skjema.put("arbeidsevneReduksjon", (long) reduksjon);
        }
        forlop.fullforSom(bruker, grupper, pid, "Task_Arbeidsevnevurdering", skjema);
    }

    void kvalitetssikre(String utfall) {
        Map<String, Object> skjema = new HashMap<>(Map.of("kvalitetssikringUtfall", utfall));
        if (utfall.equals("RETUR")) {
            skjema.put("returarsak", "MANGLENDE_UTREDNING");
        }
        forlop.fullforSom("teamleder0301", TEAMLEDER, pid, "Task_Kvalitetssikre", skjema);
    }

    void vedtak(String utfall) {
        forlop.fullforSom("saksbehandler", List.of("nay"), pid, "Task_AapVedtak", Map.of("aapVedtakUtfall", utfall,
                "aapVedtakBegrunnelse", "Etter vilkårene"));
    }

    void beslutt(String utfall) {
        Map<String, Object> skjema = new HashMap<>(Map.of("beslutningUtfall", utfall));
        if (utfall.equals("RETUR")) {
            skjema.put("returarsak", "MANGELFULL_BEGRUNNELSE");
        }
        forlop.fullforSom("beslutter", List.of("beslutter"), pid, "Task_BeslutteAap", skjema);
    }

    /** Behovsvurdering, both documents in, assessment (veileder0301), kvalitetssikring (teamleder0301). */
    void tilAapVedtak(boolean nedsatt, int reduksjon, boolean varig, boolean sykdom, boolean behov) {
        nySak("0301");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        opplysningerKommer();
        arbeidsevne("veileder0301", VEILEDER, nedsatt, reduksjon, varig, sykdom, behov);
        kvalitetssikre("GODKJENT");
    }

    String periode() {
        return forlop.instanserISaken(pid).stream().filter(id -> engine.getRuntimeService()
                .createProcessInstanceQuery().processInstanceId(id).processDefinitionKey("aap-lopende-periode")
                .count() == 1).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------ paths

    @ParameterizedTest
    @ValueSource(strings = {"STANDARD_INNSATS", "SITUASJONSBESTEMT_INNSATS"})
    void behovsvurderingUtenArbeidsevnevurdering(String innsats) {
        nySak("0301");
        behov(innsats);
        assertThat(pi).isEnded().hasPassed("Task_Fatt14aUtenAev", "End_VedtakUtenAev");
        assertThat(variabel("innsatsgruppe")).isEqualTo(innsats);
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("VEDTAK_UTEN_AEV");
        assertThat(forlop.varsler(ref)).containsExactly("VEDTAKSBREV:SYKMELDT");
    }

    @Test
    void fullArbeidsevnevurderingTilInnvilgetAapOgAvsluttetIArbeid() throws Exception {
        tilAapVedtak(true, 60, false, true, true);
        assertThat(variabel("innsatsgruppe")).isEqualTo("SPESIELT_TILPASSET_INNSATS");
        assertThat(variabel("vilkarOppfylt")).isEqualTo(true);
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        assertThat(forlop.varsler(ref)).containsOnlyOnce("VEDTAKSBREV:SYKMELDT");
        forlop.kjorTil(pid, java.time.LocalDateTime.parse("2025-10-20T10:00"));
        // One consolidated letter: the § 14 a vedtak and the AAP vedtak together.
        var brev = postkasse.mottatt().stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Vedtak fra NAV") && tekst(m).contains(ref);
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(brev).hasSize(1);
        assertThat(tekst(brev.get(0))).contains("spesielt tilpasset innsats").contains("arbeidsavklaringspenger (AAP) til og med");
        String periode = periode();
        assertThat(forlop.oppgave(pid, "Task_Aktivitetsplan").getDueDate())
                .isEqualTo(Datoer.startAvDag(LocalDate.parse("2025-11-17")));
        forlop.fullfor(pid, "Task_Aktivitetsplan", Map.of("aktivitetsplanUtfall", "LAGET"));

        forlop.kjorTil(pid, LocalDate.parse("2025-11-01"));
        forlop.somMottak(() -> api.meldekort(ref));
        forlop.kjorTil(pid, LocalDate.parse("2026-03-21"));
        assertThat(forlop.oppgave(pid, "Task_FolgOppAap")).isNotNull();
        forlop.fullfor(pid, "Task_FolgOppAap", Map.of("oppfolgingUtfall", "FULGT_OPP"));

        // Revurdering 8 weeks before the end of the three-year period.
        assertThat(forlop.forfall(periode, "Timer_Revurdering")).isEqualTo(Datoer.startAvDag(LocalDate.parse("2028-08-25")));
        forlop.kjorTil(pid, LocalDate.parse("2028-08-25"));
        forlop.fullfor(pid, "Task_RevurderAap", Map.of("revurderingUtfall", "ARBEID"));
        assertThat(pi).isEnded();
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("ARBEID");
        assertThat(forlop.varsler(ref)).contains("MELDEKORT_PAMINNELSE:SYKMELDT");
    }

    @Test
    void revurderingForlengerPeriodenOgPeriodenLoperUt() {
        tilAapVedtak(true, 100, true, true, true);
        assertThat(variabel("innsatsgruppe")).isEqualTo("VARIG_TILPASSET_INNSATS");
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        String periode = periode();
        forlop.kjorTil(pid, LocalDate.parse("2028-08-25"));
        forlop.fullfor(pid, "Task_RevurderAap", Map.of("revurderingUtfall", "FORLENG", "nyPeriodeSlutt", "2029-06-30"));
        assertThat(forlop.forfall(periode, "Timer_PeriodeSlutt")).isEqualTo(Datoer.startAvDag(LocalDate.parse("2029-06-30")));
        assertThat(forlop.forfall(periode, "Timer_Revurdering")).isEqualTo(Datoer.startAvDag(LocalDate.parse("2029-05-05")));
        forlop.kjorTil(pid, LocalDate.parse("2029-05-05"));
        forlop.fullfor(pid, "Task_RevurderAap", Map.of("revurderingUtfall", "UFORETRYGD"));
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("UFORETRYGD");
    }

    @Test
    void periodenLoperUtUtenRevurdering() {
        tilAapVedtak(true, 50, true, true, true);
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        forlop.kjorTil(pid, LocalDate.parse("2028-10-20"));
        assertThat(pi).isEnded();
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("PERIODE_UTLOPT");
    }

    @ParameterizedTest
    @CsvSource({
        "true,  40, true,  true,  ARBEIDSEVNE_IKKE_NEDSATT_MINST_HALVPARTEN",
        "true,  60, false, true,  SYKDOM_IKKE_HOVEDARSAK",
        "true,  60, true,  false, INGEN_BEHOV_ETTER_11_6"})
    void avslagForHvertVilkar(boolean nedsatt, int reduksjon, boolean sykdom, boolean behov, String grunn) {
        tilAapVedtak(nedsatt, reduksjon, false, sykdom, behov);
        assertThat(variabel("avslagsgrunn")).isEqualTo(grunn);
        assertThatThrownBy(() -> vedtak("INNVILGET")).hasMessageContaining("vilkårene er ikke oppfylt");
        vedtak("AVSLAG");
        beslutt("GODKJENT");
        assertThat(pi).isEnded().hasPassed("End_Avslag");
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("AVSLAG");
        assertThat(forlop.varsler(ref)).containsOnlyOnce("VEDTAKSBREV:SYKMELDT");
    }

    @Test
    void legeerklaeringKommerAldri_avslag() {
        nySak("0301");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        forlop.somMottak(() -> api.egenvurdering(ref));
        forlop.kjorTil(pid, LocalDate.parse("2025-11-03"));
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("LEGEERKLAERING_PURRET"));
        assertThat(forlop.oppgave(pid, "Task_LegeerklaeringMangler")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-11-17"));
        forlop.fullfor(pid, "Task_LegeerklaeringMangler", Map.of("legeerklaeringOppfolging", "FORTSETT_UTEN"));
        arbeidsevne("veileder0301", VEILEDER, true, 70, false, true, true);
        kvalitetssikre("GODKJENT");
        assertThat(variabel("avslagsgrunn")).isEqualTo("MANGLER_LEGEERKLAERING");
        vedtak("AVSLAG");
        beslutt("GODKJENT");
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("AVSLAG");
    }

    @Test
    void legeerklaeringKommerSent_vilkaareneOppfylt() {
        nySak("0301");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        forlop.somMottak(() -> api.egenvurdering(ref));
        forlop.kjorTil(pid, LocalDate.parse("2025-11-18"));
        assertThat(pi).isWaitingAt("Task_LegeerklaeringMangler");
        forlop.somMottak(() -> api.legeerklaering(ref));
        forlop.fullfor(pid, "Task_LegeerklaeringMangler", Map.of("legeerklaeringOppfolging", "PURRET_PA_NYTT"));
        arbeidsevne("veileder0301", VEILEDER, true, 70, false, true, true);
        kvalitetssikre("GODKJENT");
        assertThat(variabel("vilkarOppfylt")).isEqualTo(true);
    }

    @Test
    void egenvurderingKommerAldri_paminnelseSaaVidere() {
        nySak("4601");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        forlop.somMottak(() -> api.legeerklaering(ref));
        assertThat(forlop.varsler(ref)).containsExactly("EGENVURDERING:SYKMELDT");
        forlop.kjorTil(pid, LocalDate.parse("2025-10-27"));
        assertThat(forlop.varsler(ref)).containsExactly("EGENVURDERING:SYKMELDT", "EGENVURDERING_PAMINNELSE:SYKMELDT");
        assertThat(forlop.oppgave(pid, "Task_Arbeidsevnevurdering")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-11-03"));
        assertThat(pi).hasPassed("Boundary_EgenvurderingFrist");
        assertThat(forlop.oppgave(pid, "Task_Arbeidsevnevurdering")).isNotNull();
    }

    @Test
    void utenKvalitetssikringIFylket() {
        nySak("1101");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        opplysningerKommer();
        arbeidsevne("veileder1101", List.of("enhet1101"), false, 0, false, false, false);
        assertThat(pi).isEnded().hasPassed("End_Vedtak14a").hasNotPassed("Task_Kvalitetssikre");
        assertThat(variabel("innsatsgruppe")).isEqualTo("SITUASJONSBESTEMT_INNSATS");
        assertThat(saker.finn(ref).orElseThrow().avsluttetGrunn()).isEqualTo("VEDTAK_14A");
    }

    @Test
    void kvalitetssikrerSenderTilbakeMedArsak() {
        nySak("0301");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        opplysningerKommer();
        arbeidsevne("veileder0301", VEILEDER, true, 60, false, true, true);
        kvalitetssikre("RETUR");
        assertThat(pi).isWaitingAt("Task_Arbeidsevnevurdering");
        assertThat(hendelser.forSak(ref)).anyMatch(h -> "Kvalitetssikre:RETUR:MANGLENDE_UTREDNING".equals(h.kode()));
        arbeidsevne("veileder0301", VEILEDER, true, 70, false, true, true);
        kvalitetssikre("GODKJENT");
        assertThat(pi).isWaitingAt("Task_AapVedtak");
    }

    @Test
    void beslutterSenderTilbakeMedGrunnSaaGodkjenner() {
        tilAapVedtak(true, 60, false, true, true);
        vedtak("INNVILGET");
        beslutt("RETUR");
        assertThat(pi).isWaitingAt("Task_AapVedtak");
        assertThat(hendelser.forSak(ref)).anyMatch(h -> "BeslutteAap:RETUR:MANGELFULL_BEGRUNNELSE".equals(h.kode()));
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        assertThat(periode()).isNotNull();
    }

    @Test
    void bruddPaAktivitetspliktMedOgUtenRimeligGrunn() {
        tilAapVedtak(true, 60, false, true, true);
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        Saksforlop.idag(LocalDate.parse("2025-12-01"));
        forlop.somMottak(() -> api.brudd(ref, new AapController.Brudd("IKKE_MOTT_TIL_TILTAK", true)));
        forlop.fullfor(pid, "Task_VurderBrudd", Map.of("bruddUtfall", "RIMELIG_GRUNN"));
        forlop.somMottak(() -> api.brudd(ref, new AapController.Brudd("IKKE_MOTT_TIL_MOTE", false)));
        forlop.fullfor(pid, "Task_VurderBrudd", Map.of("bruddUtfall", "FORHANDSVARSEL"));
        assertThat(forlop.varsler(ref)).contains("AAP_FORHANDSVARSEL:SYKMELDT");
        forlop.kjorTil(pid, LocalDate.parse("2025-12-21"));
        assertThat(forlop.oppgave(pid, "Task_VurderStansAap")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-12-22"));
        forlop.fullfor(pid, "Task_VurderStansAap", Map.of("stansAapUtfall", "STANS",
                "stansAapBegrunnelse", "Ingen rimelig grunn"));
        assertThat(hendelser.forSak(ref)).anyMatch(h -> "VurderStansAap:STANS".equals(h.kode()));
        assertThat(forlop.oppgave(pid, "Task_Aktivitetsplan")).isNotNull(); // the period goes on
    }

    @Test
    void meldekortUteblirGirPaminnelseSaaOppgave() {
        tilAapVedtak(true, 60, false, true, true);
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        forlop.kjorTil(pid, LocalDate.parse("2025-11-07"));
        assertThat(forlop.varsler(ref)).contains("MELDEKORT_PAMINNELSE:SYKMELDT");
        forlop.kjorTil(pid, LocalDate.parse("2025-11-14"));
        forlop.fullfor(pid, "Task_FolgOppMeldekort", Map.of("meldekortOppfolging", "KONTAKTET"));
        forlop.kjorTil(pid, LocalDate.parse("2025-11-20"));
        forlop.somMottak(() -> api.meldekort(ref));
        assertThat(forlop.oppgave(pid, "Task_FolgOppMeldekort")).isNull();
    }

    @Test
    void meldekortEtterPaminnelsenGirIngenOppgave() {
        tilAapVedtak(true, 60, false, true, true);
        vedtak("INNVILGET");
        beslutt("GODKJENT");
        forlop.kjorTil(pid, LocalDate.parse("2025-11-07"));
        forlop.somMottak(() -> api.meldekort(ref));
        forlop.kjorTil(pid, LocalDate.parse("2025-11-15"));
        assertThat(forlop.oppgave(pid, "Task_FolgOppMeldekort")).isNull();
    }

    @Test
    void startetFraSykefravaerVed39Uker() {
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        String sfFnr = Testdata.fnr();
        String sf = forlop.motta(sykmelding(sfFnr, "2025-01-06", "2025-12-31", 50, true)).saksreferanse();
        String sfPid = forlop.sak(sf).processInstanceId();
        forlop.somMottak(() -> {
            sykefravaer.arbeidsgiverBekrefter(sf, SakHandlinger.Plikt.OPPFOLGINGSPLAN,
                    SakHandlinger.Bekreftelse.UTARBEIDET, null);
            sykefravaer.arbeidsgiverBekrefter(sf, SakHandlinger.Plikt.DIALOGMOTE1,
                    SakHandlinger.Bekreftelse.GJENNOMFORT, null);
        });
        forlop.kjorTil(sfPid, LocalDate.parse("2025-05-05"));
        forlop.fullfor(sfPid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "MEDISINSKE_GRUNNER"));
        forlop.kjorTil(sfPid, LocalDate.parse("2025-10-06"));
        forlop.somMottak(() -> sykefravaer.svar39Uker(sf, true, "Trenger hjelp"));
        forlop.fullfor(sfPid, "Task_VurderVidereOppfolging", Map.of("videreOppfolgingUtfall",
                "START_ARBEIDSEVNEVURDERING"));

        AapSak aev = saker.finnAktiv(sfFnr).orElseThrow();
        assertThat(aev.kilde()).isEqualTo(AapSak.Kilde.SYKEFRAVAER);
        assertThat(aev.sykefravaerRef()).isEqualTo(sf);
        assertThat(aev.enhet()).isEqualTo("0301");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(aev.saksreferanse())
                .taskDefinitionKey("Task_Behovsvurdering").count()).isEqualTo(1);
    }

    // ------------------------------------------------------------------------------------------------ rules

    @Test
    void fireOyneHolderForEnBrukerMedBeggeRoller() {
        nySak("0301");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        opplysningerKommer();
        arbeidsevne("teamleder0301", TEAMLEDER, true, 60, false, true, true);
        var task = forlop.oppgave(pid, "Task_Kvalitetssikre");
        engine.getIdentityService().setAuthentication("teamleder0301", TEAMLEDER);
        try {
            assertThatThrownBy(() -> engine.getTaskService().claim(task.getId(), "teamleder0301"))
                    .hasMessageContaining("Fire øyne");
            assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                    Map.of("kvalitetssikringUtfall", "GODKJENT"))).hasMessageContaining("Fire øyne");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(pi).isWaitingAt("Task_Kvalitetssikre");
        forlop.fullforSom("veileder0301", VEILEDER, pid, "Task_Kvalitetssikre", Map.of("kvalitetssikringUtfall",
                "GODKJENT"));

        List<String> beggeRoller = List.of("nay", "beslutter");
        forlop.fullforSom("saksbehandler", beggeRoller, pid, "Task_AapVedtak", Map.of("aapVedtakUtfall", "INNVILGET",
                "aapVedtakBegrunnelse", "Ok"));
        assertThatThrownBy(() -> forlop.fullforSom("saksbehandler", beggeRoller, pid, "Task_BeslutteAap",
                Map.of("beslutningUtfall", "GODKJENT"))).hasMessageContaining("Fire øyne");
        assertThat(pi).isWaitingAt("Task_BeslutteAap");
    }

    /**
     * Four eyes reads who assessed from the case log: a variable sent with the completion (or set on the case) that
     * names someone else changes nothing, on completion and on claim.
     */
    @Test
    void fireOyneLeserVurderingenFraSaksloggen_ikkeFraEnVariabelSomSendesMed() {
        nySak("0301");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        opplysningerKommer();
        arbeidsevne("veileder0301", VEILEDER, true, 60, false, true, true);
        var task = forlop.oppgave(pid, "Task_Kvalitetssikre");
        var oppgaver = engine.getTaskService();
        engine.getIdentityService().setAuthentication("veileder0301", VEILEDER);
        try {
            assertThatThrownBy(() -> oppgaver.complete(task.getId(), Map.of("kvalitetssikringUtfall", "GODKJENT",
                    "arbeidsevneVurdertAv", "veileder9999"))).hasMessageContaining("Fire øyne");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        engine.getRuntimeService().setVariable(pid, "arbeidsevneVurdertAv", "veileder9999");
        engine.getIdentityService().setAuthentication("veileder0301", VEILEDER);
        try {
            assertThatThrownBy(() -> oppgaver.claim(task.getId(), "veileder0301")).hasMessageContaining("Fire øyne");
            assertThatThrownBy(() -> oppgaver.complete(task.getId(), Map.of("kvalitetssikringUtfall", "GODKJENT")))
                    .hasMessageContaining("Fire øyne");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        // Claimed by someone else, completed by the assessor: the logged-in user counts, not the assignee.
        engine.getIdentityService().setAuthentication("teamleder0301", TEAMLEDER);
        try {
            oppgaver.claim(task.getId(), "teamleder0301");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        engine.getIdentityService().setAuthentication("veileder0301", VEILEDER);
        try {
            assertThatThrownBy(() -> oppgaver.complete(task.getId(), Map.of("kvalitetssikringUtfall", "GODKJENT")))
                    .hasMessageContaining("Fire øyne");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(pi).isWaitingAt("Task_Kvalitetssikre");
        assertThat(hendelser.forSak(ref)).noneMatch(h -> h.kode() != null && h.kode().startsWith("Kvalitetssikre:"));

        kvalitetssikre("GODKJENT");
        assertThat(hendelser.forSak(ref)).anyMatch(h -> "Kvalitetssikre:GODKJENT".equals(h.kode())
                && "teamleder0301".equals(h.utfortAv()));
    }

    /** The same for the beslutter: who proposed the vedtak comes from the case log. */
    @Test
    void beslutterenKanIkkeGiSegUtForAaVaereEnAnnen() {
        tilAapVedtak(true, 60, false, true, true);
        List<String> beggeRoller = List.of("nay", "beslutter");
        forlop.fullforSom("saksbehandler", beggeRoller, pid, "Task_AapVedtak", Map.of("aapVedtakUtfall", "INNVILGET",
                "aapVedtakBegrunnelse", "Ok"));
        engine.getRuntimeService().setVariable(pid, "aapVedtakFattetAv", "noenAndre");
        assertThatThrownBy(() -> forlop.fullforSom("saksbehandler", beggeRoller, pid, "Task_BeslutteAap",
                Map.of("beslutningUtfall", "GODKJENT", "aapVedtakFattetAv", "noenAndre")))
                .hasMessageContaining("Fire øyne");
        assertThat(pi).isWaitingAt("Task_BeslutteAap");
    }

    /**
     * "Innvilget only when the vilkår are met" reads the vilkår table's result as the case log recorded it when the
     * table was evaluated; {@code vilkarOppfylt=true} sent with the vedtak, or set on the case, does not count.
     */
    @Test
    void vilkaarLesesFraSaksloggen_vilkarOppfyltSendtMedVedtaketTellerIkke() {
        tilAapVedtak(true, 40, false, true, true);
        assertThat(variabel("vilkarOppfylt")).isEqualTo(false);
        assertThat(hendelser.forSak(ref)).anyMatch(h -> AapSaksspor.VILKAR_VURDERT.equals(h.type())
                && "IKKE_OPPFYLT:ARBEIDSEVNE_IKKE_NEDSATT_MINST_HALVPARTEN".equals(h.kode()));
        Map<String, Object> innvilget = Map.of("aapVedtakUtfall", "INNVILGET", "aapVedtakBegrunnelse", "Ok",
                "vilkarOppfylt", true, "avslagsgrunn", "");
        assertThatThrownBy(() -> forlop.fullforSom("saksbehandler", List.of("nay"), pid, "Task_AapVedtak",
                innvilget)).hasMessageContaining("vilkårene er ikke oppfylt (ARBEIDSEVNE_IKKE_NEDSATT_MINST_HALVPARTEN)");
        engine.getRuntimeService().setVariable(pid, "vilkarOppfylt", true);
        var task = forlop.oppgave(pid, "Task_AapVedtak");
        engine.getIdentityService().setAuthentication("saksbehandler", List.of("nay"));
        try {
            assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), innvilget))
                    .hasMessageContaining("vilkårene er ikke oppfylt");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(pi).isWaitingAt("Task_AapVedtak");
        vedtak("AVSLAG");
        assertThat(hendelser.forSak(ref)).anyMatch(h -> "AapVedtak:AVSLAG".equals(h.kode())
                && "saksbehandler".equals(h.utfortAv()));
    }

    @Test
    void manglendePaakrevdeFeltHolderOppgavenAapen() {
        nySak("0301");
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_Behovsvurdering", Map.of("behovsvurderingUtfall",
                "STANDARD_INNSATS"))).hasMessageContaining("Begrunnelse må fylles ut");
        assertThat(pi).isWaitingAt("Task_Behovsvurdering");
        behov("BEHOV_FOR_ARBEIDSEVNEVURDERING");
        opplysningerKommer();
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_Arbeidsevnevurdering", Map.of("nedsattArbeidsevne", true,
                "arbeidsevneBegrunnelse", "x"))).hasMessageContaining("Reduksjon");
        assertThat(pi).isWaitingAt("Task_Arbeidsevnevurdering");
    }

    @Test
    void andreAapneSakForSammePersonAvvises() {
        nySak("0301");
        // The message reaches callers of other offices: it names neither the case nor its office.
        assertThatThrownBy(() -> start.start(fnr, "4601", AapSak.Kilde.SOKNAD, null, false))
                .isInstanceOf(Konflikt.class).hasMessage("Personen har allerede en åpen arbeidsevnevurdering");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("arbeidsevnevurdering")
                .processInstanceBusinessKey(ref).count()).isEqualTo(1);
    }
}
