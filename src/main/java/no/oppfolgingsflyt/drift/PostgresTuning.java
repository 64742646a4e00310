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
 * Indexes on the engine's job table that PostgreSQL needs with national volumes (docs/benchmark.md, "Job
 * acquisition"). Created at startup, after the engine has created its tables; each statement is idempotent. Our own
 * names ({@code oppf_*}) keep them apart from Camunda's {@code act_idx_*}.
 *
 * <p>The job executor asks, several times a second, for jobs with {@code DUEDATE_ <= now} whose process instance
 * has no job in progress ({@code LOCK_EXP_TIME_ >= now}). Camunda indexes neither column, so with the hundreds of
 * thousands of future timers of 100 000 open cases every ask read the whole job table: 50 to 200 ms with 300 000
 * timers, against 0.3 ms with the two indexes. (Tasklist's queries need planner settings instead:
 * application-postgres.yaml.)
 */
@Component
public class PostgresTuning {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTuning.class);

    static final String[] SETNINGER = {
        "create index concurrently if not exists oppf_idx_job_duedate on act_ru_job (duedate_)",
        "create index concurrently if not exists oppf_idx_job_lock_exp_time on act_ru_job (lock_exp_time_)"
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
                    // without them; only job acquisition is slower at volume.
                    LOG.warn("Could not run '{}': {}", setning, e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not create the indexes for job acquisition: {}", e.getMessage());
        }
    }
}
