package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import static no.oppfolgingsflyt.felles.skjema.TestSkjema.HEMMELIG;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.brudd;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.skjema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stans, møtebehov, uten arbeidsgiver, kontakt med arbeidsgiver and videre oppfølging. */
class EnkleVurderingerTest {

    @Test
    void innstillingOmStansKreverDatoOgBegrunnelse() {
        var v = Stansvurdering.vurder(skjema("stansUtfall", "INNSTILLING_OM_STANS", "stansFom", "2025-03-24",
                "stansBegrunnelse", "Ingen aktivitet og ingen unntak"));
        assertThat(v).isEqualTo(new Stansvurdering(Stansvurdering.Utfall.INNSTILLING_OM_STANS,
                LocalDate.parse("2025-03-24"), "Ingen aktivitet og ingen unntak"));
        brudd(() -> Stansvurdering.vurder(skjema("stansUtfall", "INNSTILLING_OM_STANS", "stansBegrunnelse", "x")),
                "Stans fra og med må fylles ut");
        brudd(() -> Stansvurdering.vurder(skjema("stansUtfall", "INNSTILLING_OM_STANS", "stansFom", "2025-03-24")),
                "Begrunnelse må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(value = Stansvurdering.Utfall.class, names = {"OPPFYLT", "UNNTAK"})
    void oppfyltOgUnntakVedStansKreverBegrunnelseMenIngenDato(Stansvurdering.Utfall utfall) {
        var v = Stansvurdering.vurder(skjema("stansUtfall", utfall.name(), "stansFom", "2025-03-24",
                "stansBegrunnelse", "Svaret viser at hun er i tiltak"));
        assertThat(v).isEqualTo(new Stansvurdering(utfall, null, "Svaret viser at hun er i tiltak"));
        brudd(() -> Stansvurdering.vurder(skjema("stansUtfall", utfall.name())), "Begrunnelse må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(Motebehovvurdering.Utfall.class)
    void motebehov(Motebehovvurdering.Utfall utfall) {
        assertThat(Motebehovvurdering.vurder(skjema("motebehovUtfall", utfall.name())))
                .isEqualTo(new Motebehovvurdering(utfall, null));
        brudd(() -> Motebehovvurdering.vurder(skjema("motebehovBeskrivelse", "x")), "Vurdering må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(UtenArbeidsgivervurdering.Utfall.class)
    void utenArbeidsgiver(UtenArbeidsgivervurdering.Utfall utfall) {
        assertThat(UtenArbeidsgivervurdering.vurder(skjema("utenArbeidsgiverUtfall", utfall.name(),
                "utenArbeidsgiverBeskrivelse", "Tatt kontakt"))).isEqualTo(new UtenArbeidsgivervurdering(utfall,
                "Tatt kontakt"));
        brudd(() -> UtenArbeidsgivervurdering.vurder(skjema("utenArbeidsgiverUtfall", HEMMELIG)),
                "Vurdering må være ett av valgene");
    }

    @ParameterizedTest
    @EnumSource(VidereOppfolgingvurdering.Utfall.class)
    void videreOppfolging(VidereOppfolgingvurdering.Utfall utfall) {
        assertThat(VidereOppfolgingvurdering.vurder(skjema("videreOppfolgingUtfall", utfall.name())))
                .isEqualTo(new VidereOppfolgingvurdering(utfall, null));
        brudd(() -> VidereOppfolgingvurdering.vurder(skjema()), "Vurdering må fylles ut");
    }

    @ParameterizedTest
    @EnumSource(value = KontaktArbeidsgivervurdering.Utfall.class, names = {"ARBEIDSGIVER_KONTAKTET",
            "BEKREFTET_AV_ARBEIDSGIVER"})
    void kontaktMedArbeidsgiverHarValgfriKommentar(KontaktArbeidsgivervurdering.Utfall utfall) {
        assertThat(KontaktArbeidsgivervurdering.vurder(skjema("arbeidsgiverKontaktUtfall", utfall.name())))
                .isEqualTo(new KontaktArbeidsgivervurdering(utfall, null));
        assertThat(KontaktArbeidsgivervurdering.vurder(skjema("arbeidsgiverKontaktUtfall", utfall.name(),
                "arbeidsgiverKontaktKommentar", "Ringt leder")).begrunnelse()).isEqualTo("Ringt leder");
        assertThat(KontaktArbeidsgivervurdering.vurder(skjema("arbeidsgiverKontaktUtfall", utfall.name(),
                "arbeidsgiverKontaktBeskrivelse", "Fra API-et")).begrunnelse()).isEqualTo("Fra API-et");
    }

    @Test
    void aapenbartUnodvendigKreverBegrunnelse() {
        assertThat(KontaktArbeidsgivervurdering.vurder(skjema("arbeidsgiverKontaktUtfall", "IKKE_NODVENDIG",
                "arbeidsgiverKontaktBeskrivelse", "Tilbake i full jobb"))).isEqualTo(new KontaktArbeidsgivervurdering(
                KontaktArbeidsgivervurdering.Utfall.IKKE_NODVENDIG, "Tilbake i full jobb"));
        brudd(() -> KontaktArbeidsgivervurdering.vurder(skjema("arbeidsgiverKontaktUtfall", "IKKE_NODVENDIG")),
                "Begrunnelse må fylles ut");
        brudd(() -> KontaktArbeidsgivervurdering.vurder(skjema("arbeidsgiverKontaktUtfall", "IKKE_NODVENDIG",
                "arbeidsgiverKontaktKommentar", "I feil felt")), "Begrunnelse må fylles ut");
        brudd(() -> KontaktArbeidsgivervurdering.vurder(skjema()), "Utfall må fylles ut");
    }
}
