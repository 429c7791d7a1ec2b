package io.h2hdse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.h2hdse.cli.Dse;
import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layer order of the {@code io.h2hdse} package doc, checked on the compiled main classes of dse-core and
 * dse-search: no package depends on a layer above its own.
 */
class LayeringTest {
    /** Lowest first, in ArchUnit's package syntax ({@code ..} takes the subpackages in). */
    private static final List<String> LAYERS = List.of(
            "io.h2hdse.input",
            "io.h2hdse.output",
            "io.h2hdse.workload..",
            "io.h2hdse.system..",
            "io.h2hdse.h2hcase..",
            "io.h2hdse.cost..",
            "io.h2hdse.eval..",
            "io.h2hdse.solver..",
            "io.h2hdse.sweep..",
            "io.h2hdse.report..",
            "io.h2hdse.cli..");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.h2hdse");

    @Test
    void noPackageImportsALayerAboveIt() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(LAYERS.get(i))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above)
                    .because("layer " + LAYERS.get(i) + " sits below " + String.join(", ", above)
                            + " (io.h2hdse package doc)")
                    .check(MAIN);
        }
    }

    @Test
    void everyPackageHasItsPlaceInTheOrder() {
        classes()
                .that()
                .doNotHaveSimpleName("package-info")
                .should()
                .resideInAnyPackage(LAYERS.toArray(String[]::new))
                .because("a new package gets its place in the layer order of the io.h2hdse package doc and LAYERS")
                .check(MAIN);
    }

    /** The rules above would pass vacuously on an empty class path, or blind to dependencies. */
    @Test
    void seesBothModulesAndTheirDependencies() {
        assertTrue(MAIN.contain(InvalidInputException.class) && MAIN.contain(Dse.class));
        assertThrows(
                AssertionError.class,
                () -> noClasses()
                        .that()
                        .resideInAPackage("io.h2hdse.cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("io.h2hdse.input")
                        .check(MAIN));
    }
}
