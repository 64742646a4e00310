package no.oppfolgingsflyt.felles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import no.oppfolgingsflyt.api.Konflikt;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Retrying a lost race, and only a lost race, in a transaction of its own each time. */
class PersonlaasTest {

    final DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:personlaas;DB_CLOSE_DELAY=-1");
    final Personlaas laas = new Personlaas(new DataSourceTransactionManager(ds), new JdbcTemplate(ds), ds);

    @Test
    void taptKappløpMotMotorenProvesIgjenITransaksjonAvSegSelv() {
        AtomicInteger forsok = new AtomicInteger();
        String svar = laas.forPerson("17038512345", () -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            if (forsok.incrementAndGet() < 3) {
                // as the engine raises it, wrapped or not
                throw forsok.get() == 1 ? new OptimisticLockingException("ENTITY was updated by another transaction")
                        : new ProcessEngineException("flush", new OptimisticLockingException("again"));
            }
            return "ok";
        });
        assertThat(svar).isEqualTo("ok");
        assertThat(forsok).hasValue(3);
    }

    @Test
    void enEkteAvvisningProvesIkkeIgjen() {
        AtomicInteger forsok = new AtomicInteger();
        assertThatThrownBy(() -> laas.forPerson("17038512345", () -> {
            forsok.incrementAndGet();
            throw new Konflikt("closed");
        })).isInstanceOf(Konflikt.class);
        assertThat(forsok).hasValue(1);
    }

    @Test
    void girOppEtterNoenForsok() {
        AtomicInteger forsok = new AtomicInteger();
        assertThatThrownBy(() -> laas.forPerson("17038512345", () -> {
            forsok.incrementAndGet();
            throw new DuplicateKeyException("unique");
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(forsok).hasValue(Personlaas.FORSOK);
    }

    @Test
    void nokkelenAvslorerIkkeFodselsnummeret() {
        assertThat(Personlaas.nokkel("17038512345")).isEqualTo(Personlaas.nokkel("17038512345"))
                .isNotEqualTo(Personlaas.nokkel("17038512346"));
        assertThat(String.valueOf(Personlaas.nokkel("17038512345"))).doesNotContain("17038512345");
    }
}
