package no.oppfolgingsflyt.aap.domene;

import static no.oppfolgingsflyt.felles.skjema.TestSkjema.HEMMELIG;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.brudd;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.skjema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.oppfolgingsflyt.aap.domene.Kontrollvurdering.Kontroll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Behovsvurdering, arbeidsevnevurdering, kvalitetssikring, AAP vedtak and beslutning, with four eyes. */
class ArbeidsevneOgVedtakTest {

    @ParameterizedTest
    @EnumSource(Behovsvurdering.Utfall.class)
    void behovsvurderingKreverBegrunnelse(Behovsvurdering.Utfall utfall) {
        assertThat(Behovsvurdering.vurder(skjema("behovsvurderingUtfall", utfall.name(),
                "behovsvurderingBegrunnelse", "Samtale med bruker")))
                .isEqualTo(new Behovsvurdering(utfall, "Samtale med bruker"));
        brudd(() -> Behovsvurdering.vurder(skjema("behovsvurderingUtfall", utfall.name())),
                "Begrunnelse må fylles ut");
        brudd(() -> Behovsvurdering.vurder(skjema("behovsvurderingBegrunnelse", "x")), "Vurdering må fylles ut");
    }

    @Test
    void nedsattArbeidsevneMedReduksjon() {
        var v = Arbeidsevnevurdering.vurder(skjema("nedsattArbeidsevne", true, "arbeidsevneReduksjon", 60L,
                "varigNedsatt", false, "sykdomHovedarsak", true, "behovEtterParagraf116", true,
                "arbeidsevneRessurser", "Motivert", "arbeidsevneBegrunnelse", "Vurdert"));
        assertThat(v).isEqualTo(new Arbeidsevnevurdering(true, 60, false, true, true, "Motivert", null, "Vurdert"));
        assertThat(v.kode()).isEqualTo("NEDSATT:60");
    }

    @Test
    void ikkeNedsattArbeidsevneSerBortFraDetaljene() {
        var v = Arbeidsevnevurdering.vurder(skjema("nedsattArbeidsevne", false, "arbeidsevneReduksjon", 80L,
                "varigNedsatt", true, "sykdomHovedarsak", true, "arbeidsevneBegrunnelse", "Vurdert"));
        assertThat(v).isEqualTo(new Arbeidsevnevurdering(false, 0, false, false, false, null, null, "Vurdert"));
        assertThat(v.kode()).isEqualTo("IKKE_NEDSATT");
        assertThat(Arbeidsevnevurdering.vurder(skjema("arbeidsevneBegrunnelse", "Vurdert")).nedsatt()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5, 101})
    void reduksjonenMaaVaereFra1Til100(long reduksjon) {
        brudd(() -> Arbeidsevnevurdering.vurder(skjema("nedsattArbeidsevne", true, "arbeidsevneReduksjon",
                reduksjon, "arbeidsevneBegrunnelse", "x")),
                "Reduksjon i arbeidsevne (prosent) må være et tall fra 1 til 100 når arbeidsevnen er nedsatt");
    }

    @Test
    void reduksjonOgBegrunnelseErPaakrevd() {
        brudd(() -> Arbeidsevnevurdering.vurder(skjema("nedsattArbeidsevne", true, "arbeidsevneBegrunnelse", "x")),
                "Reduksjon i arbeidsevne (prosent) må være et tall fra 1 til 100");
        brudd(() -> Arbeidsevnevurdering.vurder(skjema("nedsattArbeidsevne", true, "arbeidsevneReduksjon", HEMMELIG,
                "arbeidsevneBegrunnelse", "x")), "Reduksjon i arbeidsevne (prosent) må være et helt tall");
        brudd(() -> Arbeidsevnevurdering.vurder(skjema("nedsattArbeidsevne", true, "arbeidsevneReduksjon", 60L)),
                "Begrunnelse må fylles ut");
    }

    // ------------------------------------------------------------------------------------- four eyes

    @ParameterizedTest
    @EnumSource(Kontroll.class)
    void godkjentAvEnAnnenBruker(Kontroll kontroll) {
        var v = Kontrollvurdering.vurder(kontroll, skjema(kontroll.utfall.navn(), "GODKJENT",
                kontroll.kommentar.navn(), "Ser bra ut"), "teamleder0301", "veileder0301");
        assertThat(v).isEqualTo(new Kontrollvurdering(kontroll, Kontrollvurdering.Utfall.GODKJENT, null,
                "Ser bra ut"));
        assertThat(v.kode()).isEqualTo("GODKJENT");
    }

    @ParameterizedTest
    @EnumSource(Returarsak.class)
    void returMedArsak(Returarsak arsak) {
        for (Kontroll kontroll : Kontroll.values()) {
            var v = Kontrollvurdering.vurder(kontroll, skjema(kontroll.utfall.navn(), "RETUR", "returarsak",
                    arsak.name()), "beslutter", "saksbehandler");
            assertThat(v.returarsak()).isEqualTo(arsak);
            assertThat(v.kode()).isEqualTo("RETUR:" + arsak);
        }
    }

