package no.oppfolgingsflyt.dekning;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Test-only engine plugin that records every sequence flow the tests take, per process definition key, so that
 * {@link ProsessdekningTest} can report the coverage of the models and name the paths no test walks.
 */
@Component
public class Dekningsmaler extends AbstractProcessEnginePlugin {

    static final Set<String> TATT = ConcurrentHashMap.newKeySet();
    static final String NAADD = "reached:";

    @Override
    public void preInit(ProcessEngineConfigurationImpl konfig) {
        if (konfig.getCustomPreBPMNParseListeners() == null) {
            konfig.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        konfig.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
                String flyt = transition.getId();
                transition.addListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution -> TATT.add(
                        execution.getProcessDefinitionId().split(":")[0] + "/" + flyt));
            }

            /**
             * The flows after an event-based gateway are no transitions in the engine: the catch event whose event
             * fires is entered directly. Reaching that catch event is recorded instead.
             */
            @Override
            public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                String id = activity.getId();
                activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> TATT.add(
                        execution.getProcessDefinitionId().split(":")[0] + "/" + NAADD + id));
            }
        });
    }
}
