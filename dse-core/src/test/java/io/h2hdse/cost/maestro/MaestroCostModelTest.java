package io.h2hdse.cost.maestro;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workload layers costed through presets land on the reference rows of the same layer and hardware. */
class MaestroCostModelTest {
    /** hw_pe256.m at 1 GHz, 1 pJ per MAC-energy unit: seconds = cycles / 1e9, joules = units / 1e12. */
    private static Accelerator accelerator(String dataflow) {
        return new Accelerator(
                "acc_" + dataflow,
                EnumSet.allOf(OpKind.class),
                new MaestroSpec(dataflow, 256, 512, 131072, 64, 32, 1000, 1.0),
                1e6,
                0.5,
                0,
                0);
    }

    private static LayerCost cost(Layer layer, String dataflow) {
        Workload workload = Workload.of("w", 8, List.of(layer), ShapeCheck.NONE);
        return new MaestroCostModel().cost(workload, layer, accelerator(dataflow));
    }

    @Test
    void paddedConvMatchesReferenceRow() {
        // resnet50_res2a_branch2b: 3x3 on 56x56 padded input = 54x54 with padding 1. Reference row
        // kcp_ws/hw_pe256: 4199040 cycles.
        Layer layer = new Layer("res2a_branch2b", Conv.square(64, 3, 1, 1), new Shape(64, 54, 54), List.of());
        LayerCost cost = cost(layer, "kcp_ws");
        assertEquals(4199040 / 1e9, cost.seconds(), 1e-15);
        MaestroResult result = new MaestroCostModel().result(layer, accelerator("kcp_ws"));
        assertEquals(result.energy().total() * 1e-12, cost.joules(), 1e-18);
        assertEquals(107495424L, result.macs());
    }

    @Test
    void fullyConnectedIsA1x1Conv() {
        // resnet50_fc: reference yxp_os/hw_pe256 runtime 4096001 cycles, kcp_ws 80000.
        Layer fc = new Layer("fc1000", new FullyConnected(1000), new Shape(2048, 1, 1), List.of());
        assertEquals(80000 / 1e9, cost(fc, "kcp_ws").seconds(), 1e-15);
        assertEquals(4096001 / 1e9, cost(fc, "yxp_os").seconds(), 1e-15);
    }

    @Test
    void depthwiseConvUsesTheDepthwisePreset() {
        // mbv2_dw_s1: reference kcp_ws_dw/hw_pe256 236196 cycles, rs_dw 116640.
        Layer dw = new Layer("dw", Conv.depthwise(144, 3, 1, 1), new Shape(144, 54, 54), List.of());
        assertEquals(236196 / 1e9, cost(dw, "kcp_ws").seconds(), 1e-15);
        assertEquals(116640 / 1e9, cost(dw, "rs").seconds(), 1e-15);
    }

    @Test
    void groupedConvCostsOneGroupPerGroup() {
        Layer grouped = new Layer("g", new Conv(64, 3, 3, 1, 1, 1, 1, 1, 2), new Shape(64, 54, 54), List.of());
        Layer oneGroup = new Layer("g", Conv.square(32, 3, 1, 1), new Shape(32, 54, 54), List.of());
        LayerCost all = cost(grouped, "kcp_ws");
        LayerCost one = cost(oneGroup, "kcp_ws");
        assertEquals(2 * one.seconds(), all.seconds(), 1e-15);
        assertEquals(2 * one.joules(), all.joules(), 1e-15);
    }

    @Test
    void layerDataflowBlocksTakePrecedence() {
        Layer layer = new Layer("res2a_branch2b", Conv.square(64, 3, 1, 1), new Shape(64, 54, 54), List.of());
        Workload workload = Workload.of("w", 8, List.of(layer), ShapeCheck.NONE);
        Dataflow rs = MaestroPresets.find("rs").orElseThrow();
        LayerCost cost =
                new MaestroCostModel(Map.of("res2a_branch2b", rs)).cost(workload, layer, accelerator("kcp_ws"));
        assertEquals(705034 / 1e9, cost.seconds(), 1e-15);
    }

    @Test
    void columnTileOfYxpOsIsCappedAtTheLayerWidth() {
        // 3x3 on a 9-wide padded input: the uncapped (10,8) tile would leave no valid iteration.
        Layer small = new Layer("res5b_branch2b", Conv.square(512, 3, 1, 1), new Shape(512, 7, 7), List.of());
        LayerCost cost = cost(small, "yxp_os");
        assertTrue(cost.seconds() > 0 && cost.joules() > 0);
        assertEquals(
                "TemporalMap(min(Sz(S)+7,Sz(X)),8) X",
                MaestroPresets.find("yxp_os").orElseThrow().directives().get(3).toString());
    }

    @Test
    void dataflowWithNoValidIterationIsRejected(@TempDir Path dir) throws IOException {
        Path flow = Files.writeString(dir.resolve("wide.m"), """
                Network n { Layer t { Type: CONV Dimensions { K: 1, C: 1, R: 3, S: 3, Y: 3, X: 3 }
                  Dataflow { TemporalMap(1,1) K; TemporalMap(1,1) C; SpatialMap(Sz(R),1) Y; TemporalMap(10,8) X;
                             Cluster(8, P); SpatialMap(Sz(S),1) X; TemporalMap(Sz(R),Sz(R)) R; TemporalMap(Sz(S),Sz(S)) S; } } }
                """);
        Layer small = new Layer("tiny", Conv.square(8, 3, 1, 1), new Shape(8, 7, 7), List.of());
        assertFalse(new MaestroCostModel().canCost(small, accelerator(flow.toString())));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> cost(small, flow.toString()));
        assertTrue(e.getMessage().startsWith("layer tiny: dataflow t on accelerator"), e.getMessage());
    }

    @Test
    void dilatedConvCostsAsTheDenseConvWithTheSameOutput() {
        // 3x3 at dilation 2, padding 2 on 16x16 gives 16x16, as the dense 3x3 at padding 1 does
        Layer dilated = new Layer("atrous", new Conv(8, 3, 3, 1, 1, 2, 2, 2, 1), new Shape(8, 16, 16), List.of());
        Layer dense = new Layer("dense", Conv.square(8, 3, 1, 1), new Shape(8, 16, 16), List.of());
        assertEquals(dense.macs(), dilated.macs());
        for (String dataflow : List.of("kcp_ws", "yxp_os", "rs")) {
            assertTrue(new MaestroCostModel().canCost(dilated, accelerator(dataflow)));
            assertEquals(cost(dense, dataflow), cost(dilated, dataflow), dataflow);
            assertEquals(
                    dilated.macs(),
                    new MaestroCostModel()
                            .result(dilated, accelerator(dataflow))
                            .macs(),
                    dataflow);
        }
    }

    @Test
    void unknownDataflowIsRejectedNamingTheAccelerator() {
        Layer layer = new Layer("c", Conv.square(8, 3, 1, 1), new Shape(8, 8, 8), List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> cost(layer, "no_such_flow"));
        assertTrue(
                e.getMessage().contains("acc_no_such_flow") && e.getMessage().contains("no_such_flow"), e.getMessage());
    }
}
