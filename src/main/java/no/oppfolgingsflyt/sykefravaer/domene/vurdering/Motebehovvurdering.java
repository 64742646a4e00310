package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Vurder møtebehov": the employer or the employee asked for a meeting. */
public record Motebehovvurdering(Utfall utfall, String begrunnelse) {

    public enum Utfall { INNKALL_TIL_DIALOGMOTE, IKKE_BEHOV, ANNEN_OPPFOLGING }

    public static final Valgfelt<Utfall> UTFALL = new Felt("motebehovUtfall", "Vurdering").medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("motebehovBeskrivelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-motebehov")
            .paakrevd(UTFALL)
            .valgfri(BEGRUNNELSE)
            .bygg();

    public static Motebehovvurdering vurder(Innsendt skjema) {
        return new Motebehovvurdering(skjema.valg(UTFALL), skjema.tekst(BEGRUNNELSE));
    }
}
