package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import static no.oppfolgingsflyt.felles.skjema.TestSkjema.HEMMELIG;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.brudd;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.skjema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Dialogmote2vurdering.IkkeAktuellArsak;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Dialogmote2vurdering.UnntakArsak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dialogmøte 2, a new time or place, and the referat. */
class Dialogmote2OgMoteTest {

    static final Vurderingskontekst K = Vurderingskontekst.standard(LocalDateTime.parse("2025-05-04T09:00"));

    @Test
    void innkallingTilEtMoteFramITid() {
        var v = Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "INNKALL", "motetidspunkt",
                "2025-05-20T10:00", "motested", " Video ", "behandlerInviteres", true), K);
        assertThat(v).isEqualTo(new Dialogmote2vurdering.Innkall(
                new Motetid(LocalDateTime.parse("2025-05-20T10:00"), "Video"), true, null));
        assertThat(v.kode()).isEqualTo("INNKALL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-04T09:00", "2025-05-04T08:45", "2025-04-01T10:00"})
    void moteetMaaVaereFramITid(String tid) {
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "INNKALL", "motetidspunkt", tid,
                "motested", "Video"), K), "Møtetidspunkt må være fram i tid");
    }

    @Test
    void innkallingKreverTidOgSted() {
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "INNKALL", "motested", "Video"), K),
                "Møtetidspunkt må fylles ut");
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "INNKALL", "motetidspunkt",
                HEMMELIG, "motested", "Video"), K), "Møtetidspunkt er ikke et gyldig tidspunkt");
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "INNKALL", "motetidspunkt",
                "2025-05-20T10:00"), K), "Sted eller videolenke må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(UnntakArsak.class)
    void unntak(UnntakArsak arsak) {
        var v = Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "UNNTAK", "dialogmote2ArsakUnntak",
                arsak.name(), "dialogmote2Beskrivelse", "Innlagt"), K);
        assertThat(v).isEqualTo(new Dialogmote2vurdering.Unntak(arsak, "Innlagt"));
        assertThat(v.kode()).isEqualTo("UNNTAK:" + arsak);
    }

    @ParameterizedTest
    @EnumSource(IkkeAktuellArsak.class)
    void ikkeAktuell(IkkeAktuellArsak arsak) {
        var v = Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "IKKE_AKTUELL",
                "dialogmote2ArsakIkkeAktuell", arsak.name()), K);
        assertThat(v).isEqualTo(new Dialogmote2vurdering.IkkeAktuell(arsak, null));
        assertThat(v.kode()).isEqualTo("IKKE_AKTUELL:" + arsak);
    }

    @Test
    void unntakOgIkkeAktuellKreverArsakFraSinEgenListe() {
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "UNNTAK"), K), "Årsak må fylles ut");
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "UNNTAK", "dialogmote2ArsakUnntak",
                "FRISKMELDT"), K), "Årsak må være ett av valgene");
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "IKKE_AKTUELL",
                "dialogmote2ArsakUnntak", "MEDISINSKE_GRUNNER"), K), "Årsak må fylles ut");
        brudd(() -> Dialogmote2vurdering.vurder(skjema("dialogmote2Utfall", "AVLYS"), K),
                "Vurdering må være ett av valgene");
        brudd(() -> Dialogmote2vurdering.vurder(skjema(), K), "Vurdering må fylles ut");
    }

    @Test
    void nyttTidOgSted() {
        var v = NyttTidStedvurdering.vurder(skjema("nyttTidStedUtfall", "NYTT_TID_STED", "nyttMotetidspunkt",
                "2025-05-27T10:00", "nyttMotested", "NAV Grünerløkka", "nyttTidStedBeskrivelse", "Ferie"), K);
        assertThat(v).isEqualTo(new NyttTidStedvurdering(NyttTidStedvurdering.Utfall.NYTT_TID_STED,
                new Motetid(LocalDateTime.parse("2025-05-27T10:00"), "NAV Grünerløkka"), "Ferie"));
        brudd(() -> NyttTidStedvurdering.vurder(skjema("nyttTidStedUtfall", "NYTT_TID_STED", "nyttMotetidspunkt",
                "2025-05-01T10:00", "nyttMotested", "Video"), K), "Nytt møtetidspunkt må være fram i tid");
        brudd(() -> NyttTidStedvurdering.vurder(skjema("nyttTidStedUtfall", "NYTT_TID_STED", "nyttMotested",
                "Video"), K), "Nytt møtetidspunkt må fylles ut");
        brudd(() -> NyttTidStedvurdering.vurder(skjema("nyttTidStedUtfall", "NYTT_TID_STED", "nyttMotetidspunkt",
                "2025-05-27T10:00"), K), "Sted eller videolenke må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(value = NyttTidStedvurdering.Utfall.class, names = {"BEHOLD", "AVLYS"})
    void beholdOgAvlysTrengerIngentingMer(NyttTidStedvurdering.Utfall utfall) {
        var v = NyttTidStedvurdering.vurder(skjema("nyttTidStedUtfall", utfall.name(), "nyttMotetidspunkt",
                "2020-01-01T10:00"), K);
        assertThat(v).isEqualTo(new NyttTidStedvurdering(utfall, null, null));
    }

    @Test
    void referatKreverSituasjonOgKonklusjon() {
        var r = Referat.vurder(skjema("referatSituasjon", "Jobber 50 %", "referatKonklusjon", "Øker til 80 %",
                "referatNav", "Følger opp i juni"));
        assertThat(r).isEqualTo(new Referat("Jobber 50 %", "Øker til 80 %", null, null, "Følger opp i juni", null));
        brudd(() -> Referat.vurder(skjema("referatKonklusjon", "Øker")), "Situasjon og muligheter må fylles ut");
        brudd(() -> Referat.vurder(skjema("referatSituasjon", "Jobber")), "Konklusjon må fylles ut");
    }
}
