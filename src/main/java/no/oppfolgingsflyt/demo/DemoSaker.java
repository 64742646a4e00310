package no.oppfolgingsflyt.demo;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo with cases at different points of the timeline, delivered through the same intake as real
 * sykmeldinger, so a newcomer sees real tasks in Tasklist and instances in Cockpit. The job executor then fires the
 * timers that are already due. Synthetic identities only.
 */
@Component
@Profile("demo")
public class DemoSaker {

    private final SykmeldingValidering validering;
    private final SykmeldingMottak mottak;
    private final SakHandlinger handlinger;
    private final SykmeldingRepository sykmeldinger;
    private final IdentityService identity;
    private final AapStart aap;
    private final MottakerRepository mottakere;
    private final boolean aktiv;

    public DemoSaker(SykmeldingValidering validering, SykmeldingMottak mottak, SakHandlinger handlinger,
            SykmeldingRepository sykmeldinger, IdentityService identity, AapStart aap, MottakerRepository mottakere,
            @Value("${oppfolgingsflyt.demo.saker:true}") boolean aktiv) {
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
        } finally {
            identity.clearAuthentication();
        }
    }

    private String sak(String id, String fnr, LocalDate fom, int grad, String enhet) {
        SykmeldingInn sm = new SykmeldingInn(id, gyldig(fnr),
                List.of(new SykmeldingInn.PeriodeInn(fom, LocalDate.now().plusDays(21), grad)), "889640782",
                new SykmeldingInn.NaermesteLederInn("Demo Leder", "leder@demo.oppfolgingsflyt.local"), "Dr. Demo",
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
