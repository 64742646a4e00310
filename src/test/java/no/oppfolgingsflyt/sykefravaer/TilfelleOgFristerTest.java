package no.oppfolgingsflyt.sykefravaer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.oppfolgingsflyt.sykefravaer.domene.FristKonfig;
import no.oppfolgingsflyt.sykefravaer.domene.Oppfolgingstilfelle;
import no.oppfolgingsflyt.sykefravaer.domene.Periode;
import no.oppfolgingsflyt.sykefravaer.domene.Saksfrister;
import no.oppfolgingsflyt.sykefravaer.domene.TilfelleBeregner;
import org.junit.jupiter.api.Test;

class TilfelleOgFristerTest {

    final TilfelleBeregner beregner = new TilfelleBeregner(16);

    static Periode p(String fom, String tom, int grad) {
        return new Periode(LocalDate.parse(fom), LocalDate.parse(tom), grad);
    }

    @Test
    void periodarMedTiDagerMellomromErEttTilfelle() {
        List<Oppfolgingstilfelle> t = beregner.beregn(List.of(p("2025-01-06", "2025-01-31", 100),
                p("2025-02-11", "2025-03-10", 100)));
        assertThat(t).hasSize(1);
        assertThat(t.get(0).start()).isEqualTo("2025-01-06");
        assertThat(t.get(0).sisteSykedag()).isEqualTo("2025-03-10");
    }

    @Test
    void periodarMedTjueDagerMellomromErToTilfeller() {
        List<Oppfolgingstilfelle> t = beregner.beregn(List.of(p("2025-01-06", "2025-01-31", 100),
                p("2025-02-21", "2025-03-10", 100)));
        assertThat(t).extracting(Oppfolgingstilfelle::start)
                .containsExactly(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-02-21"));
    }

    @Test
    void sekstenDagerUtenSykefravaerAvslutterTilfellet() {
        // The spec's example: last sick day 2025-01-31; 15 free days (Feb 1–15) join, 16 free days (Feb 1–16) end it.
        assertThat(beregner.beregn(List.of(p("2025-01-06", "2025-01-31", 100), p("2025-02-16", "2025-03-01", 100))))
                .hasSize(1);
        assertThat(beregner.beregn(List.of(p("2025-01-06", "2025-01-31", 100), p("2025-02-17", "2025-03-01", 100))))
                .extracting(Oppfolgingstilfelle::start)
                .containsExactly(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-02-17"));
        assertThat(beregner.avsluttesDato(LocalDate.parse("2025-01-31"))).isEqualTo("2025-02-17");
    }

    @Test
    void enSykmeldingSomStarterTidligereFlytterStarten() {
        List<Oppfolgingstilfelle> t = beregner.beregn(List.of(p("2025-01-20", "2025-02-28", 100),
                p("2025-01-06", "2025-01-19", 100)));
        assertThat(t).hasSize(1);
        assertThat(t.get(0).start()).isEqualTo("2025-01-06");
    }

    @Test
    void gradertNaarSisteDagErGradert() {
        assertThat(beregner.beregn(List.of(p("2025-01-06", "2025-01-31", 100), p("2025-02-01", "2025-03-31", 50)))
                .get(0).gradert()).isTrue();
        assertThat(beregner.beregn(List.of(p("2025-01-06", "2025-03-31", 100), p("2025-02-01", "2025-03-31", 50)))
                .get(0).gradert()).isFalse();
    }

    @Test
    void fristeneIEksempeletISpesifikasjonen() {
        Saksfrister f = Saksfrister.beregn(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-12-31"),
                FristKonfig.standard(), beregner);
        assertThat(f.dato(Saksfrister.FRIST_OPPFOLGINGSPLAN)).isEqualTo("2025-02-02");
        assertThat(f.dato(Saksfrister.paminnelse("Oppfolgingsplan"))).isEqualTo("2025-01-26");
        assertThat(f.dato(Saksfrister.purring("Oppfolgingsplan"))).isEqualTo("2025-02-03");
        assertThat(f.dato(Saksfrister.veilederoppgave("Oppfolgingsplan"))).isEqualTo("2025-02-10");
        assertThat(f.dato(Saksfrister.FRIST_DIALOGMOTE1)).isEqualTo("2025-02-23");
        assertThat(f.dato(Saksfrister.STOPPUNKT_AKTIVITETSKRAV)).isEqualTo("2025-03-02");
        assertThat(f.dato(Saksfrister.OPPGAVE_AKTIVITETSKRAV)).isEqualTo("2025-02-23");
        assertThat(f.dato(Saksfrister.FRIST_UTEN_ARBEIDSGIVER)).isEqualTo("2025-03-30");
        assertThat(f.dato(Saksfrister.OPPGAVE_UTEN_ARBEIDSGIVER)).isEqualTo("2025-03-23");
        assertThat(f.dato(Saksfrister.DIALOGMOTEKANDIDAT)).isEqualTo("2025-05-05"); // S + 119 days
        assertThat(f.dato(Saksfrister.FRIST_DIALOGMOTE2)).isEqualTo("2025-07-06");
        assertThat(f.dato(Saksfrister.SNART_SLUTT)).isEqualTo("2025-10-05");
        assertThat(f.dato(Saksfrister.MAKSDATO)).isEqualTo("2026-01-04");
    }

    @Test
    void fristeneKanEndresIKonfigurasjonen() {
        var kilde = new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                java.util.Map.of("oppfolgingsflyt.frister.uten-arbeidsgiver-uker", "4",
                        "oppfolgingsflyt.frister.paminnelse-dager-for", "3",
                        "oppfolgingsflyt.frister.oppgave-dager-for", "2"));
        FristKonfig konfig = new org.springframework.boot.context.properties.bind.Binder(kilde)
                .bind("oppfolgingsflyt.frister", FristKonfig.class).get();
        Saksfrister f = Saksfrister.beregn(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-12-31"), konfig,
                beregner);
        assertThat(f.dato(Saksfrister.FRIST_UTEN_ARBEIDSGIVER)).isEqualTo("2025-02-02");
        assertThat(f.dato(Saksfrister.paminnelse("Oppfolgingsplan"))).isEqualTo("2025-01-30");
        assertThat(f.dato(Saksfrister.OPPGAVE_UTEN_ARBEIDSGIVER)).isEqualTo("2025-01-31");
        assertThat(f.dato(Saksfrister.MAKSDATO)).isEqualTo("2026-01-04");
    }
}
