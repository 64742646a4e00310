package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Timeout listener on veileder tasks: a task still open some days after its due date is shown to the team lead
 * group of the same office (or of the national unit) as well, with high priority. The veileder keeps it.
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
        // Office tasks go to the office's team lead, tasks of the national units to theirs.
        task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null && !g.startsWith("teamleder"))
                .map(Grupper::teamlederFor).distinct().toList().forEach(task::addCandidateGroup);
        task.setPriority(HOY_PRIORITET);
        hendelser.registrer(task.getExecution().getProcessBusinessKey(), Sakshendelser.OPPGAVE_ESKALERT,
                task.getTaskDefinitionKey(), null, "system");
    }
}
