package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import java.util.List;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sikkerhet.Tilganger;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Timeout listener on veileder tasks: a task still open some days after its due date is shown to the team lead
 * group of the same office (or of the national unit) as well, with high priority. The veileder keeps it.
 */
@Component("eskalerOppgave")
public class OppgaveEskalering implements TaskListener {

    static final int HOY_PRIORITET = 80;

    private final SakshendelseRepository hendelser;
    private final Tilganger tilganger;

    public OppgaveEskalering(SakshendelseRepository hendelser, @Lazy Tilganger tilganger) {
        this.hendelser = hendelser;
        this.tilganger = tilganger;
    }

    @Override
    public void notify(DelegateTask task) {
        eskaler(task);
    }

    public void eskaler(DelegateTask task) {
        // Office tasks go to the office's team lead, tasks of the national units to theirs.
        List<String> teamledere = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null && !g.startsWith("teamleder")).map(Grupper::teamlederFor).distinct().toList();
        teamledere.forEach(task::addCandidateGroup);
        // The team lead group sees the task in «Eskalert til meg», also a group created after the start.
        teamledere.forEach(tilganger::eskaleringsfilterFor);
        task.setPriority(HOY_PRIORITET);
        hendelser.registrer(task.getExecution().getProcessBusinessKey(), Sakshendelser.OPPGAVE_ESKALERT,
                task.getTaskDefinitionKey(), null, "system");
    }
}
