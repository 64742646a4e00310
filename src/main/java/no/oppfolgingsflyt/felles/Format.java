package no.oppfolgingsflyt.felles;

import java.util.regex.Pattern;

/** The formats of simple identifiers the API accepts, in one place. */
public final class Format {

    private static final Pattern SIFFER = Pattern.compile("[0-9]+");
    private static final Pattern ENHET = Pattern.compile("[0-9]{4}");
    /**
     * A plain address, local@domene: RFC 5322's dot-atom on both sides, the domain of DNS labels with a top-level
     * domain of letters. No display name, no quoted local part, no comments, no {@code <…>}: a mail library would
     * read {@code <script>@x.no} as a route address and send to «script».
     */
    private static final Pattern EPOST = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final int MAKS_LOKAL_DEL = 64;
    private static final int MAKS_EPOST = 254;

    private Format() {}

    /** Only the ASCII digits 0–9 (not Arabic-Indic, full-width or other Unicode digits). */
    public static boolean erSiffer(String verdi) {
        return verdi != null && SIFFER.matcher(verdi).matches();
    }

    /** A NAV office number: four ASCII digits (whether the office exists is {@code Navkontorer}' question). */
    public static boolean erEnhet(String verdi) {
        return verdi != null && ENHET.matcher(verdi).matches();
    }

    /** A plain e-mail address (local@domene.tld), at most 254 characters and 64 before the @ (RFC 5321). */
    public static boolean erEpost(String verdi) {
        return verdi != null && verdi.length() <= MAKS_EPOST && EPOST.matcher(verdi).matches()
                && verdi.indexOf('@') <= MAKS_LOKAL_DEL;
    }
}
