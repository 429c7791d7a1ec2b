package io.h2hdse.workload.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.output.OutputFile;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The model files in {@code configs/models} read back (through the reader, not the writer) as the zoo's
 * models, and their sizes match figures from outside this code: the H2H release's layer table
 * ({@code configs/h2h-cases}, the authors' vgg3 case) and the MACs of the ONNX exports' README
 * ({@code shared/models/onnx}, PyTorch's own FLOP counter). After changing a zoo model, regenerate them
 * with {@code mvn -pl dse-core test -Dtest=BundledModelFilesTest -Dzoo.regenerate=true} (which then only writes).
 */
class BundledModelFilesTest {
    static final Path MODELS = Path.of("..", "configs", "models");
    private static final Path CASES = Path.of("..", "configs", "h2h-cases");

    @ParameterizedTest
    @ValueSource(strings = {"vgg3", "casia-surf", "facebagnet", "vlocnet", "resnet18", "mobilenetv2"})
    void bundledFileReadsBackAsTheZooModel(String name) {
        Assumptions.assumeFalse(Boolean.getBoolean("zoo.regenerate"), "regenerating");
        Workload model = ModelZoo.build(name);
        Workload read = ModelYamlReader.read(MODELS.resolve(name + ".yaml"));
        assertEquals(model.layers(), read.layers(), name + ".yaml is stale: regenerate it");
    }

    /**
     * Layer count and MACs (M·N·R·C·K² per layer of the release's table) of the H2H case built on the model (the
     * release's casia case is a reduced CASIA-SURF-like network, not the zoo's, so only vgg3 has one).
     */
    @ParameterizedTest
    @CsvSource({"vgg3, b_vgg3_3acc.json"})
    void multiModalFilesHaveTheH2hReleasesLayers(String name, String caseFile) throws IOException {
        JsonNode modalities =
                new ObjectMapper().readTree(CASES.resolve(caseFile).toFile()).get("modalities");
        long layers = 0;
        long macs = 0;
        for (JsonNode modality : modalities) {
            for (JsonNode l : modality.get("layers")) {
                layers++;
                macs += l.get("M").asLong()
                        * l.get("N").asLong()
                        * l.get("R").asLong()
                        * l.get("C").asLong()
                        * l.get("K").asLong()
                        * l.get("K").asLong();
            }
        }
        Workload read = ModelYamlReader.read(MODELS.resolve(name + ".yaml"));
        assertEquals(layers, read.layers().size());
        assertEquals(macs, read.layers().stream().mapToLong(Layer::macs).sum());
    }

    /**
     * MACs of shared/models/onnx/README.md's table for the torchvision exports of the same networks, which count
     * convolutions and fully connected layers (the zoo also counts pooling and residual adds).
     */
    @ParameterizedTest
    @CsvSource({"resnet18, 1814073344", "mobilenetv2, 300774272"})
    void zooFilesHaveTheTorchvisionMacs(String name, long macs) {
        Workload read = ModelYamlReader.read(MODELS.resolve(name + ".yaml"));
        assertEquals(
                macs,
                read.layers().stream()
                        .filter(l -> l.op() instanceof Conv || l.op() instanceof FullyConnected)
                        .mapToLong(Layer::macs)
                        .sum());
    }

    @Test
    void regenerate() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("zoo.regenerate"), "only with -Dzoo.regenerate=true");
        for (String name : ModelZoo.names()) {
            Path file = MODELS.resolve(name + ".yaml");
            if (java.nio.file.Files.exists(file)) {
                OutputFile.writeString(file, ModelYamlWriter.toYaml(ModelZoo.build(name)));
            }
        }
    }
}
