package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Vurder stans av AAP" after the forhåndsvarsel's deadline: stop or continue, always with a begrunnelse. */
public record StansAapVurdering(Utfall utfall, String begrunnelse) {

    public enum Utfall { STANS, FORTSETT }

    public static final Valgfelt<Utfall> UTFALL = new Felt("stansAapUtfall", "Vurdering").medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("stansAapBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-stans-aap")
            .paakrevd(UTFALL)
            .paakrevd(BEGRUNNELSE)
            .bygg();

    public static StansAapVurdering vurder(Innsendt skjema) {
        String begrunnelse = skjema.paakrevdTekst(BEGRUNNELSE);
        return new StansAapVurdering(skjema.valg(UTFALL), begrunnelse);
    }
}
