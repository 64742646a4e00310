package no.oppfolgingsflyt.felles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Dates as the process sees them: a deadline is a day in Norway, and a timer for it fires at the start of that day
 * (Europe/Oslo). "Today" is the engine's clock, so tests that move the engine clock move the whole application.
 */
public final class Datoer {

    public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    private Datoer() {}

    public static Date startAvDag(LocalDate dato) {
        return dato == null ? null : Date.from(dato.atStartOfDay(NORGE).toInstant());
    }

    public static Date tidspunkt(LocalDateTime tid) {
        return tid == null ? null : Date.from(tid.atZone(NORGE).toInstant());
    }

    public static LocalDate dato(Date tid) {
        return tid == null ? null : tid.toInstant().atZone(NORGE).toLocalDate();
    }

    public static LocalDate idag() {
        return dato(ClockUtil.getCurrentTime());
    }

    public static LocalDateTime naa() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), NORGE);
    }
}
