package no.oppfolgingsflyt.aap.domene;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/** "Følg opp manglende meldekort" after the reminder went unanswered. */
public record MeldekortOppfolging(Utfall utfall, String notat) {

    public enum Utfall { KONTAKTET, MELDEKORT_MOTTATT, STANS_VURDERES }

    public static final Valgfelt<Utfall> UTFALL = new Felt("meldekortOppfolging", "Hva er gjort?")
            .medValg(Utfall.class);
    public static final Felt NOTAT = new Felt("meldekortNotat", "Notat");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("folg-opp-meldekort")
            .paakrevd(UTFALL)
            .valgfri(NOTAT)
            .bygg();

    public static MeldekortOppfolging vurder(Innsendt skjema) {
        return new MeldekortOppfolging(skjema.valg(UTFALL), skjema.tekst(NOTAT));
    }
}
