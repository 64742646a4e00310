package no.oppfolgingsflyt.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes and statistics on the engine's tables that PostgreSQL needs with national volumes (docs/benchmark.md).
 * Created at startup, after the engine has created its tables; each statement is idempotent. Our own names
 * ({@code oppf_*}) keep them apart from Camunda's {@code act_idx_*}.
 *
 * <p><b>Job acquisition.</b> The job executor asks, several times a second, for jobs with
 * {@code DUEDATE_ <= now} whose process instance has no job in progress ({@code LOCK_EXP_TIME_ >= now}). Camunda
 * indexes neither column, so with the hundreds of thousands of future timers of 100 000 open cases every ask read the
 * whole job table: 30 to 150 ms with 300 000 timers, against 0.2 ms with the two indexes.
 *
 * <p><b>Tasklist.</b> Every task query of a veileder carries Camunda's authorization check: a join with the
 * authorizations of the user's groups on {@code RESOURCE_ID_ IN (task id, process key, '*')} and a filter
 * {@code PERMS_ & 2 = 2}. The engine gives each candidate group a READ authorization per task, so an office with
 * 10 000 open tasks has 10 000 such rows. PostgreSQL cannot estimate a bitwise condition, guesses a handful of rows
 * and then compares every task with every authorization: 3 to 7 s per list or count with 10 000 tasks, growing with
 * the square. With statistics on the permission expressions the estimate is right, and with the planner settings of
 * application-postgres.yaml (random_page_cost 1.1; every query planned with its parameter values, since a cached
 * generic plan cannot use the statistics; no JIT) the planner looks each task's authorizations up by index: about
 * 0.1 s with 10 000 tasks.
 */
@Component
public class PostgresTuning {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTuning.class);

    static final String[] SETNINGER = {
        "create index concurrently if not exists oppf_idx_job_duedate on act_ru_job (duedate_)",
        "create index concurrently if not exists oppf_idx_job_lock_exp_time on act_ru_job (lock_exp_time_)",
        "create statistics if not exists oppf_stat_authorization_perms on (perms_ & 2), (perms_ & 64)"
                + " from act_ru_authorization",
        "analyze act_ru_authorization"
    };

    private final DataSource dataSource;

    public PostgresTuning(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Order(-10)
    @EventListener(ApplicationReadyEvent.class)
    public void opprett() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            c.setAutoCommit(true); // "create index concurrently" cannot run inside a transaction
            for (String setning : SETNINGER) {
                try {
                    s.execute(setning);
                } catch (SQLException e) {
                    // e.g. another node creating the same index at the same moment. The application works
                    // without them; only job acquisition and Tasklist are slower at volume.
                    LOG.warn("Could not run '{}': {}", setning, e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not create the indexes and statistics for job acquisition and Tasklist: {}",
                    e.getMessage());
        }
    }
}
