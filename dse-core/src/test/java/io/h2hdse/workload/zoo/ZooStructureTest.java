package io.h2hdse.workload.zoo;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structure of the multi-modality multi-task zoo models: branches, fusion inputs, task heads. */
class ZooStructureTest {
    static List<String> zooNames() {
        return ModelZoo.names();
    }

    @ParameterizedTest
    @MethodSource("zooNames")
    void everyLayerHasABranchAndEveryModelUsesEightBitElements(String name) {
        Workload model = ModelZoo.build(name);
        assertEquals(8, model.elementBits());
        assertTrue(model.layers().stream().noneMatch(l -> l.branch().isEmpty()), "layers without branch");
    }

    /**
     * MobileNetV2 (Sandler et al. 2018, Table 2): 17 inverted residual blocks, each with one depthwise
     * convolution, and a residual add in the 10 blocks that keep stride 1 and width.
     */
    @Test
    void mobilenetV2HasSeventeenInvertedResidualsAndTenAdds() {
        Workload model = ModelZoo.build("mobilenetv2");
        long depthwise = model.layers().stream()
                .filter(l -> l.op() instanceof Conv c && c.isDepthwise(l.input()))
                .count();
        assertEquals(17, depthwise);
        assertEquals(
                10,
                model.layers().stream().filter(l -> l.kind() == OpKind.ELTWISE).count());
    }

    /** ResNet-50: 16 bottlenecks (3 + 4 + 6 + 3), each ending in an add; one projection shortcut per stage. */
    @Test
    void resnet50HasSixteenBottlenecksAndFourProjections() {
        Workload model = ModelZoo.build("resnet50");
        assertEquals(
                16,
                model.layers().stream().filter(l -> l.kind() == OpKind.ELTWISE).count());
        assertEquals(
                4,
                model.layers().stream()
                        .filter(l -> l.name().endsWith(".downsample"))
                        .count());
        assertEquals(
                Shape.of(2048, 7, 7), model.layer(model.indexOf("layer4.2.add")).output());
    }

    /** The totals of the H2H release's layer table (Σ M·N·K²·R·C and Σ M·N·K²), summed from reference case b_vgg3_3acc. */
    @Test
    void vgg3MatchesTheReleaseLayerTable() {
        Workload vgg3 = ModelZoo.build("vgg3");
        assertEquals(List.of("m1", "m2", "m3"), vgg3.branches());
        assertEquals(44, vgg3.size());
        assertEquals(7_752_794_112L, vgg3.totalMacs());
        assertEquals(13_239_360L, vgg3.totalWeightElements());
        assertEquals(20, countInBranch(vgg3, "m1"));
        assertEquals(12, countInBranch(vgg3, "m2"));
        assertEquals(12, countInBranch(vgg3, "m3"));
        Layer fusion = vgg3.layer(vgg3.indexOf("M1L13"));
        assertEquals(List.of("M1L12", "M2L12", "M3L12"), fusion.inputs());
        assertEquals(Shape.of(384, 28, 28), fusion.input());
        assertEquals(Shape.of(256, 14, 14), fusion.output());
        assertEquals(Shape.of(512, 7, 7), vgg3.layer(vgg3.indexOf("M1L20")).output());
        assertTrue(vgg3.layers().stream().allMatch(l -> l.kind() == OpKind.CONV));
    }

    @Test
    void casiaSurfFusesThreeResNet18BranchesBeforeRes4() {
        Workload model = ModelZoo.build("casia-surf");
        assertEquals(List.of("rgb", "depth", "ir", "fused"), model.branches());
        assertEquals(3, hostFed(model).size());
        Layer concat = onlyOfKind(model, OpKind.CONCAT);
        assertEquals(List.of("rgb.layer3.1.add", "depth.layer3.1.add", "ir.layer3.1.add"), concat.inputs());
        assertEquals(Shape.of(768, 7, 7), concat.input());
        assertEquals(
                768, model.layer(model.indexOf("fused.layer4.0.conv1")).input().channels());
        assertEquals(List.of(CasiaSurf.TASK), model.tasks());
        assertSinks(model, List.of("head.fc"), 2);
    }

