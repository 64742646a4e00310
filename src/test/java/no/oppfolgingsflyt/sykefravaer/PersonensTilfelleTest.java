package no.oppfolgingsflyt.sykefravaer;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.dag;
import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.Kvittering;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tilfelle belongs to the person: it is built from all of the person's sykmeldinger, goes on after its case
 * closed, and gets no new 52-week timeline after maksdato.
 */
@AppTest
class PersonensTilfelleTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
    @Autowired
    SakHandlinger handlinger;
    @Autowired
    SakshendelseRepository hendelser;
    @Autowired
    AapStart aap;
    @Autowired
    no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingMottak mottak;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String fnr;
    String ref;
    String pid;
    ProcessInstance pi;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
        fnr = Testdata.fnr();
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    /** Delivers the sykmelding that starts a new case; returns its id. */
    String nySak(String fom, String tom) {
        var sm = sykmelding(fnr, fom, tom, 100, true);
        Kvittering k = forlop.motta(sm);
        assertThat(k.resultat()).isEqualTo(Kvittering.Resultat.NY_SAK);
        ref = k.saksreferanse();
        pid = forlop.sak(ref).processInstanceId();
        pi = instans(pid);
        return sm.sykmeldingId();
    }

    ProcessInstance instans(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** A case whose aktivitetskrav is vurdert, friskmeldt from 2025-03-10: the last sick day is 2025-03-09. */
    void friskmeldtEtterAktivitetskravet() {
        nySak("2025-01-06", "2025-12-31");
        forlop.bekreftArbeidsgiverpliktene(ref);
        forlop.kjorTil(pid, LocalDate.parse("2025-03-02"));
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "MEDISINSKE_GRUNNER"));
        Saksforlop.idag(LocalDate.parse("2025-03-10"));
        forlop.somMottak(() -> handlinger.friskmelding(ref, LocalDate.parse("2025-03-10")));
        assertThat(pi).isEnded();
        Sak sak = forlop.sak(ref);
        assertThat(sak.avsluttetGrunn()).isEqualTo("FRISKMELDT");
        assertThat(sak.sisteSykedag()).isEqualTo("2025-03-09");
    }

    @Test
    void sykmeldingInnen16DagerEtterFriskmelding_fortsetterTilfellet() {
        friskmeldtEtterAktivitetskravet();
        // 2025-03-25 is the 16th day after the last sick day 2025-03-09: the tilfelle is still open.
        Saksforlop.idag(LocalDate.parse("2025-03-25"));
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-03-25", "2025-06-30", 100, true));

        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.SAK_GJENOPPTATT));
        Sak sak = forlop.sak(ref);
        assertThat(sak.status()).isEqualTo(Sak.Status.AKTIV);
        assertThat(sak.tilfelleStart()).isEqualTo("2025-01-06");
        assertThat(sak.sisteSykedag()).isEqualTo("2025-06-30");
        String pid2 = sak.processInstanceId();
        assertThat(pid2).isNotEqualTo(pid);
        ProcessInstance pi2 = instans(pid2);
        // Same S, same deadlines; what the tilfelle has passed (aktivitetskrav vurdert, the employer's confirmations)
        // is not repeated, the rest is armed again.
        assertThat(pi2).isWaitingAt("Timer_Dialogmotekandidat", "Timer_FristDialogmote2", "Timer_39Uker",
                "Timer_Maksdato");
        assertThat(forlop.timer(pid2, "Timer_StoppunktAktivitetskrav")).isNull();
        assertThat(forlop.timer(pid2, "Timer_PaminnelseOppfolgingsplan")).isNull();
        assertThat(forlop.timer(pid2, "Timer_PaminnelseDialogmote1")).isNull();
        assertThat(forlop.forfall(pid2, "Timer_Dialogmotekandidat")).isEqualTo(dag("2025-05-05"));
        assertThat(forlop.forfall(pid2, "Timer_Maksdato")).isEqualTo(dag("2026-01-04"));
        assertThat(forlop.forfall(pid2, "Start_TilfelleAvsluttet")).isEqualTo(dag("2025-07-17"));
        assertThat(engine.getRuntimeService().getVariable(pid2, "aktivitetskravStatus")).isEqualTo("UNNTAK");
        forlop.kjorTil(pid2, LocalDate.parse("2025-04-01"));
        assertThat(forlop.oppgave(pid2, "Task_VurderAktivitetskrav")).isNull();
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("SAK_GJENOPPTATT")
                && "FRISKMELDT".equals(h.kode()));
        // The case goes on to its next milestone.
        forlop.kjorTil(pid2, LocalDate.parse("2025-05-05"));
        assertThat(pi2).isWaitingAt("Task_VurderDialogmote2");
    }

    @Test
    void sykmeldingEtter16DagerUtenSykefravaerEtterFriskmelding_nyttTilfelle() {
        friskmeldtEtterAktivitetskravet();
        Saksforlop.idag(LocalDate.parse("2025-03-26"));
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-03-26", "2025-06-30", 100, true));
        assertThat(k.resultat()).isEqualTo(Kvittering.Resultat.NY_SAK);
        assertThat(forlop.sak(k.saksreferanse()).tilfelleStart()).isEqualTo("2025-03-26");
        assertThat(forlop.sak(ref).status()).isEqualTo(Sak.Status.AVSLUTTET);
    }

    @Test
    void senSykmeldingForLukketSak_tilfelletFortsetterMedSammeStart() {
        nySak("2025-01-06", "2025-01-31");
        forlop.kjorTil(pid, LocalDate.parse("2025-02-17"));
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("TILFELLE_AVSLUTTET");

        // On 2025-03-01 a sykmelding from 2025-02-10 arrives: 9 free days, the same tilfelle, which now runs on.
        Saksforlop.idag(LocalDate.parse("2025-03-01"));
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-02-10", "2025-03-31", 100, true));

        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.SAK_GJENOPPTATT));
        Sak sak = forlop.sak(ref);
        assertThat(sak.tilfelleStart()).isEqualTo("2025-01-06");
        String pid2 = sak.processInstanceId();
        assertThat(forlop.forfall(pid2, "Start_TilfelleAvsluttet")).isEqualTo(dag("2025-04-17"));
        // The stoppunkt (2025-03-02) is a day away: the task is there at once, due on it.
        forlop.kjorTil(pid2, LocalDate.parse("2025-03-01"));
        assertThat(forlop.oppgave(pid2, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
    }

    @Test
    void senSykmeldingSomLaTilfelletVaereOver_registreresPaDenLukkedeSaken() {
        nySak("2025-01-06", "2025-01-31");
        forlop.kjorTil(pid, LocalDate.parse("2025-02-17"));
        long instanser = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(ref).processDefinitionKey("sykefravaersoppfolging").count();
        Saksforlop.idag(LocalDate.parse("2025-04-01"));
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-02-10", "2025-02-20", 100, true));
        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.AVSLUTTET_TILFELLE));
        Sak sak = forlop.sak(ref);
        assertThat(sak.status()).isEqualTo(Sak.Status.AVSLUTTET);
        assertThat(sak.sisteSykedag()).isEqualTo("2025-02-20");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("sykefravaersoppfolging").count()).isEqualTo(instanser);
    }

    @Test
    void sykmeldingSomBinderSammenToSaker_enSakFolgerTilfellet() {
        nySak("2025-01-06", "2025-01-31");
        forlop.kjorTil(pid, LocalDate.parse("2025-02-17"));
        String forste = ref;
        Saksforlop.idag(LocalDate.parse("2025-02-20"));
        nySak("2025-02-20", "2025-04-30");
        String andre = ref;
        // A late sykmelding fills the gap: one tilfelle from 2025-01-06, followed in the active case.
        Kvittering k = forlop.motta(sykmelding(fnr, "2025-02-01", "2025-02-19", 100, true));
        assertThat(k).isEqualTo(new Kvittering(andre, Kvittering.Resultat.SAK_OPPDATERT));
        assertThat(forlop.sak(andre).tilfelleStart()).isEqualTo("2025-01-06");
        assertThat(forlop.sak(forste).status()).isEqualTo(Sak.Status.AVSLUTTET);
        assertThat(hendelser.forSak(forste)).anyMatch(h -> h.type().equals("SAK_SLATT_SAMMEN")
                && andre.equals(h.kode()));
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-02-23"));
    }

    // ---------------------------------------------------------------- annulled sykmeldinger

    String lever(String fom, String tom) {
        var sm = sykmelding(fnr, fom, tom, 100, true);
        forlop.motta(sm);
        return sm.sykmeldingId();
    }

    void annuller(String sykmeldingId) {
        forlop.somMottak(() -> mottak.annuller(sykmeldingId));
    }

    @Test
    void annulleringFlytterStartenSenere_fristeneFolgerMed() {
        String forste = nySak("2025-01-06", "2025-01-19");
        lever("2025-01-20", "2025-12-31");
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-02-23"));

        Saksforlop.idag(LocalDate.parse("2025-01-22"));
        annuller(forste);

        Sak sak = forlop.sak(ref);
        assertThat(sak.status()).isEqualTo(Sak.Status.AKTIV);
        assertThat(sak.tilfelleStart()).isEqualTo("2025-01-20");
        assertThat(engine.getRuntimeService().getVariable(pid, "tilfelleStart")).isEqualTo(dag("2025-01-20"));
        assertThat(forlop.forfall(pid, "Timer_PaminnelseOppfolgingsplan")).isEqualTo(dag("2025-02-09"));
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-03-09"));
        assertThat(forlop.forfall(pid, "Timer_Dialogmotekandidat")).isEqualTo(dag("2025-05-19"));
        assertThat(forlop.forfall(pid, "Timer_Maksdato")).isEqualTo(dag("2026-01-18"));
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("SYKMELDING_ANNULLERT")
                && forste.equals(h.kode()));
        // The same annulment again changes nothing.
        annuller(forste);
        assertThat(forlop.sak(ref).tilfelleStart()).isEqualTo("2025-01-20");
    }

    @Test
    void annulleringFlytterStartenSenere_milepaelSomVentetVenterPaNyDato() {
        String forste = nySak("2025-01-06", "2025-01-19");
        lever("2025-01-20", "2025-02-28");
        // A week before the stoppunkt 2025-03-02 the sick leave does not cover it: the aktivitetskrav waits.
        forlop.kjorTil(pid, LocalDate.parse("2025-02-24"));
        assertThat(pi).isWaitingAt("Vent_SykmeldtStoppunkt");

        annuller(forste);

        // S is now 2025-01-20: the stoppunkt 2025-03-16, its task a week before.
        assertThat(pi).isWaitingAt("Timer_StoppunktAktivitetskrav");
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-03-09"));
        Saksforlop.idag(LocalDate.parse("2025-02-26"));
        forlop.motta(sykmelding(fnr, "2025-03-01", "2025-04-30", 100, true));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-09"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-16"));
    }

    @Test
    void annulleringDelerTilfellet_senereDelFolgesOppISinEgenSak() {
        nySak("2025-01-06", "2025-01-31");
        Saksforlop.idag(LocalDate.parse("2025-02-10"));
        String midt = lever("2025-02-10", "2025-02-28");
        Saksforlop.idag(LocalDate.parse("2025-03-10"));
        String siste = lever("2025-03-10", "2025-06-30");
        assertThat(forlop.sak(ref).sisteSykedag()).isEqualTo("2025-06-30");

        // Without the middle one, 2025-01-31 and 2025-03-10 are 37 days apart: two tilfeller.
        Saksforlop.idag(LocalDate.parse("2025-03-12"));
        annuller(midt);

        Sak forsteSak = forlop.sak(ref);
        assertThat(forsteSak.status()).isEqualTo(Sak.Status.AVSLUTTET);
        assertThat(forsteSak.avsluttetGrunn()).isEqualTo("TILFELLE_AVSLUTTET");
        assertThat(forsteSak.sisteSykedag()).isEqualTo("2025-01-31");
        assertThat(pi).isEnded();
        String ny = jdbc.queryForObject("select saksreferanse from sykmelding where sykmelding_id = ?", String.class,
                siste);
        assertThat(ny).isNotEqualTo(ref);
        Sak andreSak = forlop.sak(ny);
        assertThat(andreSak.status()).isEqualTo(Sak.Status.AKTIV);
        assertThat(andreSak.tilfelleStart()).isEqualTo("2025-03-10");
        assertThat(andreSak.sisteSykedag()).isEqualTo("2025-06-30");
        assertThat(forlop.forfall(andreSak.processInstanceId(), "Timer_StoppunktAktivitetskrav"))
                .isEqualTo(dag("2025-04-27"));
        assertThat(hendelser.forSak(ref)).anyMatch(h -> h.type().equals("TILFELLE_DELT") && ny.equals(h.kode()));
        // A new sykmelding for the later part goes to its case.
        Saksforlop.idag(LocalDate.parse("2025-06-25"));
        assertThat(forlop.motta(sykmelding(fnr, "2025-07-01", "2025-07-31", 100, true)))
                .isEqualTo(new Kvittering(ny, Kvittering.Resultat.SAK_OPPDATERT));
    }

    @Test
    void annulleringAvForlengelsen_tilfelletErOverOgSakenLukkes() {
        nySak("2025-01-06", "2025-01-31");
        Saksforlop.idag(LocalDate.parse("2025-01-30"));
        String forlengelse = lever("2025-02-01", "2025-03-31");
        Saksforlop.idag(LocalDate.parse("2025-02-20"));
        annuller(forlengelse);
        assertThat(pi).isEnded();
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("TILFELLE_AVSLUTTET");
        assertThat(forlop.sak(ref).sisteSykedag()).isEqualTo("2025-01-31");
    }

    @Test
    void annulleringAvEnesteSykmelding_sakenLukkes() {
        var sm = sykmelding(fnr, "2025-01-06", "2025-06-30", 100, true);
        ref = forlop.motta(sm).saksreferanse();
        pid = forlop.sak(ref).processInstanceId();
        annuller(sm.sykmeldingId());
        assertThat(instans(pid)).isNull();
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("ANNULLERT");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pid).count()).isZero();
    }

    /** A case followed to maksdato 2026-01-04. */
    void tilMaksdato() {
        nySak("2025-01-06", "2026-01-04");
        forlop.bekreftArbeidsgiverpliktene(ref);
        forlop.kjorTil(pid, LocalDate.parse("2026-01-04"));
        assertThat(pi).isEnded();
        assertThat(forlop.sak(ref).avsluttetGrunn()).isEqualTo("MAKSDATO");
        Saksforlop.idag(LocalDate.parse("2026-01-10"));
    }

    @Test
    void sykmeldingEtterMaksdato_ingenNyTidslinjeMenEnOppgave() {
        tilMaksdato();
        Kvittering k = forlop.motta(sykmelding(fnr, "2026-01-05", "2026-02-28", 100, true));

        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.ETTER_MAKSDATO));
        Sak sak = forlop.sak(ref);
        assertThat(sak.status()).isEqualTo(Sak.Status.AVSLUTTET);
        assertThat(sak.sisteSykedag()).isEqualTo("2026-02-28");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ref)
                .processDefinitionKey("sykefravaersoppfolging").count()).isZero();
        var oppgave = forlop.oppgave(pid, "Task_VurderVidereOppfolging");
        assertThat(oppgave.getName()).isEqualTo("Vurder videre oppfølging etter maksdato");
        assertThat(engine.getTaskService().getIdentityLinksForTask(oppgave.getId()))
                .anyMatch(l -> "enhet0301".equals(l.getGroupId()));

        // Another sykmelding in the same tilfelle: recorded, no second task.
        Saksforlop.idag(LocalDate.parse("2026-02-20"));
        assertThat(forlop.motta(sykmelding(fnr, "2026-03-01", "2026-03-31", 100, true)))
                .isEqualTo(new Kvittering(ref, Kvittering.Resultat.ETTER_MAKSDATO));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref).count()).isEqualTo(1);
        forlop.fullfor(pid, "Task_VurderVidereOppfolging", Map.of("videreOppfolgingUtfall", "ANNEN_OPPFOLGING",
                "videreOppfolgingBeskrivelse", "Henvist til NAV-kontorets arbeidsrettede oppfølging"));
        assertThat(forlop.oppgave(pid, "Task_VurderVidereOppfolging")).isNull();
        assertThat(hendelser.forSak(ref)).anyMatch(h -> "VIDERE_OPPFOLGING:ANNEN_OPPFOLGING".equals(h.kode()));
    }

    @Test
    void sykmeldingEtterMaksdatoMedAapSak_ingenOppgave() {
        tilMaksdato();
        forlop.somVeileder(() -> aap.start(fnr, "0301", AapSak.Kilde.SYKEFRAVAER, ref, true));
        Kvittering k = forlop.motta(sykmelding(fnr, "2026-01-05", "2026-02-28", 100, true));
        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.ETTER_MAKSDATO));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("oppfolging-etter-maksdato").processInstanceBusinessKey(ref).count()).isZero();
    }
}
