package no.oppfolgingsflyt.aap.domene;

import static no.oppfolgingsflyt.felles.skjema.TestSkjema.brudd;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.skjema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The legeerklæring, the running AAP period's tasks, revurdering, breaches and stans. */
class LopendeAapTest {

    static final LocalDate SLUTT = LocalDate.parse("2028-10-20");

    @ParameterizedTest
    @EnumSource(LegeerklaeringMangler.Utfall.class)
    void legeerklaeringMangler(LegeerklaeringMangler.Utfall utfall) {
        assertThat(LegeerklaeringMangler.vurder(skjema("legeerklaeringOppfolging", utfall.name())).utfall())
                .isEqualTo(utfall);
        brudd(() -> LegeerklaeringMangler.vurder(skjema()), "«Hva gjør du?» må fylles ut");
    }

    @Test
    void aktivitetsplanOppfolgingOgMeldekort() {
        assertThat(Aktivitetsplanvurdering.vurder(skjema("aktivitetsplanUtfall", "LAGET", "aktivitetsplanNotat",
                "Kurs")).notat()).isEqualTo("Kurs");
        brudd(() -> Aktivitetsplanvurdering.vurder(skjema()), "Status må fylles ut");
        assertThat(AapOppfolging.vurder(skjema("oppfolgingUtfall", "FULGT_OPP")).utfall())
                .isEqualTo(AapOppfolging.Utfall.FULGT_OPP);
        brudd(() -> AapOppfolging.vurder(skjema("oppfolgingUtfall", "GLEMT")), "Status må være ett av valgene");
        for (var utfall : MeldekortOppfolging.Utfall.values()) {
            assertThat(MeldekortOppfolging.vurder(skjema("meldekortOppfolging", utfall.name())).utfall())
                    .isEqualTo(utfall);
        }
        brudd(() -> MeldekortOppfolging.vurder(skjema()), "«Hva er gjort?» må fylles ut");
    }

    @Test
    void forlengelseTilEnNySluttdatoEtterDenGjeldende() {
        var v = Revurdering.vurder(skjema("revurderingUtfall", "FORLENG", "nyPeriodeSlutt", "2029-06-30"), SLUTT);
        assertThat(v).isEqualTo(new Revurdering(Revurdering.Utfall.FORLENG, LocalDate.parse("2029-06-30"), null));
        brudd(() -> Revurdering.vurder(skjema("revurderingUtfall", "FORLENG"), SLUTT), "Ny sluttdato må fylles ut");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-10-20", "2028-01-01"})
    void nySluttdatoMaaVaereEtterDenGjeldende(String ny) {
        brudd(() -> Revurdering.vurder(skjema("revurderingUtfall", "FORLENG", "nyPeriodeSlutt", ny), SLUTT),
                "Ny sluttdato må være etter dagens sluttdato");
    }

    @ParameterizedTest
    @EnumSource(value = Revurdering.Utfall.class, names = {"ARBEID", "UFORETRYGD"})
    void avslutningTrengerIngenDato(Revurdering.Utfall utfall) {
        assertThat(Revurdering.vurder(skjema("revurderingUtfall", utfall.name(), "nyPeriodeSlutt", "2020-01-01"),
                SLUTT)).isEqualTo(new Revurdering(utfall, null, null));
    }

    @ParameterizedTest
    @EnumSource(Bruddvurdering.Utfall.class)
    void bruddPaaAktivitetsplikten(Bruddvurdering.Utfall utfall) {
        var v = Bruddvurdering.vurder(skjema("bruddUtfall", utfall.name()), LocalDate.parse("2025-12-01"), 21);
        assertThat(v.utfall()).isEqualTo(utfall);
        assertThat(v.svarfrist()).isEqualTo(utfall == Bruddvurdering.Utfall.FORHANDSVARSEL
                ? LocalDate.parse("2025-12-22") : null);
    }

    @ParameterizedTest
    @EnumSource(StansAapVurdering.Utfall.class)
    void stansAvAapKreverBegrunnelse(StansAapVurdering.Utfall utfall) {
        assertThat(StansAapVurdering.vurder(skjema("stansAapUtfall", utfall.name(), "stansAapBegrunnelse",
                "Ingen rimelig grunn"))).isEqualTo(new StansAapVurdering(utfall, "Ingen rimelig grunn"));
        brudd(() -> StansAapVurdering.vurder(skjema("stansAapUtfall", utfall.name())), "Begrunnelse må fylles ut");
    }
}
