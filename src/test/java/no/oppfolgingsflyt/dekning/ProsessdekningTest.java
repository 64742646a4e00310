package no.oppfolgingsflyt.dekning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (junit-platform.properties orders classes by @Order) and reports how many
 * sequence flows of each model the process tests took, in target/process-test-coverage/dekning.md. The sykefravær
 * model must be fully covered: a path no test walks is a path nobody knows works.
 */
@Order(Integer.MAX_VALUE)
class ProsessdekningTest {

    static final List<String> KREVER_FULL_DEKNING = List.of("sykefravaersoppfolging", "varselutsending",
            "arbeidsevnevurdering", "aap-lopende-periode", "oppfolging-etter-maksdato");

    static boolean dekket(String prosess, SequenceFlow flyt) {
        if (flyt.getSource() instanceof EventBasedGateway) {
            return Dekningsmaler.TATT.contains(prosess + "/" + Dekningsmaler.NAADD + flyt.getTarget().getId());
        }
        return Dekningsmaler.TATT.contains(prosess + "/" + flyt.getId());
    }

    @Test
    void allePiler() throws IOException {
        List<String> rapport = new ArrayList<>(List.of("# Prosessdekning", "",
                "| Modell | Sekvensflyter | Dekket | Andel | Ikke dekket |", "|---|---|---|---|---|"));
        List<String> mangler = new ArrayList<>();
        try (Stream<Path> filer = Files.list(Path.of("bpmn"))) {
            // one process per file (the file name is the process id)
            for (Path fil : filer.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance modell = Bpmn.readModelFromFile(fil.toFile());
                for (Process prosess : modell.getModelElementsByType(Process.class)) {
                    List<SequenceFlow> alle = List.copyOf(modell.getModelElementsByType(SequenceFlow.class));
                    List<String> flyter = alle.stream().map(SequenceFlow::getId).toList();
                    List<String> ikke = alle.stream().filter(f -> !dekket(prosess.getId(), f))
                            .map(SequenceFlow::getId).toList();
                    int dekket = flyter.size() - ikke.size();
                    rapport.add("| %s | %d | %d | %.0f %% | %s |".formatted(prosess.getId(), flyter.size(), dekket,
                            100.0 * dekket / Math.max(1, flyter.size()), String.join(", ", ikke)));
                    System.out.printf("Prosessdekning %s: %d av %d sekvensflyter%n", prosess.getId(), dekket,
                            flyter.size());
                    if (KREVER_FULL_DEKNING.contains(prosess.getId())) {
                        ikke.forEach(f -> mangler.add(prosess.getId() + "/" + f));
                    }
                }
            }
        }
        Path ut = Path.of("target", "process-test-coverage");
        Files.createDirectories(ut);
        Files.write(ut.resolve("dekning.md"), rapport);
        // Nothing recorded means the process tests did not run in this JVM, or the recording broke: either way the
        // gate cannot vouch for anything, so it fails rather than pass on nothing.
        assertThat(Dekningsmaler.TATT).as("sequence flows recorded by the process tests (run this class together "
                + "with them, as ./mvnw verify does)").isNotEmpty();
        assertThat(mangler).as("sequence flows no process test takes").isEmpty();
    }
}
