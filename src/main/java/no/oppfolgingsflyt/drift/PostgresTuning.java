package no.oppfolgingsflyt.drift;

import java.sql.Connection;
import java.sql.ResultSet;
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
 * thousands of future timers of 100 000 open cases every ask read the whole job table: 55 to 215 ms with 300 000
 * timers, against 0.3 ms with the two indexes. (Tasklist's queries need planner settings instead:
 * application-postgres.yaml.)
 */
@Component
public class PostgresTuning {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTuning.class);

    /** Index name and column of act_ru_job. */
    static final String[][] INDEKSER = {
        {"oppf_idx_job_duedate", "duedate_"},
        {"oppf_idx_job_lock_exp_time", "lock_exp_time_"}
    };
    /** One node builds the indexes; another starting at the same time skips them (the first one finishes). */
    private static final long LAAS = 0x6f707066L; // "oppf"

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
            if (!sant(s, "select pg_try_advisory_lock(" + LAAS + ")")) {
                return;
            }
            try {
                s.execute("set lock_timeout = '30s'"); // never hold up startup for long behind old transactions
                for (String[] indeks : INDEKSER) {
                    lagIndeks(s, indeks[0], indeks[1]);
                }
            } finally {
                s.execute("reset lock_timeout");
                s.execute("select pg_advisory_unlock(" + LAAS + ")");
            }
        } catch (SQLException e) {
            // The application works without them; only job acquisition is slower at volume.
            LOG.warn("Could not create the indexes for job acquisition: {}", e.getMessage());
        }
    }

    private static void lagIndeks(Statement s, String navn, String kolonne) {
        try {
            // A concurrent build that was interrupted leaves an invalid index that "if not exists" would keep.
            if (sant(s, "select exists (select 1 from pg_index i join pg_class c on c.oid = i.indexrelid"
                    + " where c.relname = '" + navn + "' and not i.indisvalid)")) {
                LOG.info("Rebuilding the invalid index {}", navn);
                s.execute("drop index concurrently if exists " + navn);
            }
            s.execute("create index concurrently if not exists " + navn + " on act_ru_job (" + kolonne + ")");
        } catch (SQLException e) {
            LOG.warn("Could not create the index {} for job acquisition: {}", navn, e.getMessage());
        }
    }

    private static boolean sant(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() && r.getBoolean(1);
        }
    }
}
