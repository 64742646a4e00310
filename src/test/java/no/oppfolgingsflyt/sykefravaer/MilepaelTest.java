package no.oppfolgingsflyt.sykefravaer;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.dag;
import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.domene.Milepaelregler;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.Kvittering;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A milestone happens only to a person still sick on its date; a sykmelding that later extends the tilfelle past a
 * date that has gone by makes the milestone happen when it arrives.
 */
@AppTest
class MilepaelTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;
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

    boolean harHendelse(String type) {
        return hendelser.forSak(ref).stream().anyMatch(h -> h.type().equals(type));
    }

    @Test
    void tilfelleAvFemtiDager_ingenAktivitetskrav() {
        // S = 2025-01-06, last sick day 2025-02-24 (day 50), stoppunkt 2025-03-02.
        nySak("2025-01-06", "2025-02-24", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-03-12"));
        assertThat(pi).isWaitingAt("Vent_SykmeldtStoppunkt");
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
        assertThat(engine.getRuntimeService().getVariable(pid, "aktivitetskravStatus")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-03-13"));
        assertThat(pi).isEnded();
        assertThat(pi).hasNotPassed("Gateway_ErGradert");
    }

    @Test
    void gradertTilfelleSomSlutterForStoppunktet_ikkeAutomatiskOppfylt() {
        nySak("2025-01-06", "2025-02-24", 50, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-03-13"));
        assertThat(pi).isEnded();
        assertThat(pi).hasNotPassed("Task_AutomatiskOppfylt");
        assertThat(hendelser.forSak(ref)).noneMatch(h -> "AKTIVITETSKRAV:AUTOMATISK_OPPFYLT".equals(h.kode()));
    }

    @Test
    void tilbakeIJobbForUke17_ingenDialogmotekandidat() {
        // Sick to 2025-05-04, the day before the kandidat date S + 119 = 2025-05-05.
        nySak("2025-01-06", "2025-05-04", 50, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-05-20"));
        assertThat(pi).isWaitingAt("Vent_SykmeldtKandidat");
        assertThat(forlop.oppgave(pid, "Task_VurderDialogmote2")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-05-21"));
        assertThat(pi).isEnded();
        assertThat(pi).hasNotPassed("Gateway_ErDialogmotekandidat");
    }

    @Test
    void tilbakeIJobbForUke26_ingenBruddPaDialogmote2() {
        // Kandidat at week 17, never called in, back at work 2025-06-30: week 26 (2025-07-06) is no miss.
        nySak("2025-01-06", "2025-06-30", 50, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-07-06"));
        assertThat(pi).isWaitingAt("Task_VurderDialogmote2", "Vent_SykmeldtUke26");
        assertThat(engine.getRuntimeService().getVariable(pid, "dialogmote2FristBrutt")).isNull();
        assertThat(harHendelse("DIALOGMOTE2_FRIST_BRUTT")).isFalse();
    }

    @Test
    void tilbakeIJobbForUke39_ingenBrev() {
        nySak("2025-01-06", "2025-10-04", 50, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-10-20"));
        assertThat(pi).isWaitingAt("Vent_Sykmeldt39Uker");
        assertThat(forlop.varsler(ref)).doesNotContain("SNART_SLUTT_PA_SYKEPENGER:SYKMELDT");
    }

    @Test
    void tilbakeIJobbForFristen_ingenPaminnelseTilArbeidsgiver() {
        // Oppfølgingsplan due 2025-02-02, dialogmøte 1 2025-02-23; the person is back at work from 2025-02-01.
        nySak("2025-01-06", "2025-01-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-02-16"));
        assertThat(pi).isWaitingAt("Vent_SykmeldtOppfolgingsplan", "Vent_SykmeldtDialogmote1");
        assertThat(forlop.varsler(ref)).isEmpty();
        forlop.kjorTil(pid, LocalDate.parse("2025-02-17"));
        assertThat(pi).isEnded();
        assertThat(forlop.varsler(ref)).isEmpty();
    }

    @Test
    void utenArbeidsgiverTilbakeIJobbForFristen_ingenOppgave() {
        nySak("2025-01-06", "2025-03-20", 100, false);
        forlop.kjorTil(pid, LocalDate.parse("2025-04-05"));
        assertThat(forlop.oppgave(pid, "Task_FolgOppUtenArbeidsgiver")).isNull();
        assertThat(pi).isWaitingAt("Vent_SykmeldtUtenArbeidsgiver");
    }

    @Test
    void senSykmeldingForlengerForbiStoppunktet_aktivitetskravNaarDenKommer() {
        nySak("2025-01-06", "2025-02-24", 100, true);
        forlop.bekreftArbeidsgiverpliktene(ref);
        forlop.kjorTil(pid, LocalDate.parse("2025-03-05"));
        assertThat(pi).isWaitingAt("Vent_SykmeldtStoppunkt");

        // A sykmelding from 2025-03-01 (four free days: the same tilfelle) arrives on 2025-03-05.
        Kvittering k = forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-03-01", "2025-04-30", 100, true));
        assertThat(k).isEqualTo(new Kvittering(ref, Kvittering.Resultat.SAK_OPPDATERT));
        assertThat(pi).isWaitingAt("Task_VurderAktivitetskrav");
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
    }

    @Test
    void senSykmeldingForlengerForbiFristen_paminnelsenGarNaarDenKommer() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-01-27"));
        assertThat(forlop.varsler(ref)).isEmpty();
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-02-01", "2025-03-31", 100, true));
        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_PAMINNELSE:NAERMESTE_LEDER");
    }

    @Test
    void vurderAktivitetskravKommerEnUkeForStoppunktet() {
        nySak("2025-01-06", "2025-12-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-02-22"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
        forlop.kjorTil(pid, LocalDate.parse("2025-02-23"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getCreateTime()).isEqualTo(
                java.util.Date.from(LocalDate.parse("2025-02-23").atTime(9, 0).atZone(no.oppfolgingsflyt.felles.Datoer.NORGE)
                        .toInstant()));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
        // Not overdue before the due date has passed, and to the team lead 14 days after it.
        assertThat(forlop.forfall(pid, "Task_VurderAktivitetskrav")).isEqualTo(dag("2025-03-16"));
    }

    @Test
    void oppgavenKommerForstNaarSykmeldingenDekkerFristen() {
        // Sick to 2025-02-28, two days short of the stoppunkt: no task a week before.
        nySak("2025-01-06", "2025-02-28", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-02-25"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav")).isNull();
        // An extension arrives on 2025-02-26: the task appears then, due on the stoppunkt.
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-03-01", "2025-03-31", 100, true));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
    }

    @Test
    void forlengelseEtterFristen_enMeldingOmPassertFristIstedenForPaminnelseOgPurring() {
        nySak("2025-01-06", "2025-01-31", 100, true);
        forlop.kjorTil(pid, LocalDate.parse("2025-02-05"));
        assertThat(forlop.varsler(ref)).isEmpty();
        // The sick leave now covers the due date 2025-02-02, which has gone by.
        forlop.motta(sykmelding(forlop.sakFnr(ref), "2025-02-01", "2025-03-31", 100, true));
        forlop.kjorTil(pid, LocalDate.parse("2025-02-05"));
        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_FRIST_PASSERT:NAERMESTE_LEDER");
        assertThat(pi).isWaitingAt("Timer_OppgaveOppfolgingsplan");
    }

    @Test
    void aktivitetskravBareForTilfelleSomNaarStoppunktetOgIkkeErInaktivt() {
        LocalDate stoppunkt = LocalDate.parse("2025-03-02");
        assertThat(Milepaelregler.aktivitetskrav(LocalDate.parse("2025-03-01"), stoppunkt, stoppunkt, 30)).isFalse();
        assertThat(Milepaelregler.aktivitetskrav(stoppunkt, stoppunkt, stoppunkt, 30)).isTrue();
        // A late sykmelding extends a tilfelle that ended 2025-03-10: 30 days later it still counts, 31 days not.
        LocalDate slutt = LocalDate.parse("2025-03-10");
        assertThat(Milepaelregler.aktivitetskrav(slutt, stoppunkt, slutt.plusDays(30), 30)).isTrue();
        assertThat(Milepaelregler.aktivitetskrav(slutt, stoppunkt, slutt.plusDays(31), 30)).isFalse();
    }
}
