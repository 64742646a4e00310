package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * Behovsvurdering (§ 14 a, aap.md § 2.1): standard or situasjonsbestemt innsats ends in a § 14 a vedtak at once;
 * otherwise the case goes on to an arbeidsevnevurdering. Always with a begrunnelse.
 */
public record Behovsvurdering(Utfall utfall, String begrunnelse) {

    public enum Utfall { STANDARD_INNSATS, SITUASJONSBESTEMT_INNSATS, BEHOV_FOR_ARBEIDSEVNEVURDERING }

    public static final Valgfelt<Utfall> UTFALL = new Felt("behovsvurderingUtfall", "Vurdering")
            .medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("behovsvurderingBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("behovsvurdering")
            .paakrevd(UTFALL)
            .paakrevd(BEGRUNNELSE)
            .bygg();

    public static Behovsvurdering vurder(Innsendt skjema) {
        Utfall utfall = skjema.valg(UTFALL);
        return new Behovsvurdering(utfall, skjema.paakrevdTekst(BEGRUNNELSE));
    }
}
