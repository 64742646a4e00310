package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;

/**
 * The referat of dialogmøte 2, written by NAV: the situation and the conclusion are required; what each participant
 * will do is written when there is something to write.
 */
public record Referat(String situasjon, String konklusjon, String arbeidstaker, String arbeidsgiver, String nav,
        String behandler) {

    public static final Felt SITUASJON = new Felt("referatSituasjon", "Situasjon og muligheter");
    public static final Felt KONKLUSJON = new Felt("referatKonklusjon", "Konklusjon");
    public static final Felt ARBEIDSTAKER = new Felt("referatArbeidstaker", "Arbeidstakeren skal");
    public static final Felt ARBEIDSGIVER = new Felt("referatArbeidsgiver", "Arbeidsgiveren skal");
    public static final Felt NAV = new Felt("referatNav", "NAV skal");
    public static final Felt BEHANDLER = new Felt("referatBehandler", "Behandleren skal");

    public static final Skjemakrav SKJEMA = Skjemakrav.skjema("skriv-referat")
            .paakrevd(SITUASJON)
            .paakrevd(KONKLUSJON)
            .valgfri(ARBEIDSTAKER)
            .valgfri(ARBEIDSGIVER)
            .valgfri(NAV)
            .valgfri(BEHANDLER)
            .bygg();

    public static Referat vurder(Innsendt skjema) {
        return new Referat(skjema.paakrevdTekst(SITUASJON), skjema.paakrevdTekst(KONKLUSJON),
                skjema.tekst(ARBEIDSTAKER), skjema.tekst(ARBEIDSGIVER), skjema.tekst(NAV), skjema.tekst(BEHANDLER));
    }
}
