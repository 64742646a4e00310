package no.oppfolgingsflyt.felles;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work on one person's cases, one request at a time, and in a transaction of its own that is tried again when it
 * lost a race it could not see coming.
 *
 * <p>Two requests for the same person (the same sykmelding twenty times, overlapping sykmeldinger, a friskmelding)
 * read the person's cases and write them back; run side by side, one of them would fail on a unique key or be
 * built on a stale read. So they queue: first on a striped lock in this JVM (so that a queue does not hold a pooled
 * connection each), then, on PostgreSQL, on a transaction-scoped advisory lock on a hash of the fødselsnummer, which
 * holds across every node on the database and is let go at commit or rollback. H2 runs embedded in one JVM only, so
 * there the JVM lock is the whole guard. People never wait for one another (apart from the rare shared stripe).
 *
 * <p>What no lock can order is the engine's own job executor: a timer of the same case firing at that moment makes
 * one of the two fail with Camunda's {@link OptimisticLockingException}. The job is retried by the engine; the
 * request is retried here, from the start, in a new transaction, a few times with a short random pause. So is a
 * unique-key or deadlock failure. A request that fails for good answers as it would have (409, 404, 400).
 */
@Component
public class Personlaas {

    private static final Logger LOG = LoggerFactory.getLogger(Personlaas.class);
    static final int FORSOK = 6;
    private static final int STRIPER = 1024;
    private static final long MAKS_VENT_SEKUNDER = 60;

    private final ReentrantLock[] striper = new ReentrantLock[STRIPER];
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public Personlaas(PlatformTransactionManager transaksjoner, JdbcTemplate jdbc, DataSource dataSource) {
        for (int i = 0; i < STRIPER; i++) {
            striper[i] = new ReentrantLock(true);
        }
        this.tx = new TransactionTemplate(transaksjoner);
        this.jdbc = jdbc;
        this.postgres = erPostgres(dataSource);
    }

    /**
     * Runs {@code arbeid} in a new transaction holding the person's lock; tries again after a lost race. A null
     * {@code fnr} (an unknown case: the work will answer 404) runs without a lock.
     */
    public <T> T forPerson(String fnr, Supplier<T> arbeid) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // inside someone else's transaction a retry could not start afresh, and the caller holds the order
            throw new IllegalStateException("Personlaas must be called outside a transaction");
        }
        for (int forsok = 1; ; forsok++) {
            try {
                return enGang(fnr, arbeid);
            } catch (RuntimeException e) {
                if (forsok >= FORSOK || !kanProvesIgjen(e)) {
                    throw e;
                }
                LOG.info("Samtidig endring ({}), forsøk {} av {}", e.getClass().getSimpleName(), forsok, FORSOK);
                pause(forsok);
            }
        }
    }

    public void forPerson(String fnr, Runnable arbeid) {
        forPerson(fnr, () -> {
            arbeid.run();
            return null;
        });
    }

    private <T> T enGang(String fnr, Supplier<T> arbeid) {
        ReentrantLock laas = fnr == null ? null : striper[Math.floorMod(fnr.hashCode(), STRIPER)];
        if (laas != null) {
            try {
                if (!laas.tryLock(MAKS_VENT_SEKUNDER, TimeUnit.SECONDS)) {
                    throw new Opptatt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Opptatt();
            }
        }
        try {
            return tx.execute(s -> {
                if (postgres && fnr != null) {
                    jdbc.query("select pg_advisory_xact_lock(?)", (RowCallbackHandler) rs -> { }, nokkel(fnr));
                }
                return arbeid.get();
            });
        } finally {
            if (laas != null) {
                laas.unlock();
            }
        }
    }

    /** A race lost to another transaction: the same request may well succeed a moment later. */
    static boolean kanProvesIgjen(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OptimisticLockingException || c instanceof ConcurrencyFailureException
                    || c instanceof DataIntegrityViolationException) {
                return true;
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    // serialization failure, deadlock, unique key; H2's lock timeout
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("23505")
                            || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }

    /** The advisory lock's key: 64 bits of SHA-256, so no fødselsnummer is visible in pg_locks. */
    static long nokkel(String fnr) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(("oppfolgingsflyt.person:" + fnr).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(h).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(int forsok) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L * forsok));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Opptatt();
        }
    }

    private static boolean erPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database type", e);
        }
    }

    /** The person's lock was not free within a minute: the request changed nothing and may be sent again. */
    public static class Opptatt extends RuntimeException {
        public Opptatt() {
            super("Personen har en annen forespørsel under arbeid; send forespørselen igjen om litt");
        }
    }
}
