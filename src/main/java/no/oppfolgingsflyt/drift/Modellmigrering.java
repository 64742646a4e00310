package no.oppfolgingsflyt.drift;

import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Moves running cases to a changed model. Cases run for one to three years; when a model changes (its
 * {@code camunda:versionTag} goes up), the engine deploys it as a new version and, without this, every running case
 * stays on the version it started on. A migration plan per change, below, says how a running case of one version
 * tag maps onto the next (activities with the same id map onto each other; renamed or split ones are mapped by
 * hand); at startup every running instance of the older version is moved, in chunks, and the result logged. A
 * change without a plan leaves running cases on their version, which keeps working.
 */
@Component
public class Modellmigrering {

    /** One model change: from version tag to version tag, and the mapping beyond equal activity ids. */
    public record Endring(String prosess, String fra, String til, UnaryOperator<MigrationPlanBuilder> tilpasning) {}

    /** The plans, oldest first. */
    static final List<Endring> ENDRINGER = List.of(
            // 1 → 2: a join gateway before «Vent på meldekort»; every activity kept its id.
            new Endring("aap-lopende-periode", "1", "2", b -> b));

    private static final Logger LOG = LoggerFactory.getLogger(Modellmigrering.class);
    private static final int BIT = 500;

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public Modellmigrering(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    public void vedOppstart() {
        for (Endring e : ENDRINGER) {
            try {
                migrer(e);
            } catch (RuntimeException feil) {
                // the cases stay on their version and keep running; the log says why they did not move
                LOG.error("Running cases of {} could not be moved from version tag {} to {}: {}", e.prosess(),
                        e.fra(), e.til(), feil.getMessage());
            }
        }
    }

    /** Moves every running instance of the change's older version(s); returns how many moved. */
    public int migrer(Endring e) {
        // the newest deployment of the target tag (a redeployment of the same model gets the same tag)
        ProcessDefinition til = repository.createProcessDefinitionQuery().processDefinitionKey(e.prosess())
                .versionTag(e.til()).orderByProcessDefinitionVersion().desc().list().stream().findFirst()
                .orElse(null);
        if (til == null) {
            return 0;
        }
        int flyttet = 0;
        for (ProcessDefinition fra : repository.createProcessDefinitionQuery().processDefinitionKey(e.prosess())
                .versionTag(e.fra()).list()) {
            flyttet += migrer(fra, til, e.tilpasning());
        }
        if (flyttet > 0) {
            LOG.info("{} running cases of {} moved from version tag {} to {}", flyttet, e.prosess(), e.fra(), e.til());
        }
        return flyttet;
    }

    private int migrer(ProcessDefinition fra, ProcessDefinition til, UnaryOperator<MigrationPlanBuilder> tilpasning) {
        List<String> ider = runtime.createProcessInstanceQuery().processDefinitionId(fra.getId()).list().stream()
                .map(p -> p.getId()).toList();
        if (ider.isEmpty()) {
            return 0;
        }
        MigrationPlan plan = tilpasning.apply(runtime.createMigrationPlan(fra.getId(), til.getId())
                .mapEqualActivities().updateEventTriggers()).build();
        for (int i = 0; i < ider.size(); i += BIT) {
            runtime.newMigration(plan).processInstanceIds(ider.subList(i, Math.min(ider.size(), i + BIT))).execute();
        }
        return ider.size();
    }
}
