package no.oppfolgingsflyt.sykefravaer.prosess;

import no.oppfolgingsflyt.sykefravaer.lagring.Sakshendelser;
import no.oppfolgingsflyt.sikkerhet.Grupper;
import no.oppfolgingsflyt.sykefravaer.lagring.SakshendelseRepository;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 26 weeks passed without a held dialogmøte 2 or an exception: the case counts as a miss, and its open dialogmøte
 * tasks go to the office's team lead.
 */
@Component("registrerDialogmote2Brudd")
public class RegistrerDialogmote2BruddDelegate implements JavaDelegate {

    private final SakshendelseRepository hendelser;

    public RegistrerDialogmote2BruddDelegate(SakshendelseRepository hendelser) {
        this.hendelser = hendelser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Prosessvariabler.DIALOGMOTE2_FRIST_BRUTT, true);
        String teamledere = Grupper.teamledereFor((String) execution.getVariable(Prosessvariabler.ENHET));
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            tasks.addCandidateGroup(task.getId(), teamledere);
            task.setPriority(OppgaveEskalering.HOY_PRIORITET);
            tasks.saveTask(task);
        }
        hendelser.registrer(execution.getProcessBusinessKey(), Sakshendelser.DIALOGMOTE2_FRIST_BRUTT, null,
                "Dialogmøte 2 er ikke holdt innen 26 uker", "system");
    }
}
