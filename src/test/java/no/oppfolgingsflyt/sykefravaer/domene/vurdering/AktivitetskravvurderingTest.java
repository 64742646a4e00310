package no.oppfolgingsflyt.sykefravaer.domene.vurdering;

import static no.oppfolgingsflyt.felles.skjema.TestSkjema.HEMMELIG;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.brudd;
import static no.oppfolgingsflyt.felles.skjema.TestSkjema.skjema;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import no.oppfolgingsflyt.felles.skjema.Innsendt;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering.AvventArsak;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering.IkkeAktuellArsak;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering.OppfyltArsak;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering.UnntakArsak;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering.Utfall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AktivitetskravvurderingTest {

    static final LocalDateTime NAA = LocalDateTime.parse("2025-03-02T09:00");
    static final Vurderingskontekst K = Vurderingskontekst.standard(NAA);

    static Aktivitetskravvurdering vurder(Innsendt s) {
        return Aktivitetskravvurdering.vurder(s, K);
    }

    // ------------------------------------------------------------------------------------- every outcome

    @ParameterizedTest
    @EnumSource(OppfyltArsak.class)
    void oppfylt(OppfyltArsak arsak) {
        var v = vurder(skjema("aktivitetskravUtfall", "OPPFYLT", "aktivitetskravArsakOppfylt", arsak.name(),
                "aktivitetskravBeskrivelse", " I tiltak fra uke 6 "));
        assertThat(v).isEqualTo(new Aktivitetskravvurdering.Oppfylt(arsak, "I tiltak fra uke 6"));
        assertThat(v.utfall()).isEqualTo(Utfall.OPPFYLT);
        assertThat(v.kode()).isEqualTo("OPPFYLT:" + arsak);
    }

    @ParameterizedTest
    @EnumSource(UnntakArsak.class)
    void unntakUtenBegrunnelse(UnntakArsak arsak) {
        var v = vurder(skjema("aktivitetskravUtfall", "UNNTAK", "aktivitetskravArsakUnntak", arsak.name()));
        assertThat(v).isEqualTo(new Aktivitetskravvurdering.Unntak(arsak, null));
        assertThat(v.kode()).isEqualTo("UNNTAK:" + arsak);
    }

    @ParameterizedTest
    @EnumSource(IkkeAktuellArsak.class)
    void ikkeAktuell(IkkeAktuellArsak arsak) {
        var v = vurder(skjema("aktivitetskravUtfall", "IKKE_AKTUELL", "aktivitetskravArsakIkkeAktuell",
                arsak.name(), "aktivitetskravBegrunnelse", "Mottar AAP fra 1. mars"));
        assertThat(v).isEqualTo(new Aktivitetskravvurdering.IkkeAktuell(arsak, "Mottar AAP fra 1. mars"));
        assertThat(v.kode()).isEqualTo("IKKE_AKTUELL:" + arsak);
    }

    @ParameterizedTest
    @EnumSource(AvventArsak.class)
    void avventTilEnDatoEtterIdag(AvventArsak arsak) {
        var v = vurder(skjema("aktivitetskravUtfall", "AVVENT", "aktivitetskravArsakAvvent", arsak.name(),
                "aktivitetskravBeskrivelse", "Venter på lege", "avventFrist", "2025-03-03"));
        assertThat(v).isEqualTo(new Aktivitetskravvurdering.Avvent(arsak, "Venter på lege",
                LocalDate.parse("2025-03-03")));
        assertThat(v.kode()).isEqualTo("AVVENT:" + arsak);
    }

    @Test
    void forhandsvarselUtenSvarfristFaarStandardfristen() {
        var v = vurder(skjema("aktivitetskravUtfall", "FORHANDSVARSEL"));
        assertThat(v).isEqualTo(new Aktivitetskravvurdering.Forhandsvarsel(LocalDate.parse("2025-03-23"), null));
        assertThat(v.arsak()).isNull();
        assertThat(v.kode()).isEqualTo("FORHANDSVARSEL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-23", "2025-04-13"})
    void forhandsvarselMedSvarfristInnenforGrensene(String svarfrist) {
        var v = (Aktivitetskravvurdering.Forhandsvarsel) vurder(skjema("aktivitetskravUtfall", "FORHANDSVARSEL",
                "forhandsvarselSvarfrist", svarfrist));
        assertThat(v.svarfrist()).isEqualTo(svarfrist);
    }

    // ------------------------------------------------------------------------------------- every rule

    @Test
    void utfalletErPaakrevdOgMaaVaereEtAvValgene() {
        brudd(() -> vurder(skjema()), "Utfall må fylles ut");
        brudd(() -> vurder(skjema("aktivitetskravUtfall", "IKKE_OPPFYLT")), "Utfall må være ett av valgene");
        brudd(() -> vurder(skjema("aktivitetskravUtfall", HEMMELIG)), "Utfall må være ett av valgene");
    }

    @ParameterizedTest
    @EnumSource(value = Utfall.class, names = "FORHANDSVARSEL", mode = EnumSource.Mode.EXCLUDE)
    void hvertUtfallUnntattForhandsvarselKreverEnArsakFraSinEgenListe(Utfall utfall) {
        String arsakfelt = switch (utfall) {
            case OPPFYLT -> "aktivitetskravArsakOppfylt";
            case UNNTAK -> "aktivitetskravArsakUnntak";
            case IKKE_AKTUELL -> "aktivitetskravArsakIkkeAktuell";
            default -> "aktivitetskravArsakAvvent";
        };
        Object[] resten = {"aktivitetskravBeskrivelse", "Tekst", "avventFrist", "2025-03-10"};
        brudd(() -> vurder(skjema(concat(new Object[] {"aktivitetskravUtfall", utfall.name()}, resten))),
                "Årsak må fylles ut");
        // A reason of another outcome (GRADERT belongs to OPPFYLT; MEDISINSKE_GRUNNER to UNNTAK) is refused.
        String annen = utfall == Utfall.UNNTAK ? "GRADERT" : "MEDISINSKE_GRUNNER";
        brudd(() -> vurder(skjema(concat(new Object[] {"aktivitetskravUtfall", utfall.name(), arsakfelt, annen},
                resten))), "Årsak må være ett av valgene");
        // The reason must be in the outcome's own field.
        String annetFelt = utfall == Utfall.UNNTAK ? "aktivitetskravArsakOppfylt" : "aktivitetskravArsakUnntak";
        brudd(() -> vurder(skjema(concat(new Object[] {"aktivitetskravUtfall", utfall.name(), annetFelt,
                "MEDISINSKE_GRUNNER"}, resten))), "Årsak må fylles ut");
    }

    @Test
    void oppfyltOgAvventKreverBeskrivelse() {
        brudd(() -> vurder(skjema("aktivitetskravUtfall", "OPPFYLT", "aktivitetskravArsakOppfylt", "TILTAK")),
                "Beskrivelse må fylles ut");
        brudd(() -> vurder(skjema("aktivitetskravUtfall", "OPPFYLT", "aktivitetskravArsakOppfylt", "TILTAK",
                "aktivitetskravBeskrivelse", "  ", "aktivitetskravBegrunnelse", "Står i feil felt")),
                "Beskrivelse må fylles ut");
        brudd(() -> vurder(skjema("aktivitetskravUtfall", "AVVENT", "aktivitetskravArsakAvvent", "ANNET",
                "avventFrist", "2025-03-10")), "Beskrivelse må fylles ut");
    }

    @Test
    void deAndreUtfalleneHarValgfriBegrunnelse_ogTarBeskrivelsenFraMotorensApi() {
        var v = vurder(skjema("aktivitetskravUtfall", "UNNTAK", "aktivitetskravArsakUnntak", "SJOMENN_UTENRIKS",
                "aktivitetskravBeskrivelse", "Sendt gjennom API-et"));
        assertThat(v.beskrivelse()).isEqualTo("Sendt gjennom API-et");
        v = vurder(skjema("aktivitetskravUtfall", "FORHANDSVARSEL", "aktivitetskravBegrunnelse", "Ingen aktivitet"));
        assertThat(v.beskrivelse()).isEqualTo("Ingen aktivitet");
    }

    @Test
    void avventKreverEnDatoEtterIdag() {
        Object[] avvent = {"aktivitetskravUtfall", "AVVENT", "aktivitetskravArsakAvvent", "DROFTES_INTERNT",
                "aktivitetskravBeskrivelse", "Drøftes"};
        brudd(() -> vurder(skjema(avvent)), "Avvent til må fylles ut");
        brudd(() -> vurder(skjema(concat(avvent, new Object[] {"avventFrist", "2025-03-02"}))),
                "Avvent til må være en dato etter i dag");
        brudd(() -> vurder(skjema(concat(avvent, new Object[] {"avventFrist", "2025-02-20"}))),
                "Avvent til må være en dato etter i dag");
        brudd(() -> vurder(skjema(concat(avvent, new Object[] {"avventFrist", HEMMELIG}))),
                "Avvent til er ikke en gyldig dato");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-22", "2025-04-14", "2025-03-02", "2025-02-01"})
    void svarfristenMaaVaereInnenforGrensene(String svarfrist) {
        brudd(() -> vurder(skjema("aktivitetskravUtfall", "FORHANDSVARSEL", "forhandsvarselSvarfrist", svarfrist)),
                "Svarfrist må være mellom 21 og 42 dager fram i tid");
    }

    @Test
    void svarfristenFolgerKonfigurasjonen() {
        Vurderingskontekst kort = new Vurderingskontekst(NAA, 14, 10, 28);
        var v = (Aktivitetskravvurdering.Forhandsvarsel) Aktivitetskravvurdering.vurder(
                skjema("aktivitetskravUtfall", "FORHANDSVARSEL"), kort);
        assertThat(v.svarfrist()).isEqualTo("2025-03-16");
        v = (Aktivitetskravvurdering.Forhandsvarsel) Aktivitetskravvurdering.vurder(skjema("aktivitetskravUtfall",
                "FORHANDSVARSEL", "forhandsvarselSvarfrist", "2025-03-12"), kort);
        assertThat(v.svarfrist()).isEqualTo("2025-03-12");
        brudd(() -> Aktivitetskravvurdering.vurder(skjema("aktivitetskravUtfall", "FORHANDSVARSEL",
                "forhandsvarselSvarfrist", "2025-03-31"), kort), "mellom 10 og 28 dager");
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] c = new Object[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
