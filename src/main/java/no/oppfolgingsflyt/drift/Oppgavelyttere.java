package no.oppfolgingsflyt.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every veileder task gets the same two listeners, added when a model is parsed instead of pasted into each task of
 * the XML: on create the case facts for the form ({@code saksinfo}), on complete the rules of the vurdering
 * ({@code registrerVurdering} for sykefravær, {@code registrerAapVurdering} for AAP). A model drawn in Modeler needs
 * nothing but the task; what is particular to a task (its escalation timer, four eyes on assignment) stays in the XML.
 * Older deployments that carry the listeners in their XML do not get them twice.
 */
@Component
public class Oppgavelyttere extends AbstractProcessEnginePlugin {

    static final Set<String> AAP = Set.of("arbeidsevnevurdering", "aap-lopende-periode");

    @Override
    public void preInit(ProcessEngineConfigurationImpl konfig) {
        List<BpmnParseListener> lyttere = konfig.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(konfig.getCustomPostBPMNParseListeners());
        lyttere.add(new Parser(konfig));
        konfig.setCustomPostBPMNParseListeners(lyttere);
    }

    static final class Parser extends AbstractBpmnParseListener {

        private final ProcessEngineConfigurationImpl konfig;

        Parser(ProcessEngineConfigurationImpl konfig) {
            this.konfig = konfig;
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl aktivitet) {
            if (!(aktivitet.getActivityBehavior() instanceof UserTaskActivityBehavior oppgave)) {
                return;
            }
            String prosess = scope.getProcessDefinition() instanceof ProcessDefinitionEntity d ? d.getKey() : "";
            TaskDefinition definisjon = oppgave.getTaskDefinition();
            leggTil(definisjon, TaskListener.EVENTNAME_CREATE, "${saksinfo}");
            leggTil(definisjon, TaskListener.EVENTNAME_COMPLETE,
                    AAP.contains(prosess) ? "${registrerAapVurdering}" : "${registrerVurdering}");
        }

        private void leggTil(TaskDefinition definisjon, String hendelse, String uttrykk) {
            List<TaskListener> har = definisjon.getTaskListenersForEvent(hendelse);
            boolean finnes = har != null && har.stream().anyMatch(l -> l instanceof DelegateExpressionTaskListener d
                            && uttrykk.equals(d.getExpressionText()));
            if (!finnes) {
                ExpressionManager uttrykkene = konfig.getExpressionManager();
                definisjon.addTaskListener(hendelse,
                        new DelegateExpressionTaskListener(uttrykkene.createExpression(uttrykk), List.of()));
            }
        }
    }
}
