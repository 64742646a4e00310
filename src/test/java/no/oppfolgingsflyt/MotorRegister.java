package no.oppfolgingsflyt;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Several Spring contexts share the test JVM (the H2 one of {@link AppTest}, PostgreSQL ones, the reliability tests'
 * application nodes), and Camunda keeps one JVM-wide register of engines, which the REST API and the webapps look
 * their engine up in. Closing a node's context empties that register for everyone, so a context started before it
 * would answer "No process engine available". Before each test the test's own engine is put back in the register.
 */
public class MotorRegister implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext kontekst) {
        ProcessEngine motor = SpringExtension.getApplicationContext(kontekst).getBean(ProcessEngine.class);
        if (ProcessEngines.getProcessEngines().get(motor.getName()) != motor) {
            ProcessEngines.registerProcessEngine(motor);
        }
        if (!BpmPlatform.getProcessEngineService().getProcessEngineNames().contains(motor.getName())) {
            RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(motor);
        }
    }
}
