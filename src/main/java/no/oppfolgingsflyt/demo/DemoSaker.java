package no.oppfolgingsflyt.demo;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the demo with cases so that a newcomer sees real tasks in Tasklist on the first login. */
@Component
@Profile("demo")
public class DemoSaker {

    private final RuntimeService runtimeService;

    public DemoSaker(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    public void opprett() {
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey("sykefravaersoppfolging").count() > 0) {
            return;
        }
        runtimeService.startProcessInstanceByKey("sykefravaersoppfolging", "DEMO-0301-1", Map.of("enhet", "0301"));
        runtimeService.startProcessInstanceByKey("sykefravaersoppfolging", "DEMO-4601-1", Map.of("enhet", "4601"));
    }
}
