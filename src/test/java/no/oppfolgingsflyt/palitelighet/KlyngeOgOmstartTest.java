package no.oppfolgingsflyt.palitelighet;

import static no.oppfolgingsflyt.sykefravaer.Saksforlop.sykmelding;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.oppfolgingsflyt.felles.Datoer;
import no.oppfolgingsflyt.felles.TestPostkasse;
import no.oppfolgingsflyt.felles.Testdata;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingMottak;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingValidering;
import no.oppfolgingsflyt.varsel.VarselRepository;
import no.oppfolgingsflyt.felles.Testdatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real nodes with running job executors on the real PostgreSQL: two at once on one database, a restart in the
 * middle of the timeline, and an SMTP outage under load. Every timer fires once, every varsel goes out once.
 */
class KlyngeOgOmstartTest {

    static final int SAKER = 12;
    static String db;
    final TestPostkasse postkasse = new TestPostkasse();

    @BeforeAll
    static void database() {
        db = Testdatabase.klargjor("oppfolgingsflyt_klynge");
    }

    @BeforeEach
    void init() throws Exception {
        postkasse.startIgjen();
        postkasse.tom();
        klokke("2025-01-08T09:00");
    }

    @AfterEach
    void reset() {
        postkasse.startIgjen();
        ClockUtil.reset();
    }

    static void klokke(String tid) {
        ClockUtil.setCurrentTime(Datoer.tidspunkt(LocalDateTime.parse(tid)));
    }

    List<String> nyeSaker(Node node) {
        List<String> ref = new ArrayList<>();
        for (int i = 0; i < SAKER; i++) {
            var sm = sykmelding(Testdata.fnr(), "2025-01-06", "2025-12-31", 100, true);
            node.bean(SykmeldingValidering.class).valider(sm);
            ref.add(node.bean(SykmeldingMottak.class).motta(sm).saksreferanse());
        }
        return ref;
    }

    /** Waits until the job executors have nothing left that is due. */
    static void ventPaJobber(Node node) throws InterruptedException {
        var management = node.bean(ProcessEngine.class).getManagementService();
        long frist = System.currentTimeMillis() + 120_000;
        int stille = 0;
        while (System.currentTimeMillis() < frist) {
            stille = management.createJobQuery().executable().count() == 0 ? stille + 1 : 0;
            if (stille >= 3) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The job executors did not finish the due jobs in two minutes");
    }

    void sjekkHverTimerEnGangOgHvertVarselEnGang(Node node, List<String> saker, List<String> timere,
            int varslerPerSak) throws Exception {
        ProcessEngine engine = node.bean(ProcessEngine.class);
        for (String ref : saker) {
            String pid = node.bean(SakRepository.class).finn(ref).orElseThrow().processInstanceId();
            for (String timer : timere) {
                assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pid)
                        .activityId(timer).count()).as(ref + " " + timer).isEqualTo(1);
            }
            List<VarselRepository.Varsel> varsler = node.bean(VarselRepository.class).forSak(ref);
            assertThat(varsler).as(ref).hasSize(varslerPerSak)
                    .allMatch(v -> v.status() == VarselRepository.Status.SENDT);
        }
        // Cases of earlier tests on the same database may send too: count the mails about these cases.
        Set<String> meldingsIder = new HashSet<>();
        int vaare = 0;
        for (MimeMessage m : postkasse.mottatt()) {
            assertThat(meldingsIder.add(m.getMessageID())).as("sent twice: " + m.getMessageID()).isTrue();
            String tekst = com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
            if (saker.stream().anyMatch(ref -> tekst.contains("Saksreferanse: " + ref + "."))) {
                vaare++;
            }
        }
        assertThat(vaare).isEqualTo(saker.size() * varslerPerSak);
    }

    static final List<String> TIMERE_TIL_UKE_9 = List.of("Timer_PaminnelseOppfolgingsplan",
            "Timer_PurringOppfolgingsplan", "Timer_PaminnelseDialogmote1", "Timer_PurringDialogmote1",
            "Timer_StoppunktAktivitetskrav");

    @Test
    void toNoderPaSammeDatabase() throws Exception {
        try (Node a = new Node(db, "node-a"); Node b = new Node(db, "node-b")) {
            List<String> saker = nyeSaker(a);
            saker.addAll(nyeSaker(b));
            for (String tid : List.of("2025-01-27T09:00", "2025-02-04T09:00", "2025-02-17T09:00", "2025-02-24T09:00",
                    "2025-03-03T09:00")) {
                klokke(tid);
                ventPaJobber(a);
            }
            sjekkHverTimerEnGangOgHvertVarselEnGang(a, saker, TIMERE_TIL_UKE_9, 4);
        }
    }

    @Test
    void omstartMidtITidslinjen() throws Exception {
        List<String> saker;
        try (Node a = new Node(db, "node-for")) {
            saker = nyeSaker(a);
            klokke("2025-01-27T09:00");
            ventPaJobber(a);
        }
        klokke("2025-03-03T09:00");
        try (Node b = new Node(db, "node-etter")) {
            ventPaJobber(b);
            klokke("2025-03-03T10:00"); // the deliveries planned at the restart
            ventPaJobber(b);
            sjekkHverTimerEnGangOgHvertVarselEnGang(b, saker, TIMERE_TIL_UKE_9, 4);
        }
    }

    @Test
    void smtpNedeUnderLast() throws Exception {
        try (Node a = new Node(db, "node-smtp")) {
            List<String> saker = nyeSaker(a);
            postkasse.stopp();
            klokke("2025-01-27T09:00");
            ventPaJobber(a);
            assertThat(saker.stream().flatMap(r -> a.bean(VarselRepository.class).forSak(r).stream()))
                    .allMatch(v -> v.status() == VarselRepository.Status.FEILET);
            klokke("2025-01-27T09:03"); // a second try, still down
            ventPaJobber(a);
            postkasse.startIgjen();
            klokke("2025-01-27T12:00");
            ventPaJobber(a);
            sjekkHverTimerEnGangOgHvertVarselEnGang(a, saker, List.of("Timer_PaminnelseOppfolgingsplan"), 1);
        }
    }
}
