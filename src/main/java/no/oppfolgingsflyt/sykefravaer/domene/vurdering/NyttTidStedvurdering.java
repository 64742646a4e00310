package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * A participant asked for a new time or place: move the meeting (a new time in the future and a place), keep it,
 * or cancel it.
 *
 * @param nyttMote only for NYTT_TID_STED
 */
public record NyttTidStedvurdering(Utfall utfall, Motetid nyttMote, String kommentar) {

    public enum Utfall { NYTT_TID_STED, BEHOLD, AVLYS }

    public static final Valgfelt<Utfall> UTFALL = new Felt("nyttTidStedUtfall", "Vurdering").medValg(Utfall.class);
    public static final Felt NYTT_MOTETIDSPUNKT = new Felt("nyttMotetidspunkt", "Nytt møtetidspunkt");
    public static final Felt NYTT_MOTESTED = new Felt("nyttMotested", "Sted eller videolenke");
    public static final Felt KOMMENTAR = new Felt("nyttTidStedBeskrivelse", "Kommentar");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-nytt-tid-sted")
            .paakrevd(UTFALL)
            .paakrevdNaar(NYTT_MOTETIDSPUNKT, UTFALL, Utfall.NYTT_TID_STED)
            .paakrevdNaar(NYTT_MOTESTED, UTFALL, Utfall.NYTT_TID_STED)
            .valgfri(KOMMENTAR)
            .bygg();

    public static NyttTidStedvurdering vurder(Innsendt skjema, Vurderingskontekst k) {
        Utfall utfall = skjema.valg(UTFALL);
        Motetid mote = utfall == Utfall.NYTT_TID_STED
                ? Motetid.fra(skjema, NYTT_MOTETIDSPUNKT, NYTT_MOTESTED, k) : null;
        return new NyttTidStedvurdering(utfall, mote, skjema.tekst(KOMMENTAR));
    }
}
