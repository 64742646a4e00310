package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Lag aktivitetsplan" within 4 weeks of the vedtak (aap.md § 2.8). */
public record Aktivitetsplanvurdering(Utfall utfall, String notat) {

    public enum Utfall { LAGET }

    public static final Valgfelt<Utfall> UTFALL = new Felt("aktivitetsplanUtfall", "Status").medValg(Utfall.class);
    public static final Felt NOTAT = new Felt("aktivitetsplanNotat", "Notat");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("aktivitetsplan")
            .paakrevd(UTFALL)
            .valgfri(NOTAT)
            .bygg();

    public static Aktivitetsplanvurdering vurder(Innsendt skjema) {
        return new Aktivitetsplanvurdering(skjema.valg(UTFALL), skjema.tekst(NOTAT));
    }
}
