package no.oppfolgingsflyt.sykefravaer.prosess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.oppfolgingsflyt.aap.AapSak;
import no.oppfolgingsflyt.aap.domene.Returarsak;
import org.junit.jupiter.api.Test;

/** «Om saken» speaks Norwegian: every code of the domain has a text, and the case log reads as words. */
class KodeteksterTest {

    static final List<String> DOMENEKLASSER = List.of(
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.Dialogmote2vurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.KontaktArbeidsgivervurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.Motebehovvurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.NyttTidStedvurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.Stansvurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.UtenArbeidsgivervurdering",
            "no.oppfolgingsflyt.sykefravaer.domene.vurdering.VidereOppfolgingvurdering",
            "no.oppfolgingsflyt.aap.domene.AapOppfolging",
            "no.oppfolgingsflyt.aap.domene.AapVedtak",
            "no.oppfolgingsflyt.aap.domene.Aktivitetsplanvurdering",
            "no.oppfolgingsflyt.aap.domene.Behovsvurdering",
            "no.oppfolgingsflyt.aap.domene.Bruddvurdering",
            "no.oppfolgingsflyt.aap.domene.Kontrollvurdering",
            "no.oppfolgingsflyt.aap.domene.LegeerklaeringMangler",
            "no.oppfolgingsflyt.aap.domene.MeldekortOppfolging",
            "no.oppfolgingsflyt.aap.domene.Revurdering",
            "no.oppfolgingsflyt.aap.domene.StansAapVurdering");

    @Test
    void hverKodeIDomenetHarEnNorskTekst() throws Exception {
        List<String> uten = new ArrayList<>();
        for (String navn : DOMENEKLASSER) {
            for (Class<?> indre : Class.forName(navn).getDeclaredClasses()) {
                if (indre.isEnum() && !indre.getSimpleName().equals("Kontroll")) {
                    for (Object k : indre.getEnumConstants()) {
                        if (!Kodetekster.harTekst(((Enum<?>) k).name())) {
                            uten.add(indre.getName() + "." + k);
                        }
                    }
                }
            }
        }
        Stream.concat(Stream.of(Returarsak.values()), Stream.of(AapSak.Kilde.values())).map(Enum::name)
                .filter(k -> !Kodetekster.harTekst(k)).forEach(uten::add);
        assertThat(uten).as("codes without a Norwegian text in Kodetekster").isEmpty();
    }

    @Test
    void sakslogginLesesSomOrd() {
        assertThat(Kodetekster.hendelse("ARBEIDSGIVER_BEKREFTET", "OPPFOLGINGSPLAN:UTARBEIDET"))
                .isEqualTo("Arbeidsgiveren bekreftet: oppfølgingsplan utarbeidet");
        assertThat(Kodetekster.hendelse("ARBEIDSGIVER_BEKREFTET", "DIALOGMOTE1:GJENNOMFORT"))
                .isEqualTo("Arbeidsgiveren bekreftet: dialogmøte 1 gjennomført");
        assertThat(Kodetekster.hendelse("VURDERING", "AKTIVITETSKRAV:FORHANDSVARSEL"))
                .isEqualTo("Aktivitetskrav: forhåndsvarsel sendt");
        assertThat(Kodetekster.hendelse("VURDERING", "AKTIVITETSKRAV:UNNTAK:MEDISINSKE_GRUNNER"))
                .isEqualTo("Aktivitetskrav: unntak (medisinske grunner)");
        assertThat(Kodetekster.hendelse("VURDERING", "Arbeidsevnevurdering:NEDSATT:60"))
                .isEqualTo("Arbeidsevnevurdering: nedsatt arbeidsevne, 60 %");
        assertThat(Kodetekster.hendelse("VURDERING_TRUKKET_TILBAKE", "AKTIVITETSKRAV"))
                .isEqualTo("Vurdering trukket tilbake: aktivitetskrav");
        assertThat(Kodetekster.ord("SOKNAD")).isEqualTo("søknad");
        assertThat(Kodetekster.ord("SITUASJONSBESTEMT_INNSATS")).isEqualTo("situasjonsbestemt innsats");
    }
}
