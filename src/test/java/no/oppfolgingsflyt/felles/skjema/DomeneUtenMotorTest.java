package no.oppfolgingsflyt.felles.skjema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the vurderinger are plain Java: no engine, no Spring, not even the engine's clock (Datoer), so that
 * they can be read, tested and reused without a running process.
 */
class DomeneUtenMotorTest {

    static final List<Path> DOMENE = List.of(
            Path.of("src/main/java/no/oppfolgingsflyt/felles/skjema"),
            Path.of("src/main/java/no/oppfolgingsflyt/sykefravaer/domene/vurdering"),
            Path.of("src/main/java/no/oppfolgingsflyt/aap/domene"));

    @Test
    void ingenAvhengighetTilMotorenEllerSpring() throws IOException {
        for (Path pakke : DOMENE) {
            try (Stream<Path> filer = Files.list(pakke)) {
                for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(fil)).as(fil.toString())
                            .doesNotContain("org.camunda")
                            .doesNotContain("org.springframework")
                            .doesNotContain("felles.Datoer")
                            .doesNotContain(".prosess.");
                }
            }
        }
    }
}
