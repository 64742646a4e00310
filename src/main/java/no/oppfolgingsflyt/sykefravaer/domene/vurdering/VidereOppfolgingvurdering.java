package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Vurder videre oppfølging" after the 39-week letter (M7); START_ARBEIDSEVNEVURDERING opens the AAP case. */
public record VidereOppfolgingvurdering(Utfall utfall, String begrunnelse) {

    public enum Utfall { INGEN_TILTAK, START_ARBEIDSEVNEVURDERING, ANNEN_OPPFOLGING }

    public static final Valgfelt<Utfall> UTFALL = new Felt("videreOppfolgingUtfall", "Vurdering")
            .medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("videreOppfolgingBeskrivelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-videre-oppfolging")
            .paakrevd(UTFALL)
            .valgfri(BEGRUNNELSE)
            .bygg();

    public static VidereOppfolgingvurdering vurder(Innsendt skjema) {
        return new VidereOppfolgingvurdering(skjema.valg(UTFALL), skjema.tekst(BEGRUNNELSE));
    }
}
