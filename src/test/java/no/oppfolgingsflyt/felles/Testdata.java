package no.oppfolgingsflyt.felles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Synthetic but valid identifiers for tests: no real person or company. */
public final class Testdata {

    private static int neste = 100;

    private Testdata() {}

    /** A new valid fødselsnummer for someone born in 1980 (a different one on every call). */
    public static synchronized String fnr() {
        while (true) {
            // 3000 birth dates times 500 individnumre: over a million before one repeats (the benchmark needs
            // tens of thousands; stepping both with the same counter repeated after 3000)
            int i = neste++;
            String kandidat = fnr(LocalDate.of(1980, 1, 1).plusDays(i % 3000), (i / 3000) % 500, false);
            if (kandidat != null) {
                return kandidat;
            }
        }
    }

    /** Valid fødselsnummer or D-number for the date and individnummer, or null when none exists for them. */
    public static String fnr(LocalDate fodt, int individ, boolean dNummer) {
        String dato = fodt.format(DateTimeFormatter.ofPattern("ddMMyy"));
        if (dNummer) {
            dato = (char) (dato.charAt(0) + 4) + dato.substring(1);
        }
        return Fodselsnummer.medKontrollsifre(dato + String.format("%03d", individ)).orElse(null);
    }

    /**
     * A new synthetic test identity as NAV's test systems make them (month + 40; Tenor's: + 80), accepted only where
     * {@code oppfolgingsflyt.identitet.tillat-syntetiske} is on, as in the tests.
     */
    public static synchronized String syntetiskFnr(int maanedTillegg) {
        while (true) {
            String f = fnr();
            String maaned = String.format("%02d", Integer.parseInt(f.substring(2, 4)) + maanedTillegg);
            var syntetisk = Fodselsnummer.medKontrollsifre(f.substring(0, 2) + maaned + f.substring(4, 9));
            if (syntetisk.isPresent()) {
                return syntetisk.get();
            }
        }
    }

    /** NAV's own organisasjonsnummer: valid control digit. */
    public static final String ORGNR = "889640782";
}
