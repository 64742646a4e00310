package no.oppfolgingsflyt.grunnmur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.oppfolgingsflyt.AppTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class ModellerDeployesTest {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void hverModellIBpmnOgFormsErDeployet() throws IOException {
        List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName)
                .toList();

        List<String> paaDisk = Stream.concat(filer("bpmn"), filer("forms")).toList();
        assertThat(paaDisk).isNotEmpty();
        // The starter names each resource by its file path on the classpath, ending in bpmn/<file> or forms/<file>.
        for (String fil : paaDisk) {
            assertThat(deployed).anyMatch(navn -> navn.endsWith("/" + fil));
        }
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sykefravaersoppfolging")
                .count()).isEqualTo(1);
    }

    /** Resource names as Camunda stores them: the path relative to the classpath root, e.g. "bpmn/x.bpmn". */
    static Stream<String> filer(String mappe) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(mappe))) {
            return s.map(p -> mappe + "/" + p.getFileName())
                    .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
                    .toList().stream();
        }
    }
}
