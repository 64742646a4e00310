package no.oppfolgingsflyt.felles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import no.oppfolgingsflyt.varsel.Sendevindu;
import no.oppfolgingsflyt.varsel.VarselKonfig;
import org.junit.jupiter.api.Test;

class SendevinduTest {

    final Sendevindu vindu = new VarselKonfig(null, null, null, null, null, null, null, null).sendevindu();

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
}
