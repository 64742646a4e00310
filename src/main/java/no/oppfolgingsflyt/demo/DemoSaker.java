package no.oppfolgingsflyt.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.aap.AapController;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapStart;
import no.oppfolgingsflyt.felles.Fodselsnummer;
import no.oppfolgingsflyt.varsel.MottakerRepository;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.lagring.SykmeldingRepository;
import no.oppfolgingsflyt.sykefravaer.mottak.SakHandlinger;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingInn;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingMottak;
import no.oppfolgingsflyt.sykefravaer.mottak.SykmeldingValidering;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo with cases at different points of the timeline, delivered through the same intake as real
 * sykmeldinger, so a newcomer sees real tasks in Tasklist and instances in Cockpit: every kind of state, including an
 * escalated task, a failed varsel that became an incident, a møtebehov and AAP cases at kvalitetssikring and at the
 * beslutter. The job executor then fires the timers that are already due. Synthetic identities only.
 */
@Component
@Profile("demo")
public class DemoSaker {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSaker.class);

    private final SykmeldingValidering validering;
    private final SykmeldingMottak mottak;
    private final SakHandlinger handlinger;
    private final SykmeldingRepository sykmeldinger;
    private final IdentityService identity;
    private final AapStart aap;
    private final MottakerRepository mottakere;
    private final AapController aapApi;
    private final TaskService tasks;
    private final boolean aktiv;

    public DemoSaker(SykmeldingValidering validering, SykmeldingMottak mottak, SakHandlinger handlinger,
            SykmeldingRepository sykmeldinger, IdentityService identity, AapStart aap, MottakerRepository mottakere,
            AapController aapApi, TaskService tasks, @Value("${oppfolgingsflyt.demo.saker:true}") boolean aktiv) {
        this.aapApi = aapApi;
        this.tasks = tasks;
        this.aap = aap;
        this.mottakere = mottakere;
        this.validering = validering;
        this.mottak = mottak;
        this.handlinger = handlinger;
        this.sykmeldinger = sykmeldinger;
        this.identity = identity;
        this.aktiv = aktiv;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    public void opprett() {
        if (!aktiv || sykmeldinger.finn("DEMO-1").isPresent()) {
            return;
        }
        identity.setAuthentication("mottak", List.of(Grupper.MOTTAK));
        try {
            LocalDate idag = LocalDate.now();
            // 1. Stoppunkt passed, employer duties confirmed: "Vurder aktivitetskrav" waits (0301).
            String a = sak("DEMO-1", "010180", idag.minusDays(60), 100, "0301");
            bekreftBegge(a);
            // 2. Week 17 passed, graded (aktivitetskrav fulfilled automatically): "Vurder dialogmøte 2" (0301).
            String b = sak("DEMO-2", "020280", idag.minusDays(122), 50, "0301");
            bekreftBegge(b);
            // 3. Oppfølgingsplan overdue when the sick leave became known (the employer got one message that it is
            // overdue), no answer: "Be arbeidsgiver om oppfølgingsplan" (0301).
            sak("DEMO-3", "030380", idag.minusDays(38), 100, "0301");
            // 4. The same as 1 at the other office (4601).
            String d = sak("DEMO-4", "040480", idag.minusDays(58), 100, "4601");
            bekreftBegge(d);
            // 5. An arbeidsevnevurdering waiting for its behovsvurdering (0301).
            String aapFnr = gyldig("050575");
            mottakere.settKontaktinfo(aapFnr, "aap.demo@demo.oppfolgingsflyt.local");
            aap.start(aapFnr, "0301", AapSak.Kilde.SOKNAD, null, false);
            // 6. "Vurder aktivitetskrav" more than 14 days past its deadline: escalated to the team lead, in
            //    «Eskalert til meg» for teamleder0301 once the job executor has fired the due timers (0301).
            String f = sak(ESKALERT, "060680", idag.minusDays(80), 100, "0301");
            bekreftBegge(f);
            // 7. An employer whose address does not exist (.invalid, refused by the demo mailbox): the reminder
            //    about the oppfølgingsplan fails, is retried and becomes an incident in Cockpit (0301).
            sak("DEMO-7", "070780", idag.minusDays(24), 100, "0301", "leder@arbeidsgiver.invalid");
            // 8. The employee asks for a meeting: "Vurder møtebehov" (0301).
            String h = sak("DEMO-8", "080880", idag.minusDays(20), 100, "0301");
            handlinger.motebehov(h, SakHandlinger.Part.ARBEIDSTAKER, "Ønsker et møte om tilrettelegging");
            // 9. An arbeidsevnevurdering at kvalitetssikring (teamleder0301), and 10. an AAP vedtak at the
            //    beslutter: assessed by veileder0301, assured by teamleder0301, proposed by saksbehandler.
            String kvalitet = aapTilVurdert(gyldig("090975"));
            String beslutning = aapTilVurdert(gyldig("101075"));
            fullfor(beslutning, "Task_Kvalitetssikre", "teamleder0301",
                    List.of(Grupper.teamledereFor("0301"), Grupper.veiledereFor("0301")),
                    Map.of("kvalitetssikringUtfall", "GODKJENT"));
            fullfor(beslutning, "Task_AapVedtak", "saksbehandler", List.of(Grupper.NAY),
                    Map.of("aapVedtakUtfall", "INNVILGET", "aapVedtakBegrunnelse", "Vilkårene er oppfylt"));
            LOG.info("Demo cases delivered; AAP at kvalitetssikring {}, at the beslutter {}", kvalitet, beslutning);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The sykmelding id of the demo case whose task is escalated to the team lead. */
    public static final String ESKALERT = "DEMO-6";

    /** An AAP case of office 0301 through behovsvurdering, the documents and the assessment; its reference. */
    private String aapTilVurdert(String fnr) {
        mottakere.settKontaktinfo(fnr, "aap.demo@demo.oppfolgingsflyt.local");
        String ref = aap.start(fnr, "0301", AapSak.Kilde.SOKNAD, null, false);
        List<String> veileder = List.of(Grupper.veiledereFor("0301"));
        fullfor(ref, "Task_Behovsvurdering", "veileder0301", veileder, Map.of(
                "behovsvurderingUtfall", "BEHOV_FOR_ARBEIDSEVNEVURDERING",
                "behovsvurderingBegrunnelse", "Samtale med bruker"));
        aapApi.egenvurdering(ref);
        aapApi.legeerklaering(ref);
        fullfor(ref, "Task_Arbeidsevnevurdering", "veileder0301", veileder, Map.of("nedsattArbeidsevne", true,
                "arbeidsevneReduksjon", 60L, "varigNedsatt", false, "sykdomHovedarsak", true,
                "behovEtterParagraf116", true, "arbeidsevneBegrunnelse", "Legeerklæring og samtale"));
        return ref;
    }

    /** Claims and completes the case's open task as that user would in Tasklist; then back to the intake user. */
    private void fullfor(String ref, String oppgave, String bruker, List<String> grupper, Map<String, Object> skjema) {
        identity.setAuthentication(bruker, grupper);
        try {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(oppgave)
                    .singleResult();
            tasks.claim(task.getId(), bruker);
            tasks.complete(task.getId(), skjema);
        } finally {
            identity.setAuthentication("mottak", List.of(Grupper.MOTTAK));
        }
    }

    private String sak(String id, String fnr, LocalDate fom, int grad, String enhet) {
        return sak(id, fnr, fom, grad, enhet, "leder@demo.oppfolgingsflyt.local");
    }

    private String sak(String id, String fnr, LocalDate fom, int grad, String enhet, String lederEpost) {
        SykmeldingInn sm = new SykmeldingInn(id, gyldig(fnr),
                List.of(new SykmeldingInn.PeriodeInn(fom, LocalDate.now().plusDays(21), grad)), "889640782",
                new SykmeldingInn.NaermesteLederInn("Demo Leder", lederEpost), "Dr. Demo",
                enhet);
        validering.valider(sm);
        return mottak.motta(sm).saksreferanse();
    }

    private void bekreftBegge(String saksreferanse) {
        handlinger.arbeidsgiverBekrefter(saksreferanse, SakHandlinger.Plikt.OPPFOLGINGSPLAN,
                SakHandlinger.Bekreftelse.UTARBEIDET, null);
        handlinger.arbeidsgiverBekrefter(saksreferanse, SakHandlinger.Plikt.DIALOGMOTE1,
                SakHandlinger.Bekreftelse.GJENNOMFORT, null);
    }

    /** A valid synthetic fødselsnummer from a birth date (DDMMYY) and the first free individnummer from 100. */
    static String gyldig(String fodselsdato) {
        for (int individ = 100; ; individ++) {
            var fnr = Fodselsnummer.medKontrollsifre(fodselsdato + individ);
            if (fnr.isPresent()) {
                return fnr.get();
            }
        }
    }
}
