package no.oppfolgingsflyt.sykefravaer;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.dag;
import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.Kvittering;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import no.oppfolgingsflyt.varsel.VarselRepository;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per branch of the sykefravær process, each telling the story of one case. */
@AppTest
class GrenTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;
    @Autowired
    SakshendelseRepository hendelser;

    String ref;
    String pid;
    ProcessInstance pi;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    void nySak(String fom, String tom, int grad, boolean medArbeidsgiver) {
        Kvittering k = forlop.motta(sykmelding(Testdata.fnr(), fom, tom, grad, medArbeidsgiver));
        ref = k.saksreferanse();
        pid = forlop.sak(ref).processInstanceId();
        pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
    }

    void bekreftArbeidsgiverpliktene() {
        forlop.bekreftArbeidsgiverpliktene(ref);
    }

    /** The variable's value, also after the case has ended (then from the history). */
    Object variabel(String navn) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
            return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pid)
                    .variableName(navn).singleResult().getValue();
        }
        return engine.getRuntimeService().getVariable(pid, navn);
    }

    /** A case with confirmed employer duties that waits for "Vurder aktivitetskrav" at the stoppunkt. */
    void ventPaAktivitetskrav() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        bekreftArbeidsgiverpliktene();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-02"));
        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
    }

    // ---------------------------------------------------------------- M1 / M2: employer duties

    @Test
    void arbeidsgiverBekrefterForFristen_ingenPaminnelseOgIngenOppgave() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        Saksforlop.idag(LocalDate.parse("2025-01-20"));
        bekreftArbeidsgiverpliktene();

        assertThat(pi).hasPassed("Boundary_OppfolgingsplanBekreftet", "Boundary_Dialogmote1Bekreftet");
        forlop.kjorTil(pid, LocalDate.parse("2025-02-28"));
        assertThat(forlop.varsler(ref)).isEmpty();
        assertThat(forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isNull();
        assertThat(variabel("oppfolgingsplanBekreftelse")).isEqualTo("UTARBEIDET");
    }

    @Test
    void arbeidsgiverBekrefterEtterPaminnelsen_ingenPurring() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-01-27"));
        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_PAMINNELSE:NAERMESTE_LEDER");
        forlop.somMottak(() -> handlinger.arbeidsgiverBekrefter(ref, SakHandlinger.Plikt.OPPFOLGINGSPLAN,
                SakHandlinger.Bekreftelse.IKKE_NODVENDIG, "Kort sykefravær, full jobb igjen snart"));
        forlop.kjorTil(pid, LocalDate.parse("2025-02-17"));
        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_PAMINNELSE:NAERMESTE_LEDER",
                "DIALOGMOTE1_PAMINNELSE:NAERMESTE_LEDER");
        assertThat(forlop.oppgave(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isNull();
    }

    @Test
    void ikkeNodvendigKreverBegrunnelse() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        forlop.somMottak(() -> assertThatThrownBy(() -> handlinger.arbeidsgiverBekrefter(ref,
                SakHandlinger.Plikt.OPPFOLGINGSPLAN, SakHandlinger.Bekreftelse.IKKE_NODVENDIG, " "))
                .hasMessageContaining("begrunnelse"));
        assertThat(pi).isWaitingAt("Timer_PaminnelseOppfolgingsplan");
    }

    // ---------------------------------------------------------------- M5: uten arbeidsgiver

    @Test
    void utenArbeidsgiver_oppgaveVedUke12_ingenVarslerTilArbeidsgiver() {
        nySak("2025-01-06", "2025-12-31", 100, false);
        // The task appears a week before its due date at week 12.
        assertThat(forlop.forfall(pid, "Timer_UtenArbeidsgiver")).isEqualTo(dag("2025-03-23"));
        forlop.kjorTil(pid, LocalDate.parse("2025-03-22"));
        assertThat(forlop.oppgave(pid, "Task_FolgOppUtenArbeidsgiver")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-23"));
        assertThat(forlop.oppgave(pid, "Task_FolgOppUtenArbeidsgiver").getDueDate()).isEqualTo(dag("2025-03-30"));
        forlop.kjorTil(pid, LocalDate.parse("2025-03-30"));
        assertThat(pi).isWaitingAt("Task_FolgOppUtenArbeidsgiver", "Task_VurderAktivitetskrav");
        forlop.fullfor(pid, "Task_FolgOppUtenArbeidsgiver", Map.of("utenArbeidsgiverUtfall", "OPPFOLGING_STARTET"));
        // No employer: no dialogmøte 2 kandidat and no miss at week 26.
        forlop.kjorTil(pid, LocalDate.parse("2025-07-07"));
        assertThat(pi).hasPassed("End_IkkeKandidat", "End_Dialogmote2IRute");
        assertThat(forlop.varsler(ref)).isEmpty();
    }

    // ---------------------------------------------------------------- M3: aktivitetskrav

    @Test
    void gradertVedStoppunktet_automatiskOppfylt() {
        nySak("2025-01-06", "2025-12-31", 50, true);
        bekreftArbeidsgiverpliktene();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-02"));
        assertThat(pi).hasPassed("Task_AutomatiskOppfylt");
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
        assertThat(variabel("aktivitetskravStatus")).isEqualTo("AUTOMATISK_OPPFYLT");
    }

    @ParameterizedTest
    @CsvSource({
        "OPPFYLT, aktivitetskravArsakOppfylt, TILTAK",
        "OPPFYLT, aktivitetskravArsakOppfylt, FRISKMELDT",
        "OPPFYLT, aktivitetskravArsakOppfylt, GRADERT",
        "UNNTAK, aktivitetskravArsakUnntak, MEDISINSKE_GRUNNER",
        "UNNTAK, aktivitetskravArsakUnntak, TILRETTELEGGING_IKKE_MULIG",
        "UNNTAK, aktivitetskravArsakUnntak, SJOMENN_UTENRIKS",
        "IKKE_AKTUELL, aktivitetskravArsakIkkeAktuell, INNVILGET_VTA",
        "IKKE_AKTUELL, aktivitetskravArsakIkkeAktuell, MOTTAR_AAP",
        "IKKE_AKTUELL, aktivitetskravArsakIkkeAktuell, ER_DOD",
        "IKKE_AKTUELL, aktivitetskravArsakIkkeAktuell, ANNET"})
    void endeligVurderingAvAktivitetskrav(String utfall, String arsakFelt, String arsak) {
        ventPaAktivitetskrav();
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", utfall, arsakFelt, arsak,
                "aktivitetskravBeskrivelse", "Vurdert etter samtale"));
        assertThat(pi).hasPassed("End_AktivitetskravVurdert");
        assertThat(variabel("aktivitetskravStatus")).isEqualTo(utfall);
        assertThat(variabel("aktivitetskravArsak")).isEqualTo(arsak);
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("VURDERING")
                && h.kode().equals("AKTIVITETSKRAV:" + utfall + ":" + arsak) && h.utfortAv().equals("veileder0301"));
        // «Er død» closes the person's cases (see person.Dodsfall); every other outcome leaves the case open.
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo(arsak.equals("ER_DOD") ? "DOD" : null);
    }

    @Test
    void reglerForAktivitetskravHolderOppgavenAapen() {
        ventPaAktivitetskrav();
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall",
                "OPPFYLT", "aktivitetskravArsakOppfylt", "TILTAK"))).hasMessageContaining("Beskrivelse må fylles ut");
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall",
                "UNNTAK", "aktivitetskravArsakUnntak", "GRADERT"))).hasMessageContaining("Årsak");
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall",
                "IKKE_OPPFYLT"))).hasMessageContaining("Utfall");
        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
    }

    /** The case log names the logged-in user who completed the task, not whoever the task was assigned to. */
    @Test
    void vurderingenRegistreresPaaDenInnloggedeBrukeren() {
        ventPaAktivitetskrav();
        var task = forlop.oppgave(pid, "Task_VurderAktivitetskrav");
        engine.getTaskService().setAssignee(task.getId(), "veileder0301");
        engine.getIdentityService().setAuthentication("teamleder0301", java.util.List.of("enhet0301",
                "teamleder0301"));
        try {
            engine.getTaskService().complete(task.getId(), Map.of("aktivitetskravUtfall", "UNNTAK",
                    "aktivitetskravArsakUnntak", "MEDISINSKE_GRUNNER"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("VURDERING")
                && h.kode().equals("AKTIVITETSKRAV:UNNTAK:MEDISINSKE_GRUNNER") && h.utfortAv().equals("teamleder0301"));
    }

    @Test
    void avventKommerTilbakePaaFristen() {
        ventPaAktivitetskrav();
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "AVVENT",
                "aktivitetskravArsakAvvent", "INFORMASJON_BEHANDLER", "aktivitetskravBeskrivelse", "Venter på lege",
                "avventFrist", "2025-03-20"));
        assertThat(pi).isWaitingAt("Timer_Avvent");
        assertThat(forlop.forfall(pid, "Timer_Avvent")).isEqualTo(dag("2025-03-20"));
        forlop.kjorTil(pid, LocalDate.parse("2025-03-19"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-20"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-20"));
    }

    @Test
    void forhandsvarselSaVurderStans() {
        ventPaAktivitetskrav();
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall",
                "FORHANDSVARSEL", "forhandsvarselSvarfrist", "2025-03-12"))).hasMessageContaining("21 og 42");
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "FORHANDSVARSEL"));
        assertThat(forlop.varsler(ref)).contains("AKTIVITETSKRAV_FORHANDSVARSEL:SYKMELDT");
        // Default answer deadline: 21 days after the forhåndsvarsel (sent 2025-03-02).
        assertThat(forlop.forfall(pid, "Timer_SvarfristForhandsvarsel")).isEqualTo(dag("2025-03-23"));
        forlop.kjorTil(pid, LocalDate.parse("2025-03-23"));
        assertThat(pi).isWaitingAt("Task_VurderStans");
        assertThatThrownBy(() -> forlop.fullfor(pid, "Task_VurderStans", Map.of("stansUtfall",
                "INNSTILLING_OM_STANS", "stansBegrunnelse", "Ingen aktivitet"))).hasMessageContaining("Stans fra");
        forlop.fullfor(pid, "Task_VurderStans", Map.of("stansUtfall", "INNSTILLING_OM_STANS",
                "stansFom", "2025-03-24", "stansBegrunnelse", "Ingen aktivitet og ingen unntak"));
        assertThat(pi).hasPassed("End_StansVurdert");
        assertThat(variabel("aktivitetskravStatus")).isEqualTo("INNSTILLING_OM_STANS");
    }

    @Test
    void forfalteOppgaverEskaleresTilTeamleder() {
        ventPaAktivitetskrav();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-15"));
        assertThat(teamlederSer("Task_VurderAktivitetskrav")).isFalse();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-16"));
        assertThat(teamlederSer("Task_VurderAktivitetskrav")).isTrue();
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getPriority()).isEqualTo(80);
    }

    boolean teamlederSer(String oppgave) {
        return engine.getTaskService().getIdentityLinksForTask(forlop.oppgave(pid, oppgave).getId()).stream()
                .map(IdentityLink::getGroupId).anyMatch("teamleder0301"::equals);
    }

    // ---------------------------------------------------------------- M6: dialogmøte 2

    void ventPaDialogmote2() {
        nySak("2025-01-06", "2025-12-31", 50, true);
        bekreftArbeidsgiverpliktene();
        forlop.kjorTil(pid, LocalDate.parse("2025-05-05"));
        assertThat(pi).isWaitingAt("Task_VurderDialogmote2");
        assertThat(forlop.oppgave(pid, "Task_VurderDialogmote2").getDueDate()).isEqualTo(dag("2025-07-06"));
    }

    @Test
    void dialogmote2Unntak_ingenEskaleringVed26Uker() {
        ventPaDialogmote2();
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "FORVENTET_FRISKMELDING_INNEN_28UKER"));
        forlop.kjorTil(pid, LocalDate.parse("2025-07-06"));
        assertThat(pi).hasPassed("End_Dialogmote2Unntak", "End_Dialogmote2IRute");
        assertThat(variabel("dialogmote2FristBrutt")).isNull();
    }

    @Test
    void dialogmote2IkkeAktuell() {
        ventPaDialogmote2();
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "IKKE_AKTUELL",
                "dialogmote2ArsakIkkeAktuell", "ARBEIDSFORHOLD_OPPHORT"));
        assertThat(variabel("dialogmote2Status")).isEqualTo("IKKE_AKTUELL");
    }

    @Test
    void dialogmote2IkkeHoldtInnen26Uker_eskaleresOgTellerSomBrudd() {
        ventPaDialogmote2();
        forlop.kjorTil(pid, LocalDate.parse("2025-07-06"));
        assertThat(pi).hasPassed("Task_EskalerDialogmote2");
        assertThat(variabel("dialogmote2FristBrutt")).isEqualTo(true);
        assertThat(teamlederSer("Task_VurderDialogmote2")).isTrue();
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("DIALOGMOTE2_FRIST_BRUTT"));
    }

    @Test
    void dialogmote2NyttTidStedOgAvlysning() {
        ventPaDialogmote2();
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "INNKALL",
                "motetidspunkt", "2025-05-20T10:00", "motested", "Video"));
        forlop.somMottak(() -> handlinger.dialogmoteSvar(ref, SakHandlinger.Deltaker.ARBEIDSGIVER,
                SakHandlinger.MoteSvar.KOMMER, null));
        assertThat(pi).isWaitingAt("Gateway_VentPaMotet");
        forlop.somMottak(() -> handlinger.dialogmoteSvar(ref, SakHandlinger.Deltaker.ARBEIDSTAKER,
                SakHandlinger.MoteSvar.NYTT_TID_STED, "Er på behandling den dagen"));
        assertThat(pi).isWaitingAt("Task_VurderNyttTidSted");
        forlop.fullfor(pid, "Task_VurderNyttTidSted", Map.of("nyttTidStedUtfall", "NYTT_TID_STED",
                "nyttMotetidspunkt", "2025-05-27T10:00", "nyttMotested", "NAV Grünerløkka"));
        assertThat(forlop.forfall(pid, "Timer_Motetidspunkt"))
                .isEqualTo(Datoer.tidspunkt(LocalDateTime.parse("2025-05-27T10:00")));
        assertThat(forlop.varsler(ref)).contains("DIALOGMOTE_NYTT_TID_STED:SYKMELDT",
                "DIALOGMOTE_NYTT_TID_STED:NAERMESTE_LEDER");
        forlop.somMottak(() -> handlinger.dialogmoteSvar(ref, SakHandlinger.Deltaker.BEHANDLER,
                SakHandlinger.MoteSvar.NYTT_TID_STED, "Kan ikke komme"));
        forlop.fullfor(pid, "Task_VurderNyttTidSted", Map.of("nyttTidStedUtfall", "BEHOLD"));
        assertThat(pi).isWaitingAt("Gateway_VentPaMotet");
        forlop.somMottak(() -> handlinger.dialogmoteSvar(ref, SakHandlinger.Deltaker.ARBEIDSGIVER,
                SakHandlinger.MoteSvar.NYTT_TID_STED, "Ferie"));
        forlop.fullfor(pid, "Task_VurderNyttTidSted", Map.of("nyttTidStedUtfall", "AVLYS"));
        assertThat(forlop.varsler(ref)).contains("DIALOGMOTE_AVLYST:SYKMELDT");
        assertThat(pi).isWaitingAt("Task_VurderDialogmote2");
        assertThat(variabel("dialogmote2Status")).isEqualTo("AVLYST");
    }

    @Test
    void dialogmoteSvarUtenInnkallingErKonflikt() {
        ventPaDialogmote2();
        forlop.somMottak(() -> assertThatThrownBy(() -> handlinger.dialogmoteSvar(ref,
                SakHandlinger.Deltaker.ARBEIDSGIVER, SakHandlinger.MoteSvar.KOMMER, null))
                .isInstanceOf(Konflikt.class));
    }

    // ---------------------------------------------------------------- M7: 39 uker

    @Test
    void svarPa39UkersBrevetGirOppgaveMedEnGang() {
        nySak("2025-01-06", "2025-12-31", 50, true);
        bekreftArbeidsgiverpliktene();
        forlop.kjorTil(pid, LocalDate.parse("2025-05-05"));
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "MEDISINSKE_GRUNNER"));
        forlop.kjorTil(pid, LocalDate.parse("2025-10-06"));
        assertThat(forlop.varsler(ref)).contains("SNART_SLUTT_PA_SYKEPENGER:SYKMELDT");
        assertThat(pi).isWaitingAt("Gateway_Svar39Uker");
        forlop.somMottak(() -> handlinger.svar39Uker(ref, true, "Jeg trenger hjelp til å komme tilbake"));
        assertThat(pi).isWaitingAt("Task_VurderVidereOppfolging");
        forlop.fullfor(pid, "Task_VurderVidereOppfolging", Map.of("videreOppfolgingUtfall",
                "START_ARBEIDSEVNEVURDERING"));
        assertThat(pi).hasPassed("End_VidereOppfolgingVurdert");
        forlop.somMottak(() -> assertThatThrownBy(() -> handlinger.svar39Uker(ref, false, null))
                .isInstanceOf(Konflikt.class));
    }

    // ---------------------------------------------------------------- any time

    @Test
    void motebehovGirOppgave() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        forlop.somMottak(() -> handlinger.motebehov(ref, SakHandlinger.Part.ARBEIDSGIVER, "Ønsker møte tidlig"));
        assertThat(pi).isWaitingAt("Task_VurderMotebehov");
        forlop.fullfor(pid, "Task_VurderMotebehov", Map.of("motebehovUtfall", "INNKALL_TIL_DIALOGMOTE"));
        assertThat(pi).hasPassed("End_MotebehovVurdert");
        assertThat(pi).isWaitingAt("Timer_PaminnelseOppfolgingsplan");
    }

    @Test
    void friskmeldingMidtIForlopet_alltLukkesOgIngentingSendesEtterpa() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-03-03"));
        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
        int forFriskmelding = forlop.varsler(ref).size();

        forlop.somMottak(() -> handlinger.friskmelding(ref, LocalDate.parse("2025-03-03")));

        assertThat(pi).isEnded();
        assertThat(pi).hasPassed("Task_LukkSak");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pid).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pid).count()).isZero();
        Sak sak = forlop.sak(ref);
        assertThat(sak.status()).isEqualTo(Sak.Status.AVSLUTTET);
        assertThat(sak.avsluttetGrunn()).isEqualTo("FRISKMELDT");
        assertThat(forlop.varselstatuser(ref)).isNotEmpty().allMatch(s -> s == VarselRepository.Status.STOPPET
                || s == VarselRepository.Status.SENDT);
        assertThat(forlop.instanserISaken(pid)).containsExactly(pid);
        forlop.kjorTil(pid, LocalDate.parse("2026-02-01"));
        assertThat(forlop.varsler(ref)).hasSize(forFriskmelding);
        forlop.somMottak(() -> assertThatThrownBy(() -> handlinger.motebehov(ref, SakHandlinger.Part.ARBEIDSTAKER,
                null)).isInstanceOf(Konflikt.class));
    }

    @Test
    void tilfelletErOverEtter16DagerUtenSykmelding() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        assertThat(forlop.forfall(pid, "Start_TilfelleAvsluttet")).isEqualTo(dag("2025-02-17"));
        forlop.kjorTil(pid, LocalDate.parse("2025-02-16"));
        assertThat(pi).isNotEnded();
        forlop.kjorTil(pid, LocalDate.parse("2025-02-17"));
        assertThat(pi).isEnded();
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("TILFELLE_AVSLUTTET");
    }

    @Test
    void sykmeldingFraDag16EtterSisteSykedag_fortsetterTilfellet() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-02-16"));
        Kvittering k = forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-02-16", "2025-03-31", 100, true));
        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.SAK_OPPDATERT));
        assertThat(forlop.sak(ref).tilfelleStart()).isEqualTo("2025-01-06");
        assertThat(pi).isNotEnded();
    }

    @Test
    void sykmeldingFraDag17EtterSisteSykedag_starterNyttTilfelle() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-02-16"));
        Kvittering k = forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-02-17", "2025-03-31", 100, true));
        assertThat(k.resultat()).isEqualTo(Kvittering.Resultat.NY_SAK);
        assertThat(forlop.sak(k.saksreferanse()).tilfelleStart()).isEqualTo("2025-02-17");
        assertThat(pi).isEnded();
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("TILFELLE_AVSLUTTET");
    }

    @Test
    void senSykmeldingSomStarterTidligereFlytterAlleFrister() {
        nySak("2025-01-20", "2025-12-31", 100, true);
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-03-09"));
        forlop.kjorTil(pid, LocalDate.parse("2025-02-10"));
        assertThat(pi).isWaitingAt("Timer_PurringOppfolgingsplan");

        SykmeldingInn tidligere = sykmelding(forlop.sakFnr(ref), "2025-01-06", "2025-01-19", 100, true);
        assertThat(forlop.motta(tidligere)).isEqualTo(new Kvittering(ref, Kvittering.Resultat.SAK_OPPDATERT));

        assertThat(forlop.sak(ref).tilfelleStart()).isEqualTo("2025-01-06");
        assertThat(variabel("tilfelleStart")).isEqualTo(dag("2025-01-06"));
        assertThat(forlop.forfall(pid, "Timer_PurringOppfolgingsplan")).isEqualTo(dag("2025-02-03"));
        assertThat(forlop.forfall(pid, "Timer_PaminnelseDialogmote1")).isEqualTo(dag("2025-02-16"));
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-02-23"));
        assertThat(forlop.forfall(pid, "Timer_Dialogmotekandidat")).isEqualTo(dag("2025-05-05"));
        assertThat(forlop.forfall(pid, "Timer_FristDialogmote2")).isEqualTo(dag("2025-07-06"));
        assertThat(forlop.forfall(pid, "Timer_39Uker")).isEqualTo(dag("2025-10-05"));
        assertThat(forlop.forfall(pid, "Timer_Maksdato")).isEqualTo(dag("2026-01-04"));
        // The purring that is now overdue goes out at once.
        forlop.kjorTil(pid, LocalDate.parse("2025-02-10"));
        assertThat(forlop.varsler(ref)).contains("OPPFOLGINGSPLAN_PURRING:NAERMESTE_LEDER");
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("TILFELLE_ENDRET"));
    }

    @Test
    void senSykmeldingFlytterOgsaFristenPaAapenOppgave() {
        nySak("2025-01-20", "2025-12-31", 100, true);
        bekreftArbeidsgiverpliktene();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-16"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-16"));
        assertThat(forlop.forfall(pid, "Task_VurderAktivitetskrav")).isEqualTo(dag("2025-03-30"));
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-01-06", "2025-01-19", 100, true));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
        // Its escalation is counted from the stoppunkt, so it moves with it.
        assertThat(forlop.forfall(pid, "Task_VurderAktivitetskrav")).isEqualTo(dag("2025-03-16"));
    }

    @Test
    void senereSykmeldingerFlytterIkkeEskaleringOgSvarfrist() {
        nySak("2025-01-20", "2025-06-30", 100, true);
        // The oppfølgingsplan task appears 2025-02-24 (due a week later) and goes to the team lead 14 days after that.
        forlop.kjorTil(pid, LocalDate.parse("2025-02-24"));
        assertThat(forlop.forfall(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isEqualTo(dag("2025-03-17"));
        Saksforlop.idag(LocalDate.parse("2025-03-01"));
        // S moves two weeks earlier and the sick leave gets longer: the escalation date stays.
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-01-06", "2025-01-19", 100, true));
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-03-15", "2025-12-31", 100, true));
        assertThat(forlop.sak(ref).tilfelleStart()).isEqualTo("2025-01-06");
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-02-23"));
        assertThat(forlop.forfall(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isEqualTo(dag("2025-03-17"));

        // The 39-week letter's answer deadline is 10 days after the letter, whatever comes later.
        forlop.kjorTil(pid, LocalDate.parse("2025-10-05"));
        assertThat(pi).isWaitingAt("Gateway_Svar39Uker");
        java.util.Date svarfrist = forlop.forfall(pid, "Timer_Svarfrist39Uker");
        assertThat(Datoer.dato(svarfrist)).isEqualTo("2025-10-15");
        Saksforlop.idag(LocalDate.parse("2025-10-10"));
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-10-10", "2026-01-04", 50, true));
        assertThat(forlop.sak(ref).sisteSykedag()).isEqualTo("2026-01-04");
        assertThat(forlop.forfall(pid, "Timer_Svarfrist39Uker")).isEqualTo(svarfrist);
        assertThat(forlop.forfall(pid, "Task_KontaktArbeidsgiverOppfolgingsplan")).isNull();
    }

    @Test
    void toSykmeldinger10DagerMellom_ettTilfelle() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        String fnr = forlop.sakFnr(ref);
        Saksforlop.idag(LocalDate.parse("2025-02-10"));
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-02-11", "2025-03-31", 100, true));
        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.SAK_OPPDATERT));
        assertThat(forlop.sak(ref).sisteSykedag()).isEqualTo("2025-03-31");
        assertThat(forlop.forfall(pid, "Start_TilfelleAvsluttet")).isEqualTo(dag("2025-04-17"));
    }

    @Test
    void toSykmeldinger20DagerMellom_toTilfeller() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        String fnr = forlop.sakFnr(ref);
        Saksforlop.idag(LocalDate.parse("2025-02-19"));
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-02-21", "2025-03-31", 100, true));
        assertThat(k.resultat()).isEqualTo(Kvittering.Resultat.NY_SAK);
        assertThat(k.saksreferanse()).isNotEqualTo(ref);
        assertThat(pi).isEnded();
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("TILFELLE_AVSLUTTET");
        assertThat(forlop.sak(k.saksreferanse()).tilfelleStart()).isEqualTo("2025-02-21");
    }

    @Test
    void sammeSykmeldingToGanger_endrerIngenting() {
        SykmeldingInn sm = sykmelding(Testdata.fnr(), "2025-01-06", "2025-03-31", 100, true);
        Kvittering forste = forlop.motta(sm);
        Kvittering andre = forlop.motta(sm);
        assertThat(andre).isEqualTo(new Kvittering(forste.saksreferanse(), Kvittering.Resultat.ALLEREDE_MOTTATT));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(forste.saksreferanse()).count()).isEqualTo(1);
        SykmeldingInn endret = new SykmeldingInn(sm.sykmeldingId(), sm.fnr(), java.util.List.of(
                new SykmeldingInn.PeriodeInn(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-04-30"), 100)),
                sm.orgnummer(), sm.naermesteLeder(), sm.sykmelder(), sm.enhet());
        assertThatThrownBy(() -> forlop.motta(endret)).isInstanceOf(Konflikt.class);
        assertThat(forlop.sak(forste.saksreferanse()).sisteSykedag()).isEqualTo("2025-03-31");
    }

    @Test
    void trekkeTilbakeVurdering_stegetAapnesIgjen() {
        ventPaAktivitetskrav();
        forlop.somVeileder(() -> assertThatThrownBy(() -> handlinger.trekkTilbakeVurdering(ref,
                SakHandlinger.Steg.AKTIVITETSKRAV, "Feil")).isInstanceOf(Konflikt.class));
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "SJOMENN_UTENRIKS"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();

        forlop.somVeileder(() -> handlinger.trekkTilbakeVurdering(ref, SakHandlinger.Steg.AKTIVITETSKRAV,
                "Valgte feil person i listen"));

        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
        assertThat(variabel("aktivitetskravStatus")).isNull();
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("VURDERING_TRUKKET_TILBAKE")
                && h.kode().equals("AKTIVITETSKRAV") && h.begrunnelse().equals("Valgte feil person i listen")
                && h.utfortAv().equals("veileder0301"));
        Map<String, Object> ny = new HashMap<>(Map.of("aktivitetskravUtfall", "OPPFYLT",
                "aktivitetskravArsakOppfylt", "GRADERT", "aktivitetskravBeskrivelse", "Gradert fra uke 7"));
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", ny);
        assertThat(variabel("aktivitetskravStatus")).isEqualTo("OPPFYLT");
    }

    void trekkTilbake(SakHandlinger.Steg steg) {
        forlop.somVeileder(() -> handlinger.trekkTilbakeVurdering(ref, steg, "Feil utfall valgt"));
    }

    @Test
    void trekkeTilbakeAvvent_fristenGarTilbakeTilStoppunktet() {
        ventPaAktivitetskrav();
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "AVVENT",
                "aktivitetskravArsakAvvent", "INFORMASJON_BEHANDLER", "aktivitetskravBeskrivelse", "Venter på lege",
                "avventFrist", "2025-03-20"));
        assertThat(variabel("fristVurderAktivitetskrav")).isEqualTo(dag("2025-03-20"));

        trekkTilbake(SakHandlinger.Steg.AKTIVITETSKRAV);

        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
        assertThat(forlop.timer(pid, "Timer_Avvent")).isNull();
        for (String navn : java.util.List.of("aktivitetskravUtfall", "aktivitetskravStatus", "aktivitetskravArsak",
                "aktivitetskravArsakAvvent", "aktivitetskravBeskrivelse", "avventFrist")) {
            assertThat(variabel(navn)).as(navn).isNull();
        }
        assertThat(variabel("fristVurderAktivitetskrav")).isEqualTo(dag("2025-03-02"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
    }

    @Test
    void trekkeTilbakeForhandsvarsel_svarfristenFaller() {
        ventPaAktivitetskrav();
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "FORHANDSVARSEL"));
        assertThat(pi).isWaitingAt("Timer_SvarfristForhandsvarsel");

        trekkTilbake(SakHandlinger.Steg.AKTIVITETSKRAV);

        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
        assertThat(forlop.timer(pid, "Timer_SvarfristForhandsvarsel")).isNull();
        assertThat(variabel("forhandsvarselSvarfrist")).isNull();
        assertThat(variabel("aktivitetskravStatus")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-24"));
        assertThat(forlop.oppgave(pid, "Task_VurderStans")).isNull();
    }

    @Test
    void trekkeTilbakeUnntakForDialogmote2_uke26TellerSomBrudd() {
        ventPaDialogmote2();
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "MEDISINSKE_GRUNNER"));
        assertThat(variabel("dialogmote2Avklart")).isEqualTo(true);

        trekkTilbake(SakHandlinger.Steg.DIALOGMOTE2);

        assertThat(pi).isWaitingAt("Task_VurderDialogmote2");
        assertThat(variabel("dialogmote2Avklart")).isEqualTo(false);
        assertThat(variabel("dialogmote2Status")).isNull();
        assertThat(variabel("dialogmote2ArsakUnntak")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-07-06"));
        assertThat(pi).hasPassed("Task_EskalerDialogmote2");
        assertThat(variabel("dialogmote2FristBrutt")).isEqualTo(true);
    }

    @Test
    void trekkeTilbakeDialogmote2EtterUke26_bruddetRegistreres() {
        ventPaDialogmote2();
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "IKKE_AKTUELL",
                "dialogmote2ArsakIkkeAktuell", "DIALOGMOTE_AVHOLDT"));
        forlop.kjorTil(pid, LocalDate.parse("2025-07-07"));
        assertThat(pi).hasPassed("End_Dialogmote2IRute");
        assertThat(variabel("dialogmote2FristBrutt")).isNull();

        trekkTilbake(SakHandlinger.Steg.DIALOGMOTE2);

        assertThat(pi).hasPassed("Task_EskalerDialogmote2");
        assertThat(variabel("dialogmote2FristBrutt")).isEqualTo(true);
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("DIALOGMOTE2_FRIST_BRUTT"));
        // The task that opens again is past its due date: the team lead gets it 14 days after that.
        assertThat(forlop.oppgave(pid, "Task_VurderDialogmote2").getDueDate()).isEqualTo(dag("2025-07-06"));
        assertThat(forlop.forfall(pid, "Task_VurderDialogmote2")).isEqualTo(dag("2025-07-20"));
    }

    @Test
    void trekkeTilbakeInnkalling_deInnkalteFarAvlysning() {
        ventPaDialogmote2();
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "INNKALL",
                "motetidspunkt", "2025-05-20T10:00", "motested", "NAV Grünerløkka"));
        assertThat(forlop.varsler(ref)).contains("DIALOGMOTE_INNKALLING:SYKMELDT",
                "DIALOGMOTE_INNKALLING:NAERMESTE_LEDER").doesNotContain("DIALOGMOTE_AVLYST:SYKMELDT");

        trekkTilbake(SakHandlinger.Steg.DIALOGMOTE2);

        assertThat(forlop.varsler(ref)).contains("DIALOGMOTE_AVLYST:SYKMELDT", "DIALOGMOTE_AVLYST:NAERMESTE_LEDER");
        assertThat(pi).hasPassed("Task_SendAvlysning");
        assertThat(pi).isWaitingAt("Task_VurderDialogmote2");
        assertThat(forlop.timer(pid, "Timer_Motetidspunkt")).isNull();
        assertThat(variabel("motetidspunkt")).isNull();
        assertThat(variabel("dialogmote2Status")).isNull();
        assertThat(variabel("dialogmote2Avklart")).isEqualTo(false);
        forlop.somMottak(() -> assertThatThrownBy(() -> handlinger.dialogmoteSvar(ref,
                SakHandlinger.Deltaker.ARBEIDSGIVER, SakHandlinger.MoteSvar.KOMMER, null)).isInstanceOf(Konflikt.class));
    }

    @Test
    void trekkeTilbakeVidereOppfolging_oppgavenApnesIgjen() {
        nySak("2025-01-06", "2025-12-31", 50, true);
        bekreftArbeidsgiverpliktene();
        forlop.kjorTil(pid, LocalDate.parse("2025-05-05"));
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "UNNTAK",
                "dialogmote2ArsakUnntak", "MEDISINSKE_GRUNNER"));
        forlop.kjorTil(pid, LocalDate.parse("2025-10-05"));
        forlop.kjorTil(pid, LocalDate.parse("2025-10-15"));
        forlop.fullfor(pid, "Task_VurderVidereOppfolging", Map.of("videreOppfolgingUtfall", "INGEN_TILTAK",
                "videreOppfolgingBeskrivelse", "Blir friskmeldt snart"));

        trekkTilbake(SakHandlinger.Steg.VIDERE_OPPFOLGING);

        assertThat(pi).isWaitingAt("Task_VurderVidereOppfolging");
        assertThat(variabel("videreOppfolgingUtfall")).isNull();
        assertThat(variabel("videreOppfolgingBeskrivelse")).isNull();
        forlop.fullfor(pid, "Task_VurderVidereOppfolging", Map.of("videreOppfolgingUtfall", "ANNEN_OPPFOLGING"));
        assertThat(variabel("videreOppfolgingUtfall")).isEqualTo("ANNEN_OPPFOLGING");
    }

    @Test
    void trekkeTilbakeKreverKontoretsVeileder() {
        ventPaAktivitetskrav();
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "SJOMENN_UTENRIKS"));
        engine.getIdentityService().setAuthentication("veileder4601", java.util.List.of("enhet4601"));
        try {
            assertThatThrownBy(() -> handlinger.trekkTilbakeVurdering(ref, SakHandlinger.Steg.AKTIVITETSKRAV,
                    "Feil")).isInstanceOf(no.oppfolgingsflyt.api.IkkeFunnet.class); // as an unknown case
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
    }
}
