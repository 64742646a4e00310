package no.oppfolgingsflyt.felles.skjema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;

/**
 * The values a user submitted with a task form, read-only, with the rules every field follows. Values come as
 * Tasklist sends them: text for radio, text and date fields ("2025-03-15", "2025-03-15T10:00"), Boolean for
 * checkboxes, Number for number fields; a date set through the engine's API may also be a {@link Date}.
 * <p>
 * A broken rule is an {@link UgyldigFelt} whose Norwegian message names the field by its label and never repeats
 * the submitted value: it is shown to the user and may end up in logs, and a value may be personal data.
 */
public final class Innsendt {

    /** Dates are Norwegian days, as {@code Datoer.NORGE}; kept here so this class stays free of the engine. */
    static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    private final Function<String, ?> verdier;

    public Innsendt(Function<String, ?> verdier) {
        this.verdier = verdier;
    }

    public static Innsendt av(Map<String, ?> verdier) {
        return new Innsendt(verdier::get);
    }

    /** The raw value, or null when the field was left empty. */
    public Object verdi(Felt felt) {
        Object v = verdier.apply(felt.navn());
        return v == null || v instanceof String s && s.isBlank() ? null : v;
    }

    /** Trimmed text, or null when empty. */
    public String tekst(Felt felt) {
        Object v = verdi(felt);
        return v == null ? null : v.toString().trim();
    }

    public String paakrevdTekst(Felt felt) {
        String t = tekst(felt);
        if (t == null) {
            throw mangler(felt);
        }
        return t;
    }

    /** The chosen option of a required radio or select field. */
    public <E extends Enum<E>> E valg(Valgfelt<E> felt) {
        String verdi = paakrevdTekst(felt.felt());
        for (E e : felt.type().getEnumConstants()) {
            if (e.name().equals(verdi)) {
                return e;
            }
        }
        throw new UgyldigFelt(felt.felt(), felt.felt().iMelding() + " må være ett av valgene i skjemaet");
    }

    /** A checkbox: ticked or not (empty counts as not ticked). */
    public boolean avkrysset(Felt felt) {
        Object v = verdi(felt);
        if (v == null || v instanceof Boolean) {
            return Boolean.TRUE.equals(v);
        }
        throw new UgyldigFelt(felt, felt.iMelding() + " må være krysset av eller ikke");
    }

    /** A whole number, or null when empty. */
    public Long heltall(Felt felt) {
        Object v = verdi(felt);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new UgyldigFelt(felt, felt.iMelding() + " må være et helt tall");
    }

    /** A date field, or null when empty. */
    public LocalDate dato(Felt felt) {
        Object v = verdi(felt);
        if (v == null) {
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant().atZone(NORGE).toLocalDate();
        }
        String s = v.toString().trim();
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new UgyldigFelt(felt, felt.iMelding() + " er ikke en gyldig dato");
        }
    }

    public LocalDate paakrevdDato(Felt felt) {
        LocalDate d = dato(felt);
        if (d == null) {
            throw mangler(felt);
        }
        return d;
    }

    /** A date-and-time field ("2025-06-10T10:00", optionally with an offset), as Norwegian local time. */
    public LocalDateTime paakrevdTidspunkt(Felt felt) {
        Object v = verdi(felt);
        if (v == null) {
            throw mangler(felt);
        }
        if (v instanceof Date d) {
            return LocalDateTime.ofInstant(d.toInstant(), NORGE);
        }
        String s = v.toString().trim();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(NORGE).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e2) {
                throw new UgyldigFelt(felt, felt.iMelding() + " er ikke et gyldig tidspunkt");
            }
        }
    }

    private static UgyldigFelt mangler(Felt felt) {
        return new UgyldigFelt(felt, felt.iMelding() + " må fylles ut");
    }
}
