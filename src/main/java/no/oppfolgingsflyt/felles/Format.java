package no.oppfolgingsflyt.felles;

import java.util.regex.Pattern;

/** The formats of simple identifiers the API accepts, in one place. */
public final class Format {

    private static final Pattern ENHET = Pattern.compile("\\d{4}");
    private static final Pattern EPOST = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Format() {}

    /** A NAV office number: four digits. */
    public static boolean erEnhet(String verdi) {
        return verdi != null && ENHET.matcher(verdi).matches();
    }

    /** An e-mail address of at most 320 characters. */
    public static boolean erEpost(String verdi) {
        return verdi != null && verdi.length() <= 320 && EPOST.matcher(verdi).matches();
    }
}
