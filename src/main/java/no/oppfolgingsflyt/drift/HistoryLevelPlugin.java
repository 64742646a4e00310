package no.oppfolgingsflyt.drift;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes history level {@link CompactHistoryLevel compact} available ({@code camunda.bpm.history-level: compact}).
 *
 * <p>The engine refuses to start when the level stored in the database differs from the configured one. A database
 * written with level {@code full} holds everything {@code compact} keeps, so when {@code compact} is configured it is
 * moved to {@code compact} here, before the engine checks, and the change is logged. The other way (back to
 * {@code full}, or back to a version of the application without this level) is a manual step: README.md,
 * "Configuration".
 */
@Component
public class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryLevelPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> egne = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        egne.add(new CompactHistoryLevel());
        configuration.setCustomHistoryLevels(egne);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryLevel() instanceof CompactHistoryLevel) {
            String prefix = configuration.getDatabaseTablePrefix() == null ? ""
                    : configuration.getDatabaseTablePrefix();
            if (fraFullTilCompact(configuration.getDataSource(), prefix)) {
                LOG.info("History level of the database changed from full to compact: from now on no variable "
                        + "update details and no job log entries except failures are written");
            }
        }
    }

    /** Moves a database written with level full to compact; true if it did. A new database is left to the engine. */
    static boolean fraFullTilCompact(DataSource dataSource, String prefix) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update " + prefix + "ACT_GE_PROPERTY set VALUE_ = ? "
                        + "where NAME_ = 'historyLevel' and VALUE_ = ?")) {
            c.setAutoCommit(true);
            s.setString(1, String.valueOf(CompactHistoryLevel.ID));
            s.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
            return s.executeUpdate() > 0;
        } catch (SQLException e) {
            // SQL state class 42: no ACT_GE_PROPERTY yet, a new database whose tables the engine creates and where
            // it stores the configured level. Anything else the engine's own check reports in a moment.
            if (e.getSQLState() == null || !e.getSQLState().startsWith("42")) {
                LOG.warn("Could not check the database's history level: {}", e.getMessage());
            }
            return false;
        }
    }
}
