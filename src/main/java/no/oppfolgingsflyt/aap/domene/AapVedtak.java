package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.UgyldigFelt;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * The saksbehandler's proposed AAP vedtak (aap.md § 2.7): INNVILGET only when the vilkår table found the conditions
 * met; always with a begrunnelse.
 */
public record AapVedtak(Utfall utfall, String begrunnelse) {

    public enum Utfall { INNVILGET, AVSLAG }

    public static final Valgfelt<Utfall> UTFALL = new Felt("aapVedtakUtfall", "Vedtak").medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("aapVedtakBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("aap-vedtak")
            .paakrevd(UTFALL)
            .paakrevd(BEGRUNNELSE)
            .bygg();

    /** @param vilkar the vilkår table's result as recorded when it was evaluated; null when it never was */
    public static AapVedtak vurder(Innsendt skjema, Vilkarsresultat vilkar) {
        Utfall utfall = skjema.valg(UTFALL);
        if (utfall == Utfall.INNVILGET) {
            if (vilkar == null) {
                throw new UgyldigFelt(UTFALL.felt(), "AAP kan ikke innvilges: vilkårene er ikke vurdert");
            }
            if (!vilkar.oppfylt()) {
                throw new UgyldigFelt(UTFALL.felt(), "AAP kan ikke innvilges: vilkårene er ikke oppfylt"
                        + (vilkar.avslagsgrunn() == null ? "" : " (" + vilkar.avslagsgrunn() + ")"));
            }
        }
        return new AapVedtak(utfall, skjema.paakrevdTekst(BEGRUNNELSE));
    }
}
