package io.h2hdse.cost.maestro;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Concat;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pool, eltwise and concat streamed on hw_pe256.m (256 PEs, NoC 64, off-chip 32 elements per cycle)
 * at 1 GHz and 1 pJ per MAC-energy unit: seconds = cycles / 1e9, joules = units / 1e12. Energy by hand:
 * 18.61 per L2 access (each input and output element written and read once), 1.68 per L1 access
 * (each element written once, operands and results read), 1 per operation.
 */
class MaestroStreamingOpsTest {
    private static final Accelerator NVDLA = new Accelerator(
            "nvdla",
            EnumSet.allOf(OpKind.class),
            new MaestroSpec("kcp_ws", 256, 512, 131072, 64, 32, 1000, 1.0),
            1e6,
            0.5,
            0,
            0);

    private static LayerCost cost(Layer layer) {
        MaestroCostModel model = new MaestroCostModel();
        assertTrue(model.canCost(layer, NVDLA));
        return model.cost(Workload.of("w", 8, List.of(layer), ShapeCheck.NONE), layer, NVDLA);
    }

    @Test
    void overlappingPoolIsComputeBound() {
        // 3x3/1 pad 1 on 64x16x16: 16384 outputs x 9 = 147456 ops, 576 cycles on 256 PEs; in and
        // out 16384 each, 512 cycles off chip. L2 2 x 32768, L1 (147456 + 16384) reads + 32768 writes.
        Layer pool = new Layer("pool", new Pool(Pool.Mode.MAX, 3, 1, 1), new Shape(64, 16, 16), List.of());
        LayerCost cost = cost(pool);
        assertEquals(576e-9, cost.seconds(), 1e-21);
        assertEquals(1697382.4e-12, cost.joules(), 1e-18);
    }

    @Test
    void residualAddIsOffChipBound() {
        // two 8x4x4 inputs (256 elements in, 128 out): 128 adds = 1 cycle, NoC 4, off chip 256/32 = 8.
        // L2 2 x 384, L1 (256 + 128) reads + 384 writes, 128 adds.
        Layer add = new Layer("add", new Eltwise(Eltwise.Mode.ADD), new Shape(8, 4, 4), List.of());
        LayerCost cost = cost(add);
        assertEquals(8e-9, cost.seconds(), 1e-21);
        assertEquals(15710.72e-12, cost.joules(), 1e-20);
    }

    @Test
    void eachFurtherEltwiseInputAddsAnOperation() {
        // three 8x4x4 inputs (384 elements in, 128 out): 256 adds; off chip 384/32 = 12 cycles.
        // L2 2 x 512, L1 (384 + 128) reads + 512 writes, 256 adds.
        Shape shape = new Shape(8, 4, 4);
        List<Layer> sources = Stream.of("a", "b", "c")
                .map(name -> new Layer(name, new Concat(), shape, List.of()))
                .toList();
        Layer add = new Layer("add3", new Eltwise(Eltwise.Mode.ADD), shape, List.of("a", "b", "c"));
        Workload workload = Workload.of(
                "w", 8, Stream.concat(sources.stream(), Stream.of(add)).toList(), ShapeCheck.NONE);
        LayerCost cost = new MaestroCostModel().cost(workload, add, NVDLA);
        assertEquals(12e-9, cost.seconds(), 1e-21);
        assertEquals(21032.96e-12, cost.joules(), 1e-20);
    }

    @Test
    void concatIsPureDataMovement() {
        // 64x2x2 = 256 elements in and out: off chip 256/32 = 8 cycles; no operations.
        // L2 2 x 512, L1 512 reads + 512 writes.
        Layer concat = new Layer("cat", new Concat(), new Shape(64, 2, 2), List.of());
        LayerCost cost = cost(concat);
        assertEquals(8e-9, cost.seconds(), 1e-21);
        assertEquals(20776.96e-12, cost.joules(), 1e-20);
        assertEquals(0, new MaestroCostModel().macs(concat, NVDLA));
    }
}
