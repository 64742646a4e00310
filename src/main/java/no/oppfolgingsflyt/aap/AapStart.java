package no.oppfolgingsflyt.aap;

import java.util.HashMap;
import java.util.Map;
import no.oppfolgingsflyt.api.Konflikt;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an arbeidsevnevurdering: from a sykefravær case (after the 39-week letter), from a søknad om AAP, or by a
 * veileder. One open case per person; a second start is refused and nothing changes.
 */
@Service
public class AapStart {

    private static final Logger LOG = LoggerFactory.getLogger(AapStart.class);

    private final AapSakRepository saker;
    private final SakshendelseRepository hendelser;
    private final RuntimeService runtime;
    private final Systemkontekst system;

    public AapStart(AapSakRepository saker, SakshendelseRepository hendelser, RuntimeService runtime,
            Systemkontekst system) {
        this.saker = saker;
        this.hendelser = hendelser;
        this.runtime = runtime;
        this.system = system;
    }

    @Transactional
    public String start(String fnr, String enhet, AapSak.Kilde kilde, String sykefravaerRef, boolean harArbeidsgiver) {
        saker.finnAktiv(fnr).ifPresent(s -> {
            // Neither the case nor its office in the answer: the caller may work for another office.
            LOG.info("Arbeidsevnevurdering ikke startet ({}): {} er åpen", kilde, s.saksreferanse());
            throw new Konflikt("Personen har allerede en åpen arbeidsevnevurdering");
        });
        String ref = saker.nySaksreferanse();
        saker.opprett(new AapSak(ref, fnr, enhet, kilde, sykefravaerRef, AapSak.Status.AKTIV, null, null));
        Map<String, Object> v = new HashMap<>();
        v.put(AapVariabler.ENHET, enhet);
        v.put("saksreferanse", ref); // shown in Tasklist's task list
        v.put(AapVariabler.KILDE, kilde.name());
        v.put(AapVariabler.HAR_ARBEIDSGIVER, harArbeidsgiver);
        v.put(AapVariabler.LEGEERKLAERING_MOTTATT, false);
        v.put(AapVariabler.EGENVURDERING_MOTTATT, false);
        if (sykefravaerRef != null) {
            v.put("sykefravaerRef", sykefravaerRef);
        }
        String pid = system.somSystem(() -> runtime.createProcessInstanceByKey(AapVariabler.PROSESS).businessKey(ref)
                .setVariables(v).execute().getId());
        saker.settProsess(ref, pid);
        hendelser.registrer(ref, "AEV_STARTET", kilde.name(), sykefravaerRef, system.bruker());
        LOG.info("Arbeidsevnevurdering {} startet ({}) for enhet {}", ref, kilde, enhet);
        return ref;
    }
}
