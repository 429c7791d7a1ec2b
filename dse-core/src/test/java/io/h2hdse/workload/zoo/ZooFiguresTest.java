package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Zoo models against published figures. MACs are the whole workload's (pooling and residual adds
 * included, under 1 % of these models); published MAC counts cover convolutions and FC layers.
 * Parameters are weights only (no biases, no batch norm); the published counts include both, which
 * adds under 1 % here. Tolerance: 2 % for MACs, 1 % for parameters.
 *
 * <p>Sources: torchvision's model documentation (GFLOPS there are multiply-accumulates; params):
 * ResNet-18 1.81 G / 11.69 M, ResNet-50 4.09 G / 25.56 M, VGG-16 15.47 G / 138.36 M, MobileNetV2
 * 0.30 G / 3.50 M (Sandler et al. 2018, Table 4: 300 M multiply-adds, 3.4 M parameters).
 */
class ZooFiguresTest {
    @ParameterizedTest(name = "{0}: {1} GMACs, {2} M params")
    @CsvSource({
        "resnet18,    1.81,   11.69",
        "resnet50,    4.09,   25.56",
        "vgg16,      15.47,  138.36",
        "mobilenetv2, 0.300,   3.50",
    })
    void matchesPublishedFigures(String name, double publishedGMacs, double publishedMParams) {
        Workload model = ModelZoo.build(name);
        assertEquals(publishedGMacs, model.totalMacs() / 1e9, publishedGMacs * 0.02, "GMACs");
        assertEquals(publishedMParams, model.totalWeightElements() / 1e6, publishedMParams * 0.01, "M params");
    }

    /**
     * Exact weight counts: torchvision's parameter counts minus biases and batch-norm scale and shift.
     * ResNet-18: 11,689,512 − 1,000 (fc bias) − 2 × 4,800 (BN channels). ResNet-50: 25,557,032 − 1,000
     * − 2 × 26,560. VGG-16: 138,357,544 − 13,416 (conv and fc biases).
     */
    @ParameterizedTest(name = "{0}: {1} weights")
    @CsvSource({
        "resnet18,  11678912",
        "resnet50,  25502912",
        "vgg16,    138344128",
    })
    void exactWeightCounts(String name, long weights) {
        assertEquals(weights, ModelZoo.build(name).totalWeightElements());
    }
}
