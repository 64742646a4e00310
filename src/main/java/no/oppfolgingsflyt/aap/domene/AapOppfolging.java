package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Følg opp AAP-mottaker", at least every 6 months (aap.md § 2.9). */
public record AapOppfolging(Utfall utfall, String notat) {

    public enum Utfall { FULGT_OPP }

    public static final Valgfelt<Utfall> UTFALL = new Felt("oppfolgingUtfall", "Status").medValg(Utfall.class);
    public static final Felt NOTAT = new Felt("oppfolgingNotat", "Notat");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("folg-opp-aap")
            .paakrevd(UTFALL)
            .valgfri(NOTAT)
            .bygg();

    public static AapOppfolging vurder(Innsendt skjema) {
        return new AapOppfolging(skjema.valg(UTFALL), skjema.tekst(NOTAT));
    }
}
