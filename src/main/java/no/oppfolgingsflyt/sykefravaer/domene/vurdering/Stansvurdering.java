package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import java.time.LocalDate;
import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * "Vurder stans" after the forhåndsvarsel's deadline: an innstilling om stans from a date, or OPPFYLT / UNNTAK when
 * the answer changed things. Always with a begrunnelse.
 *
 * @param stansFom only for INNSTILLING_OM_STANS
 */
public record Stansvurdering(Utfall utfall, LocalDate stansFom, String begrunnelse) {

    public enum Utfall { INNSTILLING_OM_STANS, OPPFYLT, UNNTAK }

    public static final Valgfelt<Utfall> UTFALL = new Felt("stansUtfall", "Vurdering").medValg(Utfall.class);
    public static final Felt STANS_FOM = new Felt("stansFom", "Stans fra og med");
    public static final Felt BEGRUNNELSE = new Felt("stansBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-stans")
            .paakrevd(UTFALL)
            .paakrevdNaar(STANS_FOM, UTFALL, Utfall.INNSTILLING_OM_STANS)
            .paakrevd(BEGRUNNELSE)
            .bygg();

    public static Stansvurdering vurder(Innsendt skjema) {
        Utfall utfall = skjema.valg(UTFALL);
        LocalDate fom = utfall == Utfall.INNSTILLING_OM_STANS ? skjema.paakrevdDato(STANS_FOM) : null;
        return new Stansvurdering(utfall, fom, skjema.paakrevdTekst(BEGRUNNELSE));
    }
}
