package no.oppfolgingsflyt.felles;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Norwegian fødselsnummer or D-number (11 ASCII digits, two mod-11 control digits). Its value never appears in
 * {@link #toString()}, so it cannot leak into a log line by accident.
 *
 * <p>Control digits: the second (k2) is the classic mod 11 over the ten digits before it. For the first (k1),
 * Skatteetaten's rule for numbers issued from 2032 accepts a remainder of 0, 1, 2 or 3 where the old rule accepted
 * only 0, so every number valid today stays valid. The individnummer no longer tells the century, so the birth date
 * is checked as a day and month only. Synthetic test identities (month + 40 in NAV's test systems, which H-numbers
 * share, month + 80 in Skatteetaten's Tenor) are accepted only when the caller allows them.
 */
public final class Fodselsnummer {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /** The largest remainder of k1's sum that Skatteetaten's 2032 rule accepts (the old rule: 0 only). */
    private static final int MAKS_REST_K1 = 3;

    private final String verdi;

    private Fodselsnummer(String verdi) {
        this.verdi = verdi;
    }

    /** Why the value is not a valid fødselsnummer or D-number, or empty when it is; synthetic identities refused. */
    public static Optional<String> feil(String verdi) {
        return feil(verdi, false);
    }

    /**
     * Why the value is not a valid fødselsnummer or D-number, or empty when it is valid. With
     * {@code tillatSyntetiske}, NAV's and Tenor's synthetic test identities and H-numbers are valid too.
     */
    public static Optional<String> feil(String verdi, boolean tillatSyntetiske) {
        if (verdi == null || verdi.isBlank()) {
            return Optional.of("is missing");
        }
        if (verdi.length() != 11) {
            return Optional.of("must have 11 digits, has " + verdi.length() + " characters");
        }
        // ASCII only: Character.isDigit also takes Arabic-Indic or full-width digits, a second spelling of one person
        if (!Format.erSiffer(verdi)) {
            return Optional.of("must contain digits only");
        }
        int maaned = Integer.parseInt(verdi.substring(2, 4));
        if (maaned > 40 && !tillatSyntetiske) {
            return Optional.of("er et syntetisk testnummer eller H-nummer (måned + 40 eller + 80), "
                    + "som ikke godtas her");
        }
        if (fodselsdato(verdi).isEmpty()) {
            return Optional.of("does not start with a valid birth date (DDMMYY, D-number: DD+40)");
        }
        if (!kontrollsifreStemmer(verdi)) {
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

    /**
     * The number made of these nine digits and its two control digits by the rule in use before 2032, if such a
     * number exists (for test data).
     */
    public static Optional<String> medKontrollsifre(String niSiffer) {
        int k1 = kontrollsiffer(niSiffer, K1);
        int k2 = k1 < 0 ? -1 : kontrollsiffer(niSiffer + k1, K2);
        return k1 < 0 || k2 < 0 ? Optional.empty() : Optional.of(niSiffer + k1 + k2);
    }

    public static boolean erDnummer(String verdi) {
        return siffer(verdi, 0) >= 4;
    }

    /** NAV's (month + 40, also H-numbers) or Tenor's (month + 80) synthetic test identity. */
    public static boolean erSyntetisk(String verdi) {
        return siffer(verdi, 2) >= 4;
    }

    public String verdi() {
        return verdi;
    }

    /**
     * The day and month of birth, in the year 2000 + YY: from 2032 the individnummer no longer tells the century,
     * so only the day and month can be checked (29 February only in a year divisible by four, as in every century
     * the numbers are issued for). D-numbers add 40 to the day, synthetic identities 40 or 80 to the month.
     */
    static Optional<LocalDate> fodselsdato(String v) {
        int dag = Integer.parseInt(v.substring(0, 2));
        int maaned = Integer.parseInt(v.substring(2, 4));
        int aar = Integer.parseInt(v.substring(4, 6));
        if (dag > 40) {
            dag -= 40; // D-number
        }
        if (maaned > 80) {
            maaned -= 80; // Tenor
        } else if (maaned > 40) {
            maaned -= 40; // NAV's synthetic persons, H-numbers
        }
        try {
            return Optional.of(LocalDate.of(2000 + aar, maaned, dag));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** k2 by the classic rule over the ten digits before it; k1 with a remainder of 0 to 3 (Skatteetaten, 2032). */
    static boolean kontrollsifreStemmer(String v) {
        int sum1 = siffer(v, 9);
        for (int i = 0; i < K1.length; i++) {
            sum1 += siffer(v, i) * K1[i];
        }
        int k2 = kontrollsiffer(v, K2);
        return sum1 % 11 <= MAKS_REST_K1 && k2 >= 0 && k2 == siffer(v, 10);
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
