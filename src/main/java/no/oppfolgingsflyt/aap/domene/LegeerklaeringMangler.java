package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Følg opp manglende legeerklæring" after the wait ran out: ask again, or go on without it. */
public record LegeerklaeringMangler(Utfall utfall, String notat) {

    public enum Utfall { PURRET_PA_NYTT, FORTSETT_UTEN }

    public static final Valgfelt<Utfall> UTFALL = new Felt("legeerklaeringOppfolging", "Hva gjør du?")
            .medValg(Utfall.class);
    public static final Felt NOTAT = new Felt("legeerklaeringNotat", "Notat");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("legeerklaering-mangler")
            .paakrevd(UTFALL)
            .valgfri(NOTAT)
            .bygg();

    public static LegeerklaeringMangler vurder(Innsendt skjema) {
        return new LegeerklaeringMangler(skjema.valg(UTFALL), skjema.tekst(NOTAT));
    }
}
