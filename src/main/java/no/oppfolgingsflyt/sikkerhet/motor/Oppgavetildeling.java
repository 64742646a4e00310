package no.oppfolgingsflyt.sikkerhet.motor;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.springframework.stereotype.Component;

/**
 * Sets or clears a task's assignee for a caller {@link MotorApiPort} has already checked. Candidates have only
 * Camunda's TASK_WORK permission (claim and complete), which does not cover giving a task back or a team lead's
 * reassignment; both are allowed here by the gate's own rules and run without the engine's authorization check, but
 * as the logged-in user, so the user operation log and the task's listeners (four eyes) see who did it.
 */
@Component
public class Oppgavetildeling {

    private final ProcessEngineConfigurationImpl konfig;

    public Oppgavetildeling(ProcessEngine engine) {
        this.konfig = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** @param bruker the new assignee, or null to give the task back to its candidates */
    public void tildel(String oppgaveId, String bruker) {
        konfig.getCommandExecutorTxRequired()
                .execute(ctx -> ctx.runWithoutAuthorization(new AssignTaskCmd(oppgaveId, bruker)));
    }
}
