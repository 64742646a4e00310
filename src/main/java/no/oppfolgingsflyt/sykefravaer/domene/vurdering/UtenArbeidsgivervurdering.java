package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Følg opp sykmeldt uten arbeidsgiver" (M5). */
public record UtenArbeidsgivervurdering(Utfall utfall, String begrunnelse) {

    public enum Utfall { OPPFOLGING_STARTET, INGEN_TILTAK }

    public static final Valgfelt<Utfall> UTFALL = new Felt("utenArbeidsgiverUtfall", "Vurdering")
            .medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("utenArbeidsgiverBeskrivelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("folg-opp-uten-arbeidsgiver")
            .paakrevd(UTFALL)
            .valgfri(BEGRUNNELSE)
            .bygg();

    public static UtenArbeidsgivervurdering vurder(Innsendt skjema) {
        return new UtenArbeidsgivervurdering(skjema.valg(UTFALL), skjema.tekst(BEGRUNNELSE));
    }
}
