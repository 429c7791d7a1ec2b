package io.h2hdse.workload.yaml;

import io.h2hdse.workload.Attention;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Lstm;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelYamlRoundTripTest {
    static List<String> zooNames() {
        return ModelZoo.names();
    }

    @ParameterizedTest
    @MethodSource("zooNames")
    void zooModelReadsBackToEqualLayers(String name) {
        Workload model = ModelZoo.build(name);
        Workload back = ModelYamlReader.parse(ModelYamlWriter.toYaml(model), name + ".yaml");
        assertEquals(model.name(), back.name());
        assertEquals(model.elementBits(), back.elementBits());
        assertEquals(model.layers(), back.layers());
    }

    @Test
    void nonSquareDilatedSequenceAndOddNamesReadBack() {
        List<Layer> layers = List.of(
                new Layer(
                        "conv 1: \"odd\"",
                        new Conv(8, 3, 1, 2, 1, 1, 0, 2, 1),
                        Shape.of(4, 20, 10),
                        List.of(),
                        "yes",
                        ""),
                new Layer("lstm", new Lstm(16), Shape.of(32, 5, 1), List.of(), "audio", "asr"),
                new Layer("attn", new Attention(4), Shape.of(8, 5, 1), List.of("lstm"), "audio", "asr"));
        Workload model = Workload.of("mixed", 16, layers, ShapeCheck.NONE);
        String yaml = ModelYamlWriter.toYaml(model);
        assertTrue(yaml.contains("\nshape_check: none\n"), "the lstm -> attention edge does not chain: " + yaml);
        Workload back = ModelYamlReader.parse(yaml, "mixed.yaml");
        assertEquals(model.layers(), back.layers());
        assertEquals(16, back.elementBits());
    }
}
