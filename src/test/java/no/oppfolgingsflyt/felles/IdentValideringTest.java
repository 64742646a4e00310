package no.oppfolgingsflyt.felles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** A number by the old rule for the birth digits and the first individnummer from {@code individ} that has one. */
    static String nummer(String dato, int individ) {
        for (int i = individ; ; i++) {
            var n = Fodselsnummer.medKontrollsifre(dato + String.format("%03d", i));
            if (n.isPresent()) {
                return n.get();
            }
        }
    }

    /** The same digits in another script: Character.isDigit says yes, and it would be a second person. */
    static String iSkrift(String ascii, char null_) {
        StringBuilder b = new StringBuilder();
        ascii.chars().forEach(c -> b.append((char) (null_ + (c - '0'))));
        return b.toString();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0660, 0x06F0, 0xFF10, 0x0966, 0x1D7CE})
    void bareAsciiSifre(int nullSiffer) {
        String fnr = Testdata.fnr(LocalDate.of(1985, 3, 17), 123, false);
        String annenSkrift = nullSiffer > 0xFFFF
                ? fnr.chars().mapToObj(c -> Character.toString(nullSiffer + c - '0')).reduce("", String::concat)
                : iSkrift(fnr, (char) nullSiffer);
        assertThat(annenSkrift).isNotEqualTo(fnr);
        assertThat(Fodselsnummer.feil(annenSkrift)).isPresent();
        if (annenSkrift.length() == 11) {
            assertThat(Fodselsnummer.feil(annenSkrift, true)).contains("must contain digits only");
        }
        String orgnr = nullSiffer > 0xFFFF ? null : iSkrift(Testdata.ORGNR, (char) nullSiffer);
        if (orgnr != null) {
            assertThat(Orgnummer.feil(orgnr)).contains("must contain digits only");
        }
        // one digit swapped is enough
        assertThat(Fodselsnummer.feil(fnr.substring(0, 5) + (char) (nullSiffer > 0xFFFF ? 0xFF10 : nullSiffer)
                + fnr.substring(6))).contains("must contain digits only");
    }

    /** Skatteetaten's own examples for the numbers issued from 2032 («Nytt fødselsnummer fra 2032»). */
    @ParameterizedTest
    @ValueSource(strings = {"02013299997", "02013299903", "30108299920", "30108299939"})
    void skatteetatensEksemplerFra2032Godtas(String fnr) {
        assertThat(Fodselsnummer.feil(fnr)).isEmpty();
    }

    /**
     * From 2032 the first control digit may leave a remainder of 0, 1, 2 or 3 (before: 0 only); the second is
     * computed as before, over the ten digits including the first. So of the ten possible first control digits,
     * exactly the four with remainder 0–3 make a valid number, each with its one second digit.
     */
    @Test
    void nyKontrollberegningFra2032() {
        int[] k1Vekter = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] k2Vekter = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        for (String fnr11 : List.of(nummer("170385", 123), nummer("010180", 100), nummer("311299", 990),
                nummer("290296", 512), nummer("450590", 321), nummer("020132", 999))) {
            String ni = fnr11.substring(0, 9);
            List<String> gyldige = new ArrayList<>();
            int sum1 = 0;
            for (int i = 0; i < 9; i++) {
                sum1 += (ni.charAt(i) - '0') * k1Vekter[i];
            }
            for (int k1 = 0; k1 <= 9; k1++) {
                int sum2 = 0;
                String ti = ni + k1;
                for (int i = 0; i < 10; i++) {
                    sum2 += (ti.charAt(i) - '0') * k2Vekter[i];
                }
                int k2 = (11 - sum2 % 11) % 11;
                int rest = (sum1 + k1) % 11;
                if (k2 == 10) {
                    // no second control digit exists: no number with this first one
                    for (int x = 0; x <= 9; x++) {
                        assertThat(Fodselsnummer.feil(ti + x)).as(ti + x).isPresent();
                    }
                    continue;
                }
                String fnr = ti + k2;
                if (rest <= 3) {
                    assertThat(Fodselsnummer.feil(fnr)).as(fnr + " rest " + rest).isEmpty();
                    gyldige.add(fnr);
                } else {
                    assertThat(Fodselsnummer.feil(fnr)).as(fnr + " rest " + rest).contains(
                            "has wrong control digits (mod 11)");
                }
                String feilK2 = ti + (k2 + 1) % 10;
                assertThat(Fodselsnummer.feil(feilK2)).as(feilK2).contains("has wrong control digits (mod 11)");
            }
            assertThat(gyldige).as(ni).hasSizeBetween(1, 4);
            // the number by the old rule is among them
            assertThat(gyldige).contains(fnr11);
        }
    }

    @Test
    void individnummeretAngirIkkeLengerAarhundre() {
        // individ 600 with year 45: no century by the old table, a valid number from 2032
        assertThat(Fodselsnummer.feil(nummer("170345", 600))).isEmpty();
        assertThat(Fodselsnummer.feil(nummer("290201", 123)))
                .get().asString().contains("birth date"); // 29 February in a year not divisible by four
        assertThat(Fodselsnummer.feil(nummer("290204", 123))).isEmpty();
    }

    @Test
    void syntetiskeIdentiteterBareNaarInnstillingenTillaterDem() {
        String nav = nummer("174385", 123); // month + 40, also an H-number
        String tenor = nummer("178385", 123); // month + 80
        String dnrTenor = nummer("578385", 123); // D-number in Tenor
        for (String syntetisk : List.of(nav, tenor, dnrTenor)) {
            assertThat(Fodselsnummer.feil(syntetisk)).as(syntetisk).get().asString().contains("syntetisk");
            assertThat(new Identiteter(false).fnrFeil(syntetisk)).as(syntetisk).isPresent();
            assertThat(new Identiteter(true).fnrFeil(syntetisk)).as(syntetisk).isEmpty();
            assertThat(Fodselsnummer.erSyntetisk(syntetisk)).isTrue();
        }
        // month 13–40 (and 53–80) is no month in any scheme
        for (String dato : List.of("171385", "173385", "176085", "179385")) {
            String ugyldig = nummer(dato, 123);
            assertThat(new Identiteter(true).fnrFeil(ugyldig)).as(ugyldig).isPresent();
        }
        // D-numbers and ordinary numbers need no setting
        String dnr = Testdata.fnr(LocalDate.of(1985, 3, 17), 123, true);
        assertThat(new Identiteter(false).fnrFeil(dnr)).isEmpty();
        assertThat(Fodselsnummer.erSyntetisk(dnr)).isFalse();
    }

    @Test
    void epostMaaVaereEnVanligAdresse() {
        for (String ok : List.of("nora@example.org", "nora.leder+nav@firma.no", "o'brien@sub.example.co.uk",
                "a_b-c@x-y.no")) {
            assertThat(Format.erEpost(ok)).as(ok).isTrue();
        }
        for (String nei : List.of("<script>@x.no", "Nora <nora@example.org>", "nora@example.org>", "\"a b\"@x.no",
                "nora@", "@x.no", "nora@x", "nora@@x.no", "nora..leder@x.no", ".nora@x.no", "nora.@x.no",
                "nora@-x.no", "nora@x.no.", "nora@x..no", "nora leder@x.no", "nora@x.no\nBcc: y@z.no",
                "nora@ex(ample).org", "nora,leder@x.no", "nøra@x.no", "nora@x.n0", "a".repeat(65) + "@x.no",
                "a@" + "b".repeat(250) + ".no", "")) {
            assertThat(Format.erEpost(nei)).as(nei).isFalse();
        }
        assertThat(Format.erEpost(null)).isFalse();
    }
}
