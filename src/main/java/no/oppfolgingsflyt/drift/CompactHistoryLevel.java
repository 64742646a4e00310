package no.oppfolgingsflyt.drift;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@code compact}: everything level {@code full} keeps except the two kinds of history that made up
 * about a third of the database per case in the benchmark (docs/benchmark.md) and that nobody reads here:
 * <ul>
 * <li>every intermediate value of every variable (ACT_HI_DETAIL); the last value of each variable stays in
 * ACT_HI_VARINST, and every vurdering is in the case log (table {@code sakshendelse});</li>
 * <li>a job log entry for every job created, executed and deleted (ACT_HI_JOB_LOG); failures are still logged, and
 * failures that retries cannot fix are incidents.</li>
 * </ul>
 * Kept: process, activity and task instances (Cockpit, the milestone figures), variable instances, incidents,
 * identity links, decisions, and the user operation log (who completed, changed or withdrew what).
 */
public final class CompactHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "compact";
    /** Stored in ACT_GE_PROPERTY; the built-in levels use 0 to 3. */
    public static final int ID = 10;

    private static final Set<HistoryEventType> UTELATT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS,
            HistoryEventTypes.JOB_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !UTELATT.contains(eventType);
    }
}
