package no.oppfolgingsflyt.aap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule row of the two DMN tables in bpmn/, hit by at least one case; the last test checks that. */
class BeslutningstabellTest {

    static final Set<String> TRUFFET = new HashSet<>();
    static final DmnEngine MOTOR;

    static {
        DefaultDmnEngineConfiguration konfig = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        konfig.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent e) {
                e.getMatchingRules().forEach(r -> TRUFFET.add(r.getId()));
            }
        }));
        MOTOR = konfig.buildEngine();
    }

    static DmnDecisionResult evaluer(String fil, String beslutning, Map<String, Object> v) throws Exception {
        try (InputStream in = new FileInputStream("bpmn/" + fil)) {
            DmnDecision d = MOTOR.parseDecision(beslutning, in);
            return MOTOR.evaluateDecision(d, v);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "false, false,   0, true,  SITUASJONSBESTEMT_INNSATS, BEHOLDE_ARBEID",
        "false, false,  20, false, SITUASJONSBESTEMT_INNSATS, SKAFFE_ARBEID",
        "true,  false,  60, true,  SPESIELT_TILPASSET_INNSATS, BEHOLDE_ARBEID",
        "true,  false,  60, false, SPESIELT_TILPASSET_INNSATS, SKAFFE_ARBEID",
        "true,  true,   50, true,  GRADERT_VARIG_TILPASSET_INNSATS, BEHOLDE_ARBEID",
        "true,  true,   50, false, GRADERT_VARIG_TILPASSET_INNSATS, SKAFFE_ARBEID",
        "true,  true,  100, false, VARIG_TILPASSET_INNSATS, OKE_DELTAKELSE",
        "true,  true,  100, true,  VARIG_TILPASSET_INNSATS, OKE_DELTAKELSE"})
    void innsatsgruppe(boolean nedsatt, boolean varig, int reduksjon, boolean arbeidsgiver, String gruppe,
            String hovedmal) throws Exception {
        var r = evaluer("innsatsgruppe.dmn", "innsatsgruppe", Map.of("nedsattArbeidsevne", nedsatt, "varigNedsatt",
                varig, "arbeidsevneReduksjon", reduksjon, "harArbeidsgiver", arbeidsgiver)).getSingleResult();
        assertThat((String) r.getEntry("innsatsgruppe")).isEqualTo(gruppe);
        assertThat((String) r.getEntry("hovedmal")).isEqualTo(hovedmal);
    }

    @ParameterizedTest
    @CsvSource({
        "false, 80, true,  true,  false, MANGLER_LEGEERKLAERING",
        "false, 20, false, false, false, MANGLER_LEGEERKLAERING",
        "true,  49, true,  true,  false, ARBEIDSEVNE_IKKE_NEDSATT_MINST_HALVPARTEN",
        "true,  50, false, true,  false, SYKDOM_IKKE_HOVEDARSAK",
        "true,  70, true,  false, false, INGEN_BEHOV_ETTER_11_6",
        "true,  50, true,  true,  true, ",
        "true, 100, true,  true,  true, "})
    void aapVilkar(boolean legeerklaering, int reduksjon, boolean sykdom, boolean behov, boolean oppfylt,
            String avslag) throws Exception {
        var r = evaluer("aap-vilkar.dmn", "aapVilkar", Map.of("legeerklaeringMottatt", legeerklaering,
                "arbeidsevneReduksjon", reduksjon, "sykdomHovedarsak", sykdom, "behovEtterParagraf116", behov))
                .getFirstResult();
        assertThat((Boolean) r.getEntry("vilkarOppfylt")).isEqualTo(oppfylt);
        assertThat((String) r.getEntry("avslagsgrunn")).isEqualTo(avslag);
    }

    @AfterAll
    static void hverRegelErTruffet() throws Exception {
        for (String fil : List.of("innsatsgruppe.dmn", "aap-vilkar.dmn")) {
            DmnModelInstance modell = Dmn.readModelFromFile(new java.io.File("bpmn/" + fil));
            for (Rule regel : modell.getModelElementsByType(Rule.class)) {
                assertThat(TRUFFET).as(fil + " rule " + regel.getId()).contains(regel.getId());
            }
        }
    }

    @Test
    void tabellerErGyldige() throws Exception {
        assertThat(evaluer("aap-vilkar.dmn", "aapVilkar", Map.of("legeerklaeringMottatt", true,
                "arbeidsevneReduksjon", 60, "sykdomHovedarsak", true, "behovEtterParagraf116", true))
                .getFirstResult().getEntry("vilkarOppfylt").equals(true)).isTrue();
    }
}
