package no.oppfolgingsflyt.felles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import no.oppfolgingsflyt.varsel.Sendevindu;
import no.oppfolgingsflyt.varsel.VarselKonfig;
import org.junit.jupiter.api.Test;

class SendevinduTest {

    final Sendevindu vindu = new VarselKonfig(null, null, null, null, null, null, null, null, null).sendevindu();

    static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    @Test
    void innenforVinduetGaarVarseletMedEnGang() {
        assertThat(vindu.nesteAapning(t("2025-01-27T10:15"))).isEqualTo(t("2025-01-27T10:15"));
        assertThat(vindu.nesteAapning(t("2025-01-25T08:00"))).isEqualTo(t("2025-01-25T08:00")); // Saturday
    }

    @Test
    void natteTilSondagGaarMandagMorgen() {
        assertThat(vindu.nesteAapning(t("2025-01-26T00:00"))).isEqualTo(t("2025-01-27T08:00"));
        assertThat(vindu.nesteAapning(t("2025-01-25T17:00"))).isEqualTo(t("2025-01-27T08:00"));
    }

    @Test
    void nattTilHverdagGaarSammeMorgen() {
        assertThat(vindu.nesteAapning(t("2025-01-28T02:00"))).isEqualTo(t("2025-01-28T08:00"));
        assertThat(vindu.nesteAapning(t("2025-01-28T18:30"))).isEqualTo(t("2025-01-29T08:00"));
    }

    @Test
    void ingenEpostPaaHelligdager() {
        // 17. mai 2027 is a Monday, 2. påskedag 2027 is 29 March, 26 December 2026 a Saturday (otherwise open).
        assertThat(vindu.nesteAapning(t("2027-05-17T09:00"))).isEqualTo(t("2027-05-18T08:00"));
        assertThat(vindu.nesteAapning(t("2027-03-29T09:00"))).isEqualTo(t("2027-03-30T08:00"));
        assertThat(vindu.nesteAapning(t("2026-12-26T09:00"))).isEqualTo(t("2026-12-28T08:00"));
        // Easter 2027: skjærtorsdag 25 and langfredag 26 March closed; påskeaften (Saturday) is no holiday.
        assertThat(vindu.nesteAapning(t("2027-03-24T17:30"))).isEqualTo(t("2027-03-27T08:00"));
        assertThat(vindu.nesteAapning(t("2027-03-27T17:00"))).isEqualTo(t("2027-03-30T08:00"));
        // Christmas 2026: the 25th (Friday) and 26th (Saturday) closed, the 27th a Sunday.
        assertThat(vindu.nesteAapning(t("2026-12-24T18:00"))).isEqualTo(t("2026-12-28T08:00"));
    }

    @Test
    void paaskeOgDeFlyttbareHelligdageneRegnesUtForHvertAar() {
        assertThat(Helligdager.forstePaskedag(2025)).isEqualTo(java.time.LocalDate.of(2025, 4, 20));
        assertThat(Helligdager.forstePaskedag(2026)).isEqualTo(java.time.LocalDate.of(2026, 4, 5));
        assertThat(Helligdager.forstePaskedag(2027)).isEqualTo(java.time.LocalDate.of(2027, 3, 28));
        assertThat(Helligdager.forstePaskedag(2038)).isEqualTo(java.time.LocalDate.of(2038, 4, 25));
        assertThat(Helligdager.erHelligdag(java.time.LocalDate.of(2027, 5, 6))).as("Kristi himmelfartsdag").isTrue();
        assertThat(Helligdager.erHelligdag(java.time.LocalDate.of(2027, 5, 17))).as("grunnlovsdagen").isTrue();
        assertThat(Helligdager.erHelligdag(java.time.LocalDate.of(2027, 5, 16))).as("1. pinsedag").isTrue();
        assertThat(Helligdager.erHelligdag(java.time.LocalDate.of(2027, 5, 18))).isFalse();
    }

    @Test
    void ekstraStengteDagerHoldesLukket() {
        Sendevindu medStengt = new VarselKonfig(null, null, null, null, null, null, null, null,
                java.util.List.of(java.time.LocalDate.of(2027, 12, 24))).sendevindu();
        assertThat(medStengt.nesteAapning(t("2027-12-24T09:00"))).isEqualTo(t("2027-12-27T08:00"));
    }
}
