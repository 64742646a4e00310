package no.oppfolgingsflyt.felles.skjema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.oppfolgingsflyt.aap.domene.AapOppfolging;
import no.oppfolgingsflyt.aap.domene.AapVedtak;
import no.oppfolgingsflyt.aap.domene.Aktivitetsplanvurdering;
import no.oppfolgingsflyt.aap.domene.Arbeidsevnevurdering;
import no.oppfolgingsflyt.aap.domene.Behovsvurdering;
import no.oppfolgingsflyt.aap.domene.Bruddvurdering;
import no.oppfolgingsflyt.aap.domene.Kontrollvurdering.Kontroll;
import no.oppfolgingsflyt.aap.domene.LegeerklaeringMangler;
import no.oppfolgingsflyt.aap.domene.MeldekortOppfolging;
import no.oppfolgingsflyt.aap.domene.Revurdering;
import no.oppfolgingsflyt.aap.domene.StansAapVurdering;
import no.oppfolgingsflyt.felles.skjema.Skjemakrav.Feltkrav;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Aktivitetskravvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Dialogmote2vurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.KontaktArbeidsgivervurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Motebehovvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.NyttTidStedvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Referat;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.Stansvurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.UtenArbeidsgivervurdering;
import no.oppfolgingsflyt.sykefravaer.domene.vurdering.VidereOppfolgingvurdering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form in forms/ agrees with the rules of its vurdering: the same fields under the same labels (messages name
 * fields by label), the same options in the same order as the domain's enums, and every field the rules require
 * marked required in the form. A field required for some outcomes only is shown for exactly those outcomes: form-js
 * checks only the fields it shows, and a required field must not block the others.
 */
class SkjemaOgDomeneTest {

    static final Path SKJEMAER = Path.of("forms");
    /** Fields the application fills in itself for the veileder to read. */
    static final Set<String> LESEFELT = Set.of("saksinfo");

    static final List<Skjemakrav> ALLE = List.of(
            Aktivitetskravvurdering.SKJEMA, Stansvurdering.SKJEMA, Dialogmote2vurdering.SKJEMA,
            NyttTidStedvurdering.SKJEMA, Referat.SKJEMA, Motebehovvurdering.SKJEMA, UtenArbeidsgivervurdering.SKJEMA,
            KontaktArbeidsgivervurdering.SKJEMA, VidereOppfolgingvurdering.SKJEMA,
            Behovsvurdering.SKJEMA, LegeerklaeringMangler.SKJEMA, Arbeidsevnevurdering.SKJEMA,
            Kontroll.KVALITETSSIKRING.skjema, AapVedtak.SKJEMA, Kontroll.BESLUTNING.skjema,
            Aktivitetsplanvurdering.SKJEMA, MeldekortOppfolging.SKJEMA, AapOppfolging.SKJEMA, Revurdering.SKJEMA,
            Bruddvurdering.SKJEMA, StansAapVurdering.SKJEMA);

    /** A field of a form as form-js sees it: its label, whether it is required, and when it is shown. */
    record Skjemafelt(String navn, String type, String etikett, boolean paakrevd, List<String> verdier,
            String skjul, boolean kunLes) {}

    static List<Skjemakrav> alle() {
        return ALLE;
    }

