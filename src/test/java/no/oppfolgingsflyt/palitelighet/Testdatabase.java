package no.oppfolgingsflyt.palitelighet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of its own for a test class, emptied first, on the server .ci/run provides. Outside CI the
 * test is skipped when no PostgreSQL answers; under CI=true it must run.
 */
final class Testdatabase {

    static final String SERVER = System.getenv().getOrDefault("TEST_DB_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    static final String BRUKER = System.getenv().getOrDefault("TEST_DB_USERNAME", "postgres");
    static final String PASSORD = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");

    private Testdatabase() {}

    /** Creates the database if needed, empties its public schema, and returns its JDBC URL. */
    static String klargjor(String navn) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", BRUKER, PASSORD);
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + navn + "'");
            if (!rs.next()) {
                s.execute("create database " + navn);
            }
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL must run under CI", e);
            }
            Assumptions.abort("No PostgreSQL at " + SERVER + " (" + e.getMessage() + ")");
        }
        String url = SERVER + navn;
        try (Connection c = DriverManager.getConnection(url, BRUKER, PASSORD); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url;
    }
}
