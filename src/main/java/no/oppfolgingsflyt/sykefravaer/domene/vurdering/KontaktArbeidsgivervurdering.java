package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * The veileder's follow-up of an employer that did not confirm the oppfølgingsplan (M1) or dialogmøte 1 (M2). That
 * the duty was obviously unnecessary needs a reason, as when the employer says so itself.
 */
public record KontaktArbeidsgivervurdering(Utfall utfall, String begrunnelse) {

    public enum Utfall { ARBEIDSGIVER_KONTAKTET, BEKREFTET_AV_ARBEIDSGIVER, IKKE_NODVENDIG }

    public static final Valgfelt<Utfall> UTFALL = new Felt("arbeidsgiverKontaktUtfall", "Utfall")
            .medValg(Utfall.class);
    /** Required for IKKE_NODVENDIG. */
    public static final Felt BEGRUNNELSE = new Felt("arbeidsgiverKontaktBeskrivelse", "Begrunnelse");
    /** Optional for the other outcomes. */
    public static final Felt KOMMENTAR = new Felt("arbeidsgiverKontaktKommentar", "Kommentar");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("kontakt-arbeidsgiver")
            .paakrevd(UTFALL)
            .paakrevdNaar(BEGRUNNELSE, UTFALL, Utfall.IKKE_NODVENDIG)
            .valgfriNaar(KOMMENTAR, UTFALL, Utfall.ARBEIDSGIVER_KONTAKTET, Utfall.BEKREFTET_AV_ARBEIDSGIVER)
            .bygg();

    public static KontaktArbeidsgivervurdering vurder(Innsendt skjema) {
        Utfall utfall = skjema.valg(UTFALL);
        if (utfall == Utfall.IKKE_NODVENDIG) {
            return new KontaktArbeidsgivervurdering(utfall, skjema.paakrevdTekst(BEGRUNNELSE));
        }
        // A caller of the engine's API may still send the text as the begrunnelse.
        String kommentar = skjema.tekst(KOMMENTAR);
        return new KontaktArbeidsgivervurdering(utfall, kommentar != null ? kommentar : skjema.tekst(BEGRUNNELSE));
    }
}
