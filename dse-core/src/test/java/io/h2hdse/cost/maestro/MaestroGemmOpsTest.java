package io.h2hdse.cost.maestro;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Attention;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Lstm;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LSTM and attention run as the GEMMs they are made of, on every preset dataflow. */
class MaestroGemmOpsTest {
    private static final MaestroCostModel MODEL = new MaestroCostModel();

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

    private static LayerCost cost(Layer layer, Accelerator acc) {
        assertTrue(MODEL.canCost(layer, acc), layer.name() + " on " + acc.name());
        return MODEL.cost(Workload.of("w", 8, List.of(layer), ShapeCheck.NONE), layer, acc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kcp_ws", "yxp_os", "rs", "xp_ws"})
    void lstmIsOneFcPerTimeStep(String dataflow) {
        // I = 32, H = 64, T = 10: each step an FC of 96 inputs to 256 gates, 10 x 24576 MACs.
        Accelerator acc = accelerator(dataflow);
        Layer lstm = new Layer("lstm", new Lstm(64), new Shape(32, 10, 1), List.of());
        Layer step = new Layer("step", new FullyConnected(256), new Shape(96, 1, 1), List.of());
        assertEquals(245760, lstm.macs());
        assertEquals(lstm.macs(), MODEL.macs(lstm, acc));
        LayerCost all = cost(lstm, acc);
        LayerCost one = cost(step, acc);
        assertEquals(10 * one.seconds(), all.seconds(), 1e-12 * all.seconds());
        assertEquals(10 * one.joules(), all.joules(), 1e-12 * all.joules());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kcp_ws", "yxp_os", "rs", "xp_ws"})
    void attentionIsProjectionsScoresAndContext(String dataflow) {
        // D = 64, T = 12, 4 heads of 16: 4 x 12 x 64^2 + 2 x 12^2 x 64 = 196608 + 18432 MACs.
        Accelerator acc = accelerator(dataflow);
        Layer attention = new Layer("attn", new Attention(4), new Shape(64, 12, 1), List.of());
        assertEquals(215040, attention.macs());
        assertEquals(attention.macs(), MODEL.macs(attention, acc));
        LayerCost projection = cost(new Layer("proj", Conv.square(64, 1, 1, 0), new Shape(64, 12, 1), List.of()), acc);
        LayerCost scores = cost(new Layer("scores", Conv.square(12, 1, 1, 0), new Shape(16, 12, 1), List.of()), acc);
        LayerCost context = cost(new Layer("context", Conv.square(16, 1, 1, 0), new Shape(12, 12, 1), List.of()), acc);
        LayerCost all = cost(attention, acc);
        double seconds = 4 * projection.seconds() + 4 * scores.seconds() + 4 * context.seconds();
        double joules = 4 * projection.joules() + 4 * scores.joules() + 4 * context.joules();
        assertEquals(seconds, all.seconds(), 1e-12 * seconds);
        assertEquals(joules, all.joules(), 1e-12 * joules);
    }
}
