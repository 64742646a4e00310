package no.oppfolgingsflyt.sykefravaer;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.dag;
import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.oppfolgingsflyt.AppTest;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.mottak.Kvittering;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The worked example of the spec and a whole 52-week case, on the real engine. */
@AppTest
public class TidslinjeTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Saksforlop forlop;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        Saksforlop.idag(LocalDate.parse("2025-01-08"));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    String nySak(String fom, String tom, int grad, boolean medArbeidsgiver) {
        Kvittering k = forlop.motta(sykmelding(Testdata.fnr(), fom, tom, grad, medArbeidsgiver));
        assertThat(k.resultat()).isEqualTo(Kvittering.Resultat.NY_SAK);
        return k.saksreferanse();
    }

    @Test
    void fristeneIEksempeletErTimernesForfallsdatoer() {
        String ref = nySak("2025-01-06", "2025-12-31", 100, true);
        String pid = forlop.sak(ref).processInstanceId();

        assertThat(forlop.forfall(pid, "Timer_PaminnelseOppfolgingsplan")).isEqualTo(dag("2025-01-26"));
        assertThat(forlop.forfall(pid, "Timer_PaminnelseDialogmote1")).isEqualTo(dag("2025-02-16"));
        // Vurder aktivitetskrav appears a week before the stoppunkt (2025-03-02), its due date.
        assertThat(forlop.forfall(pid, "Timer_StoppunktAktivitetskrav")).isEqualTo(dag("2025-02-23"));
        assertThat(engine.getRuntimeService().getVariable(pid, "stoppunktAktivitetskrav")).isEqualTo(dag("2025-03-02"));
        assertThat(forlop.forfall(pid, "Timer_Dialogmotekandidat")).isEqualTo(dag("2025-05-05"));
        assertThat(forlop.forfall(pid, "Timer_FristDialogmote2")).isEqualTo(dag("2025-07-06"));
        assertThat(forlop.forfall(pid, "Timer_39Uker")).isEqualTo(dag("2025-10-05"));
        assertThat(forlop.forfall(pid, "Timer_Maksdato")).isEqualTo(dag("2026-01-04"));
        assertThat(forlop.forfall(pid, "Start_TilfelleAvsluttet")).isEqualTo(dag("2026-01-17"));

        // Oppfølgingsplan: reminder 7 days before, "fristen er passert" the day after, then the veileder task.
        forlop.kjorTil(pid, LocalDate.parse("2025-01-26"));
        assertThat(forlop.varsler(ref)).containsExactly("OPPFOLGINGSPLAN_PAMINNELSE:NAERMESTE_LEDER");
        assertThat(forlop.forfall(pid, "Timer_PurringOppfolgingsplan")).isEqualTo(dag("2025-02-03"));
        forlop.kjorTil(pid, LocalDate.parse("2025-02-03"));
        assertThat(forlop.forfall(pid, "Timer_OppgaveOppfolgingsplan")).isEqualTo(dag("2025-02-10"));
    }

    @Test
    void helt52UkersForlopTilMaksdato() {
        helt52UkersForlop(engine, forlop);
    }

    /** A whole case from the first sick day to maksdato; run on H2 here and on PostgreSQL by the integration test. */
    public static void helt52UkersForlop(ProcessEngine engine, Saksforlop forlop) {
        BpmnAwareTests.init(engine);
        Kvittering k = forlop.motta(sykmelding(Testdata.fnr(), "2025-01-06", "2026-01-04", 100, true));
        String ref = k.saksreferanse();

        String pid = forlop.sak(ref).processInstanceId();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid)
                .singleResult();

        // Week 4 and 7: the employer never confirms; reminders, then veileder tasks.
        forlop.kjorTil(pid, LocalDate.parse("2025-02-10"));
        assertThat(pi).isWaitingAt("Task_KontaktArbeidsgiverOppfolgingsplan");
        forlop.fullfor(pid, "Task_KontaktArbeidsgiverOppfolgingsplan",
                Map.of("arbeidsgiverKontaktUtfall", "ARBEIDSGIVER_KONTAKTET"));
        forlop.kjorTil(pid, LocalDate.parse("2025-03-03"));
        assertThat(pi).isWaitingAt("Task_KontaktArbeidsgiverDialogmote1", "Task_VurderAktivitetskrav");
        forlop.fullfor(pid, "Task_KontaktArbeidsgiverDialogmote1",
                Map.of("arbeidsgiverKontaktUtfall", "BEKREFTET_AV_ARBEIDSGIVER"));
        assertThat(forlop.oppgave(pid, "Task_VurderAktivitetskrav").getDueDate()).isEqualTo(dag("2025-03-02"));
        forlop.fullfor(pid, "Task_VurderAktivitetskrav", Map.of("aktivitetskravUtfall", "UNNTAK",
                "aktivitetskravArsakUnntak", "MEDISINSKE_GRUNNER"));

        // Week 17: kandidat for dialogmøte 2; called in, held, referat written.
        forlop.kjorTil(pid, LocalDate.parse("2025-05-05"));
        assertThat(pi).isWaitingAt("Task_VurderDialogmote2");
        forlop.fullfor(pid, "Task_VurderDialogmote2", Map.of("dialogmote2Utfall", "INNKALL",
                "motetidspunkt", "2025-05-20T10:00", "motested", "NAV Grünerløkka"));
        assertThat(pi).isWaitingAt("Gateway_VentPaMotet");
        forlop.kjorTil(pid, LocalDate.parse("2025-05-20").atTime(11, 0));
        forlop.fullfor(pid, "Task_SkrivReferat", Map.of("referatSituasjon", "Jobber 20 %",
                "referatKonklusjon", "Øker gradvis"));

        // Week 26 passes quietly: the meeting was held.
        forlop.kjorTil(pid, LocalDate.parse("2025-07-06"));
        assertThat(engine.getRuntimeService().getVariable(pid, "dialogmote2FristBrutt")).isNull();

        // Week 39: letter, no answer in 10 days, veileder decides.
        forlop.kjorTil(pid, LocalDate.parse("2025-10-05"));
        forlop.kjorTil(pid, LocalDate.parse("2025-10-15"));
        assertThat(pi).isWaitingAt("Task_VurderVidereOppfolging");
        forlop.fullfor(pid, "Task_VurderVidereOppfolging", Map.of("videreOppfolgingUtfall", "INGEN_TILTAK"));

        // Week 52: maksdato ends the case.
        forlop.kjorTil(pid, LocalDate.parse("2026-01-04"));
        assertThat(pi).isEnded();
        assertThat(pi).hasPassed("Task_AvsluttMaksdato");
        Sak sak = forlop.sak(ref);
        assertThat(sak.status()).isEqualTo(Sak.Status.AVSLUTTET);
        assertThat(sak.avsluttetGrunn()).isEqualTo("MAKSDATO");
        assertThat(forlop.varsler(ref)).contains(
                "OPPFOLGINGSPLAN_PAMINNELSE:NAERMESTE_LEDER", "OPPFOLGINGSPLAN_PURRING:NAERMESTE_LEDER",
                "DIALOGMOTE1_PAMINNELSE:NAERMESTE_LEDER", "DIALOGMOTE1_PURRING:NAERMESTE_LEDER",
                "DIALOGMOTE_INNKALLING:SYKMELDT", "DIALOGMOTE_INNKALLING:NAERMESTE_LEDER",
                "OPPFOLGINGSPLAN_TIL_NAV:NAERMESTE_LEDER", "DIALOGMOTE_REFERAT:NAERMESTE_LEDER",
                "SNART_SLUTT_PA_SYKEPENGER:SYKMELDT");
    }
}
