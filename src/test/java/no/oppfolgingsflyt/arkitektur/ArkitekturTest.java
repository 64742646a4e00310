package no.oppfolgingsflyt.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled classes: packages depend on each other without cycles (a feature
 * slice can be changed, tested and understood from the packages below it); the domain knows nothing of the engine,
 * and the vurdering rules nothing of Spring either.
 */
class ArkitekturTest {

    static final JavaClasses KLASSER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("no.oppfolgingsflyt");

    @Test
    void pakkeneHarIngenSykler() {
        slices().matching("no.oppfolgingsflyt.(**)").should().beFreeOfCycles().check(KLASSER);
    }

    @Test
    void domenetKjennerIkkeMotoren() {
        noClasses().that().resideInAnyPackage("..domene..", "..felles.skjema..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..").check(KLASSER);
    }

    @Test
    void vurderingsreglerKjennerIkkeSpring() {
        noClasses().that().resideInAnyPackage("..domene.vurdering..", "..aap.domene..", "..felles.skjema..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(KLASSER);
    }
}
