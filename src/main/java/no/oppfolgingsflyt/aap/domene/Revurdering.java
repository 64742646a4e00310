package no.oppfolgingsflyt.aap.domene;

import java.time.LocalDate;
import java.util.Objects;
import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.UgyldigFelt;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * "Revurder AAP" before the period ends: extend it to a new end date after the current one, or end it (work found,
 * or on to uføretrygd).
 *
 * @param nyPeriodeSlutt only for FORLENG
 */
public record Revurdering(Utfall utfall, LocalDate nyPeriodeSlutt, String begrunnelse) {

    public enum Utfall { FORLENG, ARBEID, UFORETRYGD }

    public static final Valgfelt<Utfall> UTFALL = new Felt("revurderingUtfall", "Vurdering").medValg(Utfall.class);
    public static final Felt NY_SLUTTDATO = new Felt("nyPeriodeSlutt", "Ny sluttdato");
    public static final Felt BEGRUNNELSE = new Felt("revurderingBegrunnelse", "Begrunnelse");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("revurder-aap")
            .paakrevd(UTFALL)
            .paakrevdNaar(NY_SLUTTDATO, UTFALL, Utfall.FORLENG)
            .valgfri(BEGRUNNELSE)
            .bygg();

    /** @param gjeldendeSlutt the period's current end date */
    public static Revurdering vurder(Innsendt skjema, LocalDate gjeldendeSlutt) {
        Utfall utfall = skjema.valg(UTFALL);
        LocalDate ny = null;
        if (utfall == Utfall.FORLENG) {
            ny = skjema.paakrevdDato(NY_SLUTTDATO);
            if (!ny.isAfter(Objects.requireNonNull(gjeldendeSlutt, "The period has no end date"))) {
                throw new UgyldigFelt(NY_SLUTTDATO, "Ny sluttdato må være etter dagens sluttdato");
            }
        }
        return new Revurdering(utfall, ny, skjema.tekst(BEGRUNNELSE));
    }
}
