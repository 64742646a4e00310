package no.oppfolgingsflyt.felles;

import java.util.Optional;

/** Organisasjonsnummer from Enhetsregisteret: 9 digits, the last a mod-11 control digit. */
public final class Orgnummer {

    private static final int[] VEKTER = {3, 2, 7, 6, 5, 4, 3, 2};

    private Orgnummer() {}

    /** Returns why the value is not a valid orgnummer, or empty when it is valid. */
    public static Optional<String> feil(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return Optional.of("is missing");
        }
        if (verdi.length() != 9) {
            return Optional.of("must have 9 digits, has " + verdi.length() + " characters");
        }
        // ASCII only: Character.isDigit also takes Arabic-Indic or full-width digits
        if (!Format.erSiffer(verdi)) {
            return Optional.of("must contain digits only");
        }
        int sum = 0;
        for (int i = 0; i < VEKTER.length; i++) {
            sum += (verdi.charAt(i) - '0') * VEKTER[i];
        }
        int k = 11 - sum % 11;
        int kontroll = k == 11 ? 0 : k;
        if (k == 10 || kontroll != verdi.charAt(8) - '0') {
            return Optional.of("has a wrong control digit (mod 11)");
        }
        return Optional.empty();
    }
}
