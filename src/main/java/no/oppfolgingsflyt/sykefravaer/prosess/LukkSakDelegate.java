package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.sykefravaer.lagring.SakRepository;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import no.oppfolgingsflyt.varsel.VarselBestilling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the case (friskmelding, end of the tilfelle, maksdato, death): records the reason and stops every
 * varsel that has not gone out yet. The engine ends the timers and tasks as the process leaves them.
 */
@Component("lukkSak")
public class LukkSakDelegate implements JavaDelegate {

    private final SakRepository saker;
    private final VarselBestilling varsler;
    private final SakshendelseRepository hendelser;

    public LukkSakDelegate(SakRepository saker, VarselBestilling varsler, SakshendelseRepository hendelser) {
        this.saker = saker;
        this.varsler = varsler;
        this.hendelser = hendelser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String grunn = (String) execution.getVariable("grunn");
        String sak = execution.getProcessBusinessKey();
        execution.setVariable(Prosessvariabler.AVSLUTTET_GRUNN, grunn);
        saker.avslutt(sak, grunn);
        int stoppet = varsler.stoppForSak(sak, grunn);
        hendelser.registrer(sak, Sakshendelser.SAK_AVSLUTTET, grunn,
                stoppet > 0 ? stoppet + " varsel(er) som ikke var sendt er stoppet" : null, "system");
    }
}
