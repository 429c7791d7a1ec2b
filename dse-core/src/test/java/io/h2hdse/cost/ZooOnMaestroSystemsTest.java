package io.h2hdse.cost;

import io.h2hdse.eval.Problem;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every zoo model can be mapped on the bundled systems with MAESTRO accelerators. */
class ZooOnMaestroSystemsTest {
    private static final Path SYSTEMS = Path.of("..", "configs", "systems");

    static Stream<Arguments> modelsAndSystems() {
        return Stream.of("maestro3-medium.yaml", "mixed6-medium.yaml")
                .flatMap(system -> ModelZoo.names().stream().map(model -> Arguments.of(model, system)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("modelsAndSystems")
    void everyLayerHasAnAccelerator(String model, String systemFile) {
        SystemFile file = SystemYamlReader.read(SYSTEMS.resolve(systemFile));
        Workload workload = ModelZoo.build(model);
        Problem problem = Problem.compile(workload, file.system(), CostModels.withCostTable(file.costTableCsv()));
        for (int layer = 0; layer < problem.layers(); layer++) {
            assertTrue(
                    problem.allowedAccelerators(layer).length > 0,
                    workload.layer(layer).name());
        }
    }
}
