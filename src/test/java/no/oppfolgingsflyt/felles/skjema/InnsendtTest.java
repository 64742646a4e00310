package no.oppfolgingsflyt.felles.skjema;

import static no.oppfolgingsflyt.felles.skjema.TestSkjema.HEMMELIG;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.brudd;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.skjema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

class InnsendtTest {

    enum Farge { ROD, GRONN }

    static final Felt TEKST = new Felt("tekst", "Begrunnelse");
    static final Valgfelt<Farge> VALG = new Felt("valg", "Utfall").medValg(Farge.class);
    static final Felt DATO = new Felt("dato", "Avvent til");
    static final Felt TID = new Felt("tid", "Møtetidspunkt");
    static final Felt AVKRYSSING = new Felt("kryss", "Arbeidsevnen er nedsatt");
    static final Felt TALL = new Felt("tall", "Reduksjon");
    static final Felt SPORSMAL = new Felt("sporsmal", "Hva gjør du?");

    @Test
    void tekstErTrimmetOgTomTekstErIngenting() {
        assertThat(skjema("tekst", "  Vurdert  ").tekst(TEKST)).isEqualTo("Vurdert");
        assertThat(skjema("tekst", "   ").tekst(TEKST)).isNull();
        assertThat(skjema().tekst(TEKST)).isNull();
        brudd(() -> skjema("tekst", " ").paakrevdTekst(TEKST), "Begrunnelse må fylles ut");
    }

    @Test
    void valgetMaaVaereEtAvSkjemaetsValg() {
        assertThat(skjema("valg", "GRONN").valg(VALG)).isEqualTo(Farge.GRONN);
        brudd(() -> skjema().valg(VALG), "Utfall må fylles ut");
        brudd(() -> skjema("valg", HEMMELIG).valg(VALG), "Utfall må være ett av valgene i skjemaet");
        brudd(() -> skjema("valg", "gronn").valg(VALG), "Utfall må være ett av valgene i skjemaet");
    }

    @Test
    void etSporsmaalSomEtikettSiteresIMeldingen() {
        brudd(() -> skjema().paakrevdTekst(SPORSMAL), "«Hva gjør du?» må fylles ut");
    }

    @Test
    void datoFraDatovelgerenFraTidspunktOgFraMotorensApi() {
        assertThat(skjema("dato", "2025-03-15").dato(DATO)).isEqualTo("2025-03-15");
        assertThat(skjema("dato", "2025-03-15T10:00").dato(DATO)).isEqualTo("2025-03-15");
        Date midnattINorge = Date.from(LocalDate.parse("2025-03-15").atStartOfDay(ZoneId.of("Europe/Oslo"))
                .toInstant());
        assertThat(skjema("dato", midnattINorge).dato(DATO)).isEqualTo("2025-03-15");
        assertThat(skjema("dato", "").dato(DATO)).isNull();
        brudd(() -> skjema().paakrevdDato(DATO), "Avvent til må fylles ut");
        brudd(() -> skjema("dato", HEMMELIG).dato(DATO), "Avvent til er ikke en gyldig dato");
        brudd(() -> skjema("dato", "2025-02-30").dato(DATO), "Avvent til er ikke en gyldig dato");
    }

    @Test
    void tidspunktINorskTid() {
        assertThat(skjema("tid", "2025-06-10T10:00").paakrevdTidspunkt(TID))
                .isEqualTo(LocalDateTime.parse("2025-06-10T10:00"));
        assertThat(skjema("tid", "2025-06-10T08:00Z").paakrevdTidspunkt(TID))
                .isEqualTo(LocalDateTime.parse("2025-06-10T10:00"));
        brudd(() -> skjema().paakrevdTidspunkt(TID), "Møtetidspunkt må fylles ut");
        brudd(() -> skjema("tid", "2025-06-10").paakrevdTidspunkt(TID), "Møtetidspunkt er ikke et gyldig tidspunkt");
        brudd(() -> skjema("tid", HEMMELIG).paakrevdTidspunkt(TID), "Møtetidspunkt er ikke et gyldig tidspunkt");
    }

    @Test
    void avkrysningOgTall() {
        assertThat(skjema("kryss", true).avkrysset(AVKRYSSING)).isTrue();
        assertThat(skjema("kryss", false).avkrysset(AVKRYSSING)).isFalse();
        assertThat(skjema().avkrysset(AVKRYSSING)).isFalse();
        brudd(() -> skjema("kryss", HEMMELIG).avkrysset(AVKRYSSING), "Arbeidsevnen er nedsatt må være krysset av");
        assertThat(skjema("tall", 60L).heltall(TALL)).isEqualTo(60L);
        assertThat(skjema("tall", 60.0).heltall(TALL)).isEqualTo(60L);
        assertThat(skjema().heltall(TALL)).isNull();
        brudd(() -> skjema("tall", 60.5).heltall(TALL), "Reduksjon må være et helt tall");
        brudd(() -> skjema("tall", HEMMELIG).heltall(TALL), "Reduksjon må være et helt tall");
    }
}
