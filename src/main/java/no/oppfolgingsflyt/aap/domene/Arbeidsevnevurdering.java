package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.UgyldigFelt;

/**
 * The arbeidsevnevurdering (aap.md § 2.4): resources and obstacles, whether the work capacity is reduced and by how
 * much (1–100 %), whether illness is the main cause, and the need under § 11-6. The details of a reduction count
 * only when the capacity is reduced; otherwise they are false and the reduction 0.
 */
public record Arbeidsevnevurdering(boolean nedsatt, int reduksjon, boolean varigNedsatt, boolean sykdomHovedarsak,
        boolean behovEtterParagraf116, String ressurser, String hindringer, String begrunnelse) {

    public static final Felt RESSURSER = new Felt("arbeidsevneRessurser", "Ressurser");
    public static final Felt HINDRINGER = new Felt("arbeidsevneHindringer", "Hindringer");
    public static final Felt NEDSATT = new Felt("nedsattArbeidsevne", "Arbeidsevnen er nedsatt");
    public static final Felt REDUKSJON = new Felt("arbeidsevneReduksjon", "Reduksjon i arbeidsevne (prosent)");
    public static final Felt VARIG = new Felt("varigNedsatt", "Arbeidsevnen er varig nedsatt");
    public static final Felt SYKDOM_HOVEDARSAK = new Felt("sykdomHovedarsak", "Sykdom eller skade er hovedårsaken");
    public static final Felt BEHOV_11_6 = new Felt("behovEtterParagraf116",
            "Behov for aktiv behandling, arbeidsrettet tiltak eller annen oppfølging (§ 11-6)");
    public static final Felt BEGRUNNELSE = new Felt("arbeidsevneBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("arbeidsevnevurdering")
            .valgfri(RESSURSER)
            .valgfri(HINDRINGER)
            .valgfri(NEDSATT)
            .paakrevdNaarAvkrysset(REDUKSJON, NEDSATT)
            .valgfriNaarAvkrysset(VARIG, NEDSATT)
            .valgfriNaarAvkrysset(SYKDOM_HOVEDARSAK, NEDSATT)
            .valgfriNaarAvkrysset(BEHOV_11_6, NEDSATT)
            .paakrevd(BEGRUNNELSE)
            .bygg();

    public static Arbeidsevnevurdering vurder(Innsendt skjema) {
        String begrunnelse = skjema.paakrevdTekst(BEGRUNNELSE);
        if (!skjema.avkrysset(NEDSATT)) {
            return new Arbeidsevnevurdering(false, 0, false, false, false, skjema.tekst(RESSURSER),
                    skjema.tekst(HINDRINGER), begrunnelse);
        }
        Long reduksjon = skjema.heltall(REDUKSJON);
        if (reduksjon == null || reduksjon < 1 || reduksjon > 100) {
            throw new UgyldigFelt(REDUKSJON, REDUKSJON.etikett()
                    + " må være et tall fra 1 til 100 når arbeidsevnen er nedsatt");
        }
        return new Arbeidsevnevurdering(true, reduksjon.intValue(), skjema.avkrysset(VARIG),
                skjema.avkrysset(SYKDOM_HOVEDARSAK), skjema.avkrysset(BEHOV_11_6), skjema.tekst(RESSURSER),
                skjema.tekst(HINDRINGER), begrunnelse);
    }

    /** For the case log: "NEDSATT:60" or "IKKE_NEDSATT". */
    public String kode() {
        return nedsatt ? "NEDSATT:" + reduksjon : "IKKE_NEDSATT";
    }
}