    @Test
    void hvertSkjemaHarReglerOgHverRegelEtSkjema() throws IOException {
        Set<String> skjemaer = new LinkedHashSet<>();
        try (Stream<Path> filer = Files.list(SKJEMAER)) {
            filer.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .forEach(n -> skjemaer.add(n.substring(0, n.length() - ".form".length())));
        }
        assertThat(ALLE.stream().map(Skjemakrav::skjema)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(skjemaer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alle")
    void skjemaetFolgerReglene(Skjemakrav krav) throws IOException {
        JsonNode skjema = new ObjectMapper().readTree(SKJEMAER.resolve(krav.skjema() + ".form").toFile());
        assertThat(skjema.path("id").asText()).isEqualTo(krav.skjema());
        Map<String, Skjemafelt> felt = new LinkedHashMap<>();
        samle(skjema.path("components"), null, felt);
        Map<String, Feltkrav> regler = new LinkedHashMap<>();
        krav.felt().forEach(k -> regler.put(k.felt().navn(), k));

        for (Feltkrav k : krav.felt()) {
            String hva = krav.skjema() + "/" + k.felt().navn();
            Skjemafelt f = felt.get(k.felt().navn());
            assertThat(f).as(hva + " is in the form").isNotNull();
            assertThat(f.etikett()).as(hva + ": the label the rules' messages use").isEqualTo(k.felt().etikett());
            if (k.valg() != null) {
                assertThat(f.type()).as(hva + " is a choice").isIn("radio", "select");
                assertThat(f.verdier()).as(hva + ": the options, in the enum's order").isEqualTo(k.verdier());
            }
            assertThat(f.paakrevd()).as(hva + " is marked required exactly when the rules require it")
                    .isEqualTo(k.paakrevd());
            if (k.styrtAv() == null) {
                if (k.paakrevd()) {
                    assertThat(f.skjul()).as(hva + " is required always, so always shown").isNull();
                }
            } else {
                assertThat(f.skjul()).as(hva + " is shown only for some outcomes").isNotNull();
                Synlighet s = Synlighet.les(f.skjul());
                assertThat(s.felt()).as(hva + ": shown depending on").isEqualTo(k.styrtAv().navn());
                assertThat(s.naar()).as(hva + ": shown for exactly").isEqualTo(k.naar());
                assertThat(felt).as(hva + ": the field it depends on is in the form")
                        .containsKey(k.styrtAv().navn());
            }
        }
        for (Skjemafelt f : felt.values()) {
            if (f.kunLes() || LESEFELT.contains(f.navn())) {
                continue;
            }
            assertThat(regler).as(krav.skjema() + "/" + f.navn() + " is known to the rules").containsKey(f.navn());
        }
    }

    /** Every field with a key, with the condition that hides it or its nearest hidden group. */
    static void samle(JsonNode komponenter, String skjultAvGruppe, Map<String, Skjemafelt> felt) {
        for (JsonNode c : komponenter) {
            String skjul = c.path("conditional").path("hide").isMissingNode() ? skjultAvGruppe
                    : c.path("conditional").path("hide").asText();
            if (c.has("components")) {
                samle(c.path("components"), skjul, felt);
            }
            if (!c.has("key")) {
                continue;
            }
            List<String> verdier = new ArrayList<>();
            c.path("values").forEach(v -> verdier.add(v.path("value").asText()));
            String etikett = c.has("label") ? c.path("label").asText() : c.path("dateLabel").asText(null);
            Skjemafelt ny = new Skjemafelt(c.path("key").asText(), c.path("type").asText(), etikett,
                    c.path("validate").path("required").asBoolean(false), verdier, skjul,
                    c.path("readonly").asBoolean(false));
            assertThat(felt.put(ny.navn(), ny)).as("key " + ny.navn() + " once per form").isNull();
        }
    }

    /**
     * When a field is shown, read from its hide condition. The forms write it as {@code =k != "A" and k != "B"}
     * (shown while k is A or B) or {@code =k != true} (shown while the checkbox k is ticked); anything else is
     * refused so that the test never guesses.
     */
    record Synlighet(String felt, Set<String> naar) {

        static final Pattern DEL = Pattern.compile("(\\w+) != (?:\"([^\"]*)\"|(true))");

        static Synlighet les(String skjul) {
            assertThat(skjul).as("hide condition").startsWith("=");
            String felt = null;
            Set<String> naar = new LinkedHashSet<>();
            for (String del : skjul.substring(1).trim().split(" and ")) {
                Matcher m = DEL.matcher(del.trim());
                assertThat(m.matches()).as("hide condition written as k != \"A\" and k != \"B\": " + skjul).isTrue();
                assertThat(felt == null || felt.equals(m.group(1))).as("one field in " + skjul).isTrue();
                felt = m.group(1);
                naar.add(m.group(2) != null ? m.group(2) : m.group(3));
            }
            return new Synlighet(felt, Set.copyOf(naar));
        }
    }

    @Test
    void synlighetLesesRiktig() {
        assertThat(Synlighet.les("=u != \"OPPFYLT\" and u != \"AVVENT\""))
                .isEqualTo(new Synlighet("u", Set.of("OPPFYLT", "AVVENT")));
        assertThat(Synlighet.les("=nedsatt != true")).isEqualTo(new Synlighet("nedsatt", Set.of("true")));
    }
}
