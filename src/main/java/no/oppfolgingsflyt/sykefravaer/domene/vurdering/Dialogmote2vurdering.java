package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import no.oppfolgingsflyt.felles.skjema.Felt;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav;
import no.oppfolgingsflyt.felles.skjema.Valgfelt;

/**
 * "Vurder dialogmøte 2" for a dialogmøte-kandidat (sykefravaer.md § 5, as NAV's isdialogmotekandidat): call in to a
 * meeting in the future, or an exception or "not relevant" with the reason.
 */
public sealed interface Dialogmote2vurdering {

    enum Utfall { INNKALL, UNNTAK, IKKE_AKTUELL }

    enum UnntakArsak {
        MEDISINSKE_GRUNNER, INNLEGGELSE_INSTITUSJON, FORVENTET_FRISKMELDING_INNEN_28UKER,
        DOKUMENTERT_TILTAK_FRISKMELDING
    }

    enum IkkeAktuellArsak {
        ARBEIDSTAKER_AAP, ARBEIDSTAKER_DOD, DIALOGMOTE_AVHOLDT, FRISKMELDT, ARBEIDSFORHOLD_OPPHORT
    }

    Valgfelt<Utfall> UTFALL = new Felt("dialogmote2Utfall", "Vurdering").medValg(Utfall.class);
    Felt MOTETIDSPUNKT = new Felt("motetidspunkt", "Møtetidspunkt");
    Felt MOTESTED = new Felt("motested", "Sted eller videolenke");
    Felt BEHANDLER_INVITERES = new Felt("behandlerInviteres", "Inviter behandler");
    Valgfelt<UnntakArsak> ARSAK_UNNTAK = new Felt("dialogmote2ArsakUnntak", "Årsak").medValg(UnntakArsak.class);
    Valgfelt<IkkeAktuellArsak> ARSAK_IKKE_AKTUELL = new Felt("dialogmote2ArsakIkkeAktuell", "Årsak")
            .medValg(IkkeAktuellArsak.class);
    Felt KOMMENTAR = new Felt("dialogmote2Beskrivelse", "Kommentar");

    Skjemakrav SKJEMA = Skjemakrav.skjema("vurder-dialogmote2")
            .paakrevd(UTFALL)
            .paakrevdNaar(MOTETIDSPUNKT, UTFALL, Utfall.INNKALL)
            .paakrevdNaar(MOTESTED, UTFALL, Utfall.INNKALL)
            .valgfriNaar(BEHANDLER_INVITERES, UTFALL, Utfall.INNKALL)
            .paakrevdNaar(ARSAK_UNNTAK, UTFALL, Utfall.UNNTAK)
            .paakrevdNaar(ARSAK_IKKE_AKTUELL, UTFALL, Utfall.IKKE_AKTUELL)
            .valgfri(KOMMENTAR)
            .bygg();

    record Innkall(Motetid mote, boolean behandlerInviteres, String kommentar) implements Dialogmote2vurdering {
        public Utfall utfall() {
            return Utfall.INNKALL;
        }

        public Enum<?> arsak() {
            return null;
        }
    }

    record Unntak(UnntakArsak arsak, String kommentar) implements Dialogmote2vurdering {
        public Utfall utfall() {
            return Utfall.UNNTAK;
        }
    }

    record IkkeAktuell(IkkeAktuellArsak arsak, String kommentar) implements Dialogmote2vurdering {
        public Utfall utfall() {
            return Utfall.IKKE_AKTUELL;
        }
    }

    Utfall utfall();

    /** The reason code; null for INNKALL. */
    Enum<?> arsak();

    String kommentar();

    /** For the case log: "INNKALL", "UNNTAK:MEDISINSKE_GRUNNER". */
    default String kode() {
        return arsak() == null ? utfall().name() : utfall().name() + ":" + arsak().name();
    }

    static Dialogmote2vurdering vurder(Innsendt skjema, Vurderingskontekst k) {
        return switch (skjema.valg(UTFALL)) {
            case INNKALL -> new Innkall(Motetid.fra(skjema, MOTETIDSPUNKT, MOTESTED, k),
                    skjema.avkrysset(BEHANDLER_INVITERES), skjema.tekst(KOMMENTAR));
            case UNNTAK -> new Unntak(skjema.valg(ARSAK_UNNTAK), skjema.tekst(KOMMENTAR));
            case IKKE_AKTUELL -> new IkkeAktuell(skjema.valg(ARSAK_IKKE_AKTUELL), skjema.tekst(KOMMENTAR));
        };
    }
}