    @ParameterizedTest
    @EnumSource(Kontroll.class)
    void returKreverArsak(Kontroll kontroll) {
        brudd(() -> Kontrollvurdering.vurder(kontroll, skjema(kontroll.utfall.navn(), "RETUR"), "b", "a"),
                "Returårsak må fylles ut");
        brudd(() -> Kontrollvurdering.vurder(kontroll, skjema(kontroll.utfall.navn(), "RETUR", "returarsak",
                HEMMELIG), "b", "a"), "Returårsak må være ett av valgene");
        brudd(() -> Kontrollvurdering.vurder(kontroll, skjema(), "b", "a"),
                kontroll.utfall.etikett() + " må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(Kontroll.class)
    void fireOyne_denSammeBrukerenKanIkkeKontrollereSinEgenVurdering(Kontroll kontroll) {
        var brudd = brudd(() -> Kontrollvurdering.vurder(kontroll, skjema(kontroll.utfall.navn(), "GODKJENT"),
                "veileder0301", "veileder0301"), "Fire øyne");
        assertThat(brudd.getMessage()).doesNotContain("veileder0301");
        // No record of the first decision: nothing to compare with.
        assertThat(Kontrollvurdering.vurder(kontroll, skjema(kontroll.utfall.navn(), "GODKJENT"), "veileder0301",
                null).utfall()).isEqualTo(Kontrollvurdering.Utfall.GODKJENT);
    }

    @Test
    void fireOyneAlene() {
        FireOyne.kontroller("veileder0301", "teamleder0301");
        FireOyne.kontroller(null, "teamleder0301");
        assertThatThrownBy(() -> FireOyne.kontroller("saksbehandler", "saksbehandler"))
                .hasMessageStartingWith("Fire øyne");
    }

    // ------------------------------------------------------------------------------------- AAP vedtak

    @Test
    void innvilgetNaarVilkaareneErOppfylt() {
        var v = AapVedtak.vurder(skjema("aapVedtakUtfall", "INNVILGET", "aapVedtakBegrunnelse", "Etter vilkårene"),
                new Vilkarsresultat(true, null));
        assertThat(v).isEqualTo(new AapVedtak(AapVedtak.Utfall.INNVILGET, "Etter vilkårene"));
    }

    @Test
    void innvilgetAvvisesNaarVilkaareneIkkeErOppfyltEllerIkkeVurdert() {
        brudd(() -> AapVedtak.vurder(skjema("aapVedtakUtfall", "INNVILGET", "aapVedtakBegrunnelse", "x",
                "vilkarOppfylt", true), new Vilkarsresultat(false, "SYKDOM_IKKE_HOVEDARSAK")),
                "AAP kan ikke innvilges: vilkårene er ikke oppfylt (SYKDOM_IKKE_HOVEDARSAK)");
        brudd(() -> AapVedtak.vurder(skjema("aapVedtakUtfall", "INNVILGET", "aapVedtakBegrunnelse", "x",
                "vilkarOppfylt", true), null), "AAP kan ikke innvilges: vilkårene er ikke vurdert");
    }

    @Test
    void avslagGaarAlltidOgBegrunnelseErPaakrevd() {
        assertThat(AapVedtak.vurder(skjema("aapVedtakUtfall", "AVSLAG", "aapVedtakBegrunnelse", "Under 50 %"),
                new Vilkarsresultat(false, "ARBEIDSEVNE_IKKE_NEDSATT_MINST_HALVPARTEN")).utfall())
                .isEqualTo(AapVedtak.Utfall.AVSLAG);
        assertThat(AapVedtak.vurder(skjema("aapVedtakUtfall", "AVSLAG", "aapVedtakBegrunnelse", "x"),
                new Vilkarsresultat(true, null)).utfall()).isEqualTo(AapVedtak.Utfall.AVSLAG);
        brudd(() -> AapVedtak.vurder(skjema("aapVedtakUtfall", "AVSLAG"), null), "Begrunnelse må fylles ut");
        brudd(() -> AapVedtak.vurder(skjema(), null), "Vedtak må fylles ut");
    }

    @Test
    void vilkarsresultatetSomKodeISaksloggen() {
        assertThat(new Vilkarsresultat(true, "ignoreres").kode()).isEqualTo("OPPFYLT");
        assertThat(new Vilkarsresultat(false, "MANGLER_LEGEERKLAERING").kode())
                .isEqualTo("IKKE_OPPFYLT:MANGLER_LEGEERKLAERING");
        for (var r : new Vilkarsresultat[] {new Vilkarsresultat(true, null),
                new Vilkarsresultat(false, "INGEN_BEHOV_ETTER_11_6"), new Vilkarsresultat(false, null)}) {
            assertThat(Vilkarsresultat.fraKode(r.kode())).isEqualTo(r);
        }
        assertThatThrownBy(() -> Vilkarsresultat.fraKode("JA")).isInstanceOf(IllegalArgumentException.class);
    }
}
