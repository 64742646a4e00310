package no.oppfolgingsflyt.aap.domene;

/**
 * The result of the AAP vilkår table (bpmn/aap-vilkar.dmn) as it was evaluated, kept in the case log so that the
 * vedtak is judged against what the rules said and not against a variable a caller can overwrite.
 *
 * @param avslagsgrunn the first unmet condition; null when the vilkår are met
 */
public record Vilkarsresultat(boolean oppfylt, String avslagsgrunn) {

    private static final String OPPFYLT = "OPPFYLT";
    private static final String IKKE_OPPFYLT = "IKKE_OPPFYLT";

    public Vilkarsresultat {
        if (oppfylt) {
            avslagsgrunn = null;
        }
    }

    /** As written to the case log: "OPPFYLT" or "IKKE_OPPFYLT:MANGLER_LEGEERKLAERING". */
    public String kode() {
        return oppfylt ? OPPFYLT : avslagsgrunn == null ? IKKE_OPPFYLT : IKKE_OPPFYLT + ":" + avslagsgrunn;
    }

    public static Vilkarsresultat fraKode(String kode) {
        if (OPPFYLT.equals(kode)) {
            return new Vilkarsresultat(true, null);
        }
        if (kode != null && kode.startsWith(IKKE_OPPFYLT)) {
            return new Vilkarsresultat(false, kode.length() > IKKE_OPPFYLT.length()
                    ? kode.substring(IKKE_OPPFYLT.length() + 1) : null);
        }
        throw new IllegalArgumentException("Not a vilkår result: " + kode);
    }
}
