package no.oppfolgingsflyt.felles;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of its own for a test class, on the server .ci/run provides. The name carries this test
 * JVM's process id, so two test runs on one machine never share (or empty) each other's databases. Databases left by
 * test JVMs that have ended are dropped when the next run starts (not at shutdown, where the application may still
 * be using them). Outside CI the test is skipped when no PostgreSQL answers; under CI=true it must run.
 */
public final class Testdatabase {

    public static final String SERVER = System.getenv().getOrDefault("TEST_DB_SERVER",
            "jdbc:postgresql://127.0.0.1:5432/");
    public static final String BRUKER = System.getenv().getOrDefault("TEST_DB_USERNAME", "postgres");
    public static final String PASSORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private static final Set<String> OPPRETTET = ConcurrentHashMap.newKeySet();
    private static final Pattern ETTER_PID = Pattern.compile("oppfolgingsflyt_[a-z_]+_(\\d+)");
    private static boolean ryddet;

    private Testdatabase() {}

    /** Creates this run's database for the name (empty) and returns its JDBC URL. */
    public static synchronized String klargjor(String navn) {
        String db = navn + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", BRUKER, PASSORD);
                Statement s = c.createStatement()) {
            if (!ryddet) {
                ryddet = true;
                slettForlatte(s);
            }
            if (OPPRETTET.add(db)) {
                s.execute("drop database if exists " + db + " with (force)");
                s.execute("create database " + db);
            }
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL must run under CI", e);
            }
            Assumptions.abort("No PostgreSQL at " + SERVER + " (" + e.getMessage() + ")");
        }
        String url = SERVER + db;
        try (Connection c = DriverManager.getConnection(url, BRUKER, PASSORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url;
    }

    /** Drops the databases of test JVMs that no longer run. */
    private static void slettForlatte(Statement s) throws SQLException {
        List<String> forlatte = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select datname from pg_database")) {
            while (rs.next()) {
                Matcher m = ETTER_PID.matcher(rs.getString(1));
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    forlatte.add(rs.getString(1));
                }
            }
        }
        for (String db : forlatte) {
            s.execute("drop database if exists " + db + " with (force)");
        }
    }
}
