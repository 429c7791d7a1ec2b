package io.h2hdse.workload.onnx;

import io.h2hdse.cost.CostModels;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imported models can be mapped on the bundled systems: every layer has an accelerator that can cost it. */
class SharedModelsOnBundledSystemsTest {
    private static final Path SYSTEMS = Path.of("..", "configs", "systems");

    @ParameterizedTest
    @ValueSource(strings = {"mixed6-medium.yaml", "maestro3-medium.yaml"})
    void everyImportedLayerHasAnAccelerator(String systemFile) throws IOException {
        SystemFile file = SystemYamlReader.read(SYSTEMS.resolve(systemFile));
        List<Path> models;
        try (Stream<Path> files = Files.list(SharedOnnxModels.folder())) {
            models = files.filter(p -> p.toString().endsWith(".onnx")).sorted().toList();
        }
        assertFalse(models.isEmpty());
        for (Path model : models) {
            Workload workload = OnnxModelReader.read(model);
            Problem problem = Problem.compile(workload, file.system(), CostModels.withCostTable(file.costTableCsv()));
            for (int layer = 0; layer < problem.layers(); layer++) {
                assertTrue(
                        problem.allowedAccelerators(layer).length > 0,
                        model.getFileName() + " " + workload.layer(layer).name());
            }
        }
    }

    /** DeepLab-style atrous convolutions: feasible on the MAESTRO and FPGA accelerators alike. */
    @Test
    void dilatedConvolutionsRunOnEveryConvAccelerator(@TempDir Path dir) {
        SystemFile file = SystemYamlReader.read(SYSTEMS.resolve("mixed6-medium.yaml"));
        Workload workload = OnnxModelReader.read(new OnnxGraph()
                .input("x", 1, 16, 32, 32)
                .weight("w", 16, 16, 3, 3)
                .output("c")
                .node(
                        "Conv",
                        "c",
                        OnnxGraph.in("x", "w"),
                        OnnxGraph.in("c"),
                        OnnxGraph.attrInts("dilations", 4, 4),
                        OnnxGraph.attrInts("pads", 4, 4, 4, 4))
                .write(dir, "atrous.onnx"));
        Problem problem = Problem.compile(workload, file.system(), CostModels.withCostTable(file.costTableCsv()));
        long convAccelerators = file.system().accelerators().stream()
                .filter(a -> a.runs(OpKind.CONV))
                .count();
        assertEquals(convAccelerators, problem.allowedAccelerators(0).length);
    }
}
