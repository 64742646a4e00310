package no.oppfolgingsflyt.aap.domene;

import java.time.LocalDate;
import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * "Vurder brudd på aktivitetsplikten" (§ 11-7 / § 11-9): a reasonable excuse, revise the plan (absence caused by
 * illness), or a forhåndsvarsel whose answer deadline is the configured number of days from today.
 *
 * @param svarfrist only for FORHANDSVARSEL
 */
public record Bruddvurdering(Utfall utfall, LocalDate svarfrist, String begrunnelse) {

    public enum Utfall { RIMELIG_GRUNN, REVIDER_AKTIVITETSPLAN, FORHANDSVARSEL }

    public static final Valgfelt<Utfall> UTFALL = new Felt("bruddUtfall", "Vurdering").medValg(Utfall.class);
    public static final Felt BEGRUNNELSE = new Felt("bruddBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-brudd")
            .paakrevd(UTFALL)
            .valgfri(BEGRUNNELSE)
            .bygg();

    public static Bruddvurdering vurder(Innsendt skjema, LocalDate idag, int svarfristDager) {
        Utfall utfall = skjema.valg(UTFALL);
        LocalDate svarfrist = utfall == Utfall.FORHANDSVARSEL ? idag.plusDays(svarfristDager) : null;
        return new Bruddvurdering(utfall, svarfrist, skjema.tekst(BEGRUNNELSE));
    }
}
