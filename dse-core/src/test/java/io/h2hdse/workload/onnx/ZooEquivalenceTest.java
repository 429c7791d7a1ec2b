package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Importing torchvision's exports gives the zoo's hand-built networks layer by layer: the same ops
 * (kind, kernel, stride, padding, groups), input and output shapes, MACs and weights (biases are counted
 * by neither), in the same order, fed by the same layers. VGG's adaptive average pool over its 7×7 map
 * is a 1×1 window there, an identity the importer drops.
 */
class ZooEquivalenceTest {
    @ParameterizedTest
    @CsvSource({
        "resnet18.onnx, resnet18",
        "resnet50.onnx, resnet50",
        "mobilenet_v2.onnx, mobilenetv2",
        "vgg16.onnx, vgg16"
    })
    void importedExportEqualsTheZooModelLayerByLayer(String file, String zooName) {
        Workload imported = OnnxModelReader.read(SharedOnnxModels.file(file));
        Workload zoo = ModelZoo.build(zooName);
        assertEquals(zoo.size(), imported.size(), "layer count");
        for (int i = 0; i < zoo.size(); i++) {
            Layer z = zoo.layer(i);
            Layer m = imported.layer(i);
            String where = file + " layer " + i + " (" + z.name() + " / " + m.name() + ")";
            assertEquals(z.op(), m.op(), where);
            assertEquals(z.input(), m.input(), where);
            assertEquals(z.output(), m.output(), where);
            assertEquals(z.macs(), m.macs(), where);
            assertEquals(z.weightElements(), m.weightElements(), where);
            int[] zp = zoo.predecessors(i);
            int[] mp = imported.predecessors(i);
            Arrays.sort(zp);
            Arrays.sort(mp);
            assertArrayEquals(zp, mp, where + " predecessors");
        }
        assertEquals(zoo.totalMacs(), imported.totalMacs());
    }
}
