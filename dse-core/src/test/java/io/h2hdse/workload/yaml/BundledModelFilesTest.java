package io.h2hdse.workload.yaml;

import io.h2hdse.output.OutputFile;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The model files in {@code configs/models} are the writer's output for zoo models, so they never
 * drift from the code. After changing a zoo model, regenerate them with
 * {@code mvn -pl dse-core test -Dtest=BundledModelFilesTest -Dzoo.regenerate=true}.
 */
class BundledModelFilesTest {
    static final Path MODELS = Path.of("..", "configs", "models");

    @ParameterizedTest
    @ValueSource(strings = {"vgg3", "casia-surf", "facebagnet", "vlocnet", "resnet18", "mobilenetv2"})
    void bundledFileIsTheWritersOutputAndReadsBack(String name) throws IOException {
        Workload model = ModelZoo.build(name);
        Path file = MODELS.resolve(name + ".yaml");
        if (Boolean.getBoolean("zoo.regenerate")) {
            OutputFile.writeString(file, ModelYamlWriter.toYaml(model));
        }
        assertEquals(ModelYamlWriter.toYaml(model), Files.readString(file), file + " is stale: regenerate it");
        assertEquals(model.layers(), ModelYamlReader.read(file).layers());
    }
}
