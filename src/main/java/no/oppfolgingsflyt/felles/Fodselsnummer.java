package no.oppfolgingsflyt.felles;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Norwegian fødselsnummer or D-number (11 digits, two mod-11 control digits). Its value never appears in
 * {@link #toString()}, so it cannot leak into a log line by accident.
 */
public final class Fodselsnummer {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String verdi;

    private Fodselsnummer(String verdi) {
        this.verdi = verdi;
    }

    /** Returns why the value is not a valid fødselsnummer or D-number, or empty when it is valid. */
    public static Optional<String> feil(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return Optional.of("is missing");
        }
        if (verdi.length() != 11) {
            return Optional.of("must have 11 digits, has " + verdi.length() + " characters");
        }
        if (!verdi.chars().allMatch(Character::isDigit)) {
            return Optional.of("must contain digits only");
        }
        if (fodselsdato(verdi).isEmpty()) {
            return Optional.of("does not start with a valid birth date (DDMMYY, D-number: DD+40)");
        }
        int k1 = kontrollsiffer(verdi, K1);
        int k2 = kontrollsiffer(verdi, K2);
        if (k1 < 0 || k2 < 0 || k1 != siffer(verdi, 9) || k2 != siffer(verdi, 10)) {
            return Optional.of("has wrong control digits (mod 11)");
        }
        return Optional.empty();
    }

    public static Fodselsnummer av(String verdi) {
        feil(verdi).ifPresent(f -> {
            throw new IllegalArgumentException("fødselsnummer " + f);
        });
        return new Fodselsnummer(verdi);
    }

    /** The number made of these nine digits and its two control digits, if such a number exists (for test data). */
    public static Optional<String> medKontrollsifre(String niSiffer) {
        int k1 = kontrollsiffer(niSiffer, K1);
        int k2 = k1 < 0 ? -1 : kontrollsiffer(niSiffer + k1, K2);
        return k1 < 0 || k2 < 0 ? Optional.empty() : Optional.of(niSiffer + k1 + k2);
    }

    public static boolean erDnummer(String verdi) {
        return siffer(verdi, 0) >= 4;
    }

    public String verdi() {
        return verdi;
    }

    static Optional<LocalDate> fodselsdato(String v) {
        int dag = Integer.parseInt(v.substring(0, 2));
        int maaned = Integer.parseInt(v.substring(2, 4));
        int aar = Integer.parseInt(v.substring(4, 6));
        int individ = Integer.parseInt(v.substring(6, 9));
        if (dag > 40) {
            dag -= 40; // D-number
        }
        int aarhundre;
        if (individ <= 499) {
            aarhundre = 1900;
        } else if (individ <= 749 && aar >= 54) {
            aarhundre = 1800;
        } else if (aar <= 39) {
            aarhundre = 2000;
        } else if (individ >= 900) {
            aarhundre = 1900;
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(aarhundre + aar, maaned, dag));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The mod-11 control digit over the digits before it, or -1 when none exists (remainder gives 10). */
    static int kontrollsiffer(String v, int[] vekter) {
        int sum = 0;
        for (int i = 0; i < vekter.length; i++) {
            sum += siffer(v, i) * vekter[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }

    private static int siffer(String v, int i) {
        return v.charAt(i) - '0';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fodselsnummer f && f.verdi.equals(verdi);
    }

    @Override
    public int hashCode() {
        return verdi.hashCode();
    }

    @Override
    public String toString() {
        return "Fodselsnummer(***********)";
    }
}
