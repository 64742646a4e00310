package no.oppfolgingsflyt.felles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentValideringTest {

    @Test
    void gyldigeFodselsnummerOgDnummerGodtas() {
        String fnr = Testdata.fnr(LocalDate.of(1985, 3, 17), 123, false);
        String dnr = Testdata.fnr(LocalDate.of(1985, 3, 17), 123, true);
        assertThat(Fodselsnummer.feil(fnr)).isEmpty();
        assertThat(Fodselsnummer.feil(dnr)).isEmpty();
        assertThat(Fodselsnummer.erDnummer(dnr)).isTrue();
        assertThat(Fodselsnummer.av(fnr).toString()).doesNotContain(fnr);
    }

    @Test
    void ugyldigeFodselsnummerAvvisesMedGrunn() {
        String fnr = Testdata.fnr(LocalDate.of(1985, 3, 17), 123, false);
        assertThat(Fodselsnummer.feil(null)).contains("is missing");
        assertThat(Fodselsnummer.feil("1234567890")).get().asString().contains("11 digits");
        assertThat(Fodselsnummer.feil("1703851234a")).contains("must contain digits only");
        assertThat(Fodselsnummer.feil("32138512345")).get().asString().contains("birth date");
        String feilKontroll = fnr.substring(0, 10) + ((fnr.charAt(10) - '0' + 1) % 10);
        assertThat(Fodselsnummer.feil(feilKontroll)).get().asString().contains("control digits");
    }

    @Test
    void orgnummerSjekkesMedMod11() {
        assertThat(Orgnummer.feil(Testdata.ORGNR)).isEmpty();
        assertThat(Orgnummer.feil("974760673")).isEmpty();
        assertThat(Orgnummer.feil("889640783")).contains("has a wrong control digit (mod 11)");
        assertThat(Orgnummer.feil("88964078")).get().asString().contains("9 digits");
        assertThat(Orgnummer.feil("88964078x")).contains("must contain digits only");
    }
}
