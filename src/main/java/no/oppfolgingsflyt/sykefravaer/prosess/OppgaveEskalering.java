package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Timeout listener on veileder tasks: a task still open some days after its due date is shown to the team lead
 * group of the same office as well, with high priority. The veileder keeps it.
 */
@Component("eskalerOppgave")
public class OppgaveEskalering implements TaskListener {

    static final int HOY_PRIORITET = 80;

    private final SakshendelseRepository hendelser;

    public OppgaveEskalering(SakshendelseRepository hendelser) {
        this.hendelser = hendelser;
    }

    @Override
    public void notify(DelegateTask task) {
        eskaler(task);
    }

    public void eskaler(DelegateTask task) {
        String enhet = (String) task.getVariable(Prosessvariabler.ENHET);
        task.addCandidateGroup(Grupper.teamledereFor(enhet));
        task.setPriority(HOY_PRIORITET);
        hendelser.registrer(task.getExecution().getProcessBusinessKey(), Sakshendelser.OPPGAVE_ESKALERT,
                task.getTaskDefinitionKey(), null, "system");
    }
}
