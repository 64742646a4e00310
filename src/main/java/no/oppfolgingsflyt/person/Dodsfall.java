package no.oppfolgingsflyt.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.AapSakRepository;
import no.oppfolgingsflyt.felles.PersonenErDod;
import no.oppfolgingsflyt.felles.Systemkontekst;
import no.oppfolgingsflyt.sykefravaer.lagring.Sak;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.sykefravaer.prosess.Prosessvariabler;
import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.sykefravaer.prosess.SykefravaerProsess;
import no.oppfolgingsflyt.varsel.VarselBestilling;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A person has died: every open case of theirs closes with reason DOD (the sykefravær case through its own closing
 * path, the AAP case by ending its process), and every varsel not yet sent is stopped, so no letter goes to the
 * deceased and no reminder to the employer. Reported through the intake, or found by a veileder (the outcomes ER_DOD
 * and ARBEIDSTAKER_DOD). Doing it twice changes nothing.
 */
@Service
public class Dodsfall {

    public static final String GRUNN = "DOD";

    private static final Logger LOG = LoggerFactory.getLogger(Dodsfall.class);

    private final SakRepository saker;
    private final AapSakRepository aapSaker;
    private final SakshendelseRepository hendelser;
    private final SykefravaerProsess sykefravaer;
    private final RuntimeService runtime;
    private final VarselBestilling varsler;
    private final Systemkontekst system;

    public Dodsfall(SakRepository saker, AapSakRepository aapSaker, SakshendelseRepository hendelser,
            SykefravaerProsess sykefravaer, RuntimeService runtime, VarselBestilling varsler, Systemkontekst system) {
        this.saker = saker;
        this.aapSaker = aapSaker;
        this.hendelser = hendelser;
        this.sykefravaer = sykefravaer;
        this.runtime = runtime;
        this.varsler = varsler;
        this.system = system;
    }

    /** A veileder found the person dead: once that vurdering is committed, the person's cases close. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void etterVurdering(PersonenErDod hendelse) {
        registrer(hendelse.fnr(), hendelse.kjentFra());
    }

    /** Closes the person's open cases; returns their references. */
    @Transactional
    public List<String> registrer(String fnr, LocalDate dodsdato) {
        String bruker = system.bruker();
        List<String> lukket = new ArrayList<>();
        for (Sak sak : saker.finnAktiv(fnr).stream().toList()) {
            hendelser.registrer(sak.saksreferanse(), Sakshendelser.DODSFALL, dodsdato.toString(), null, bruker);
            system.somSystem(() -> sykefravaer.korreler(sak.saksreferanse(), Prosessvariabler.MELDING_AVSLUTTET,
                    Map.of(Prosessvariabler.AVSLUTTET_GRUNN, GRUNN)));
            saker.avslutt(sak.saksreferanse(), GRUNN); // the closing path does this too; here it cannot be missed
            lukket.add(sak.saksreferanse());
        }
        for (AapSak aap : aapSaker.finnAktiv(fnr).stream().toList()) {
            hendelser.registrer(aap.saksreferanse(), Sakshendelser.DODSFALL, dodsdato.toString(), null, bruker);
            system.somSystem(() -> {
                // closed first: the process's own end listener then finds it closed and leaves the reason
                aapSaker.avslutt(aap.saksreferanse(), GRUNN);
                if (aap.processInstanceId() != null && runtime.createProcessInstanceQuery()
                        .processInstanceId(aap.processInstanceId()).count() > 0) {
                    runtime.deleteProcessInstance(aap.processInstanceId(), "Personen er død");
                }
                int stoppet = varsler.stoppForSak(aap.saksreferanse(), GRUNN);
                hendelser.registrer(aap.saksreferanse(), Sakshendelser.SAK_AVSLUTTET, GRUNN,
                        stoppet > 0 ? stoppet + " varsel(er) som ikke var sendt er stoppet" : null, "system");
            });
            lukket.add(aap.saksreferanse());
        }
        LOG.info("Dødsfall registrert: {} åpne saker lukket ({})", lukket.size(), String.join(", ", lukket));
        return lukket;
    }
}