    @Test
    void faceBagNetFusesThreePatchBranches() {
        Workload model = ModelZoo.build("facebagnet");
        assertEquals(List.of("rgb", "depth", "ir", "fused"), model.branches());
        assertEquals(3, hostFed(model).size());
        hostFed(model).forEach(l -> assertEquals(Shape.of(3, 48, 48), l.input()));
        Layer concat = onlyOfKind(model, OpKind.CONCAT);
        assertEquals(Shape.of(768, 24, 24), concat.input());
        assertEquals(32, ((Conv) model.layer(model.indexOf("rgb.res1.0.conv2")).op()).groups());
        assertSinks(model, List.of("head.fc"), 2);
    }

    @Test
    void vlocnetHasTwoFramesSharedEarlyLayersAndTwoPoseTasks() {
        Workload model = ModelZoo.build("vlocnet");
        assertEquals(List.of("rgb_t", "rgb_t-1", "fused"), model.branches());
        assertEquals(
                List.of("shared.conv1", "prev.conv1"),
                hostFed(model).stream().map(Layer::name).toList());
        assertEquals(List.of("odometry", "localization"), model.tasks());
        Layer concat = onlyOfKind(model, OpKind.CONCAT);
        assertEquals(List.of("vo.layer3.5.add", "prev.layer3.5.add"), concat.inputs());
        assertEquals(Shape.of(2048, 14, 14), concat.input());
        // the shared layers (no task) are exactly the current frame's stem, res2 and res3
        List<Layer> shared =
                model.layers().stream().filter(l -> l.task().isEmpty()).toList();
        assertTrue(shared.stream()
                .allMatch(l -> l.name().startsWith("shared.") && l.branch().equals("rgb_t")));
        assertEquals(
                Shape.of(512, 28, 28),
                model.layer(model.indexOf("shared.layer2.3.add")).output());
        int sharedOut = model.indexOf("shared.layer2.3.add");
        assertEquals(
                List.of("vo.layer3.0.conv1", "vo.layer3.0.downsample", "loc.layer3.0.conv1", "loc.layer3.0.downsample"),
                IntStream.of(model.successors(sharedOut))
                        .mapToObj(i -> model.layer(i).name())
                        .toList());
        assertSinks(model, List.of("vo.fc_xyz", "vo.fc_q", "loc.fc_xyz", "loc.fc_q"), -1);
        assertEquals("odometry", model.layer(model.indexOf("vo.fc_q")).task());
        assertEquals("localization", model.layer(model.indexOf("loc.fc_xyz")).task());
        assertEquals(4, model.layer(model.indexOf("loc.fc_q")).output().channels());
    }

    @Test
    void unknownModelNamesTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelZoo.build("resnet51"));
        assertTrue(e.getMessage().contains("resnet51") && e.getMessage().contains("resnet50"), e.getMessage());
        assertFalse(ModelZoo.contains("resnet51"));
    }

    private static long countInBranch(Workload model, String branch) {
        return model.layers().stream().filter(l -> l.branch().equals(branch)).count();
    }

    private static List<Layer> hostFed(Workload model) {
        return model.layers().stream().filter(l -> l.inputs().isEmpty()).toList();
    }

    private static Layer onlyOfKind(Workload model, OpKind kind) {
        List<Layer> found =
                model.layers().stream().filter(l -> l.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " layers");
        return found.get(0);
    }

    /** The layers nobody consumes are exactly {@code names}, all task heads; {@code classes} > 0 checks their width. */
    private static void assertSinks(Workload model, List<String> names, int classes) {
        List<Layer> sinks = IntStream.range(0, model.size())
                .filter(i -> model.successors(i).length == 0)
                .mapToObj(model::layer)
                .toList();
        assertEquals(
                names.stream().sorted().toList(),
                sinks.stream().map(Layer::name).sorted().toList());
        sinks.forEach(s -> assertFalse(s.task().isEmpty(), s.name() + " has no task"));
        if (classes > 0) {
            sinks.forEach(s -> assertEquals(classes, s.output().channels()));
        }
    }
}
