package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Gru;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.MatMul;
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Resize;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.h2hdse.workload.onnx.OnnxGraph.attrInts;
import static io.h2hdse.workload.onnx.OnnxGraph.in;
import static io.h2hdse.workload.onnx.OnnxGraph.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Older opsets' attribute forms and the less common ops, on graphs worked out by hand. */
class OnnxOpsetsTest extends ImportedGraphs {
    @Test
    void opset11TakesAxesAndSplitSizesAsAttributes() {
        // split 6 channels as 2 + 4, squeeze/unsqueeze a unit axis, convolve the 4
        Workload w = read(new OnnxGraph()
                .opset(11)
                .input("x", 1, 6, 5, 5)
                .weight("w", 3, 4, 1, 1)
                .output("c")
                .node("Split", "s", in("x"), in("a", "b"), integer("axis", 1), attrInts("split", 2, 4))
                .node("Unsqueeze", "u", in("b"), in("u"), attrInts("axes", 0))
                .node("Squeeze", "q", in("u"), in("q"), attrInts("axes", 0))
                .node("Conv", "c", "q", "w"));
        assertEquals(Shape.of(4, 5, 5), layer(w, "c").input());
        assertEquals(25L * 3 * 4, layer(w, "c").macs());
    }

    @Test
    void ceilModePoolingKeepsThePartialWindow() {
        // (6 - 3) / 2 = 1.5: floor gives 2 outputs, ceil 3
        Workload w = read(new OnnxGraph()
                .input("x", 1, 2, 6, 6)
                .output("p")
                .node(
                        "MaxPool",
                        "p",
                        in("x"),
                        in("p"),
                        attrInts("kernel_shape", 3, 3),
                        attrInts("strides", 2, 2),
                        integer("ceil_mode", 1)));
        Layer p = layer(w, "p");
        assertEquals(Shape.of(2, 3, 3), p.output());
        assertEquals(18L * 9, p.macs());
        assertEquals(Pool.Mode.MAX, ((Pool) p.op()).mode());
    }

    @Test
    void asymmetricPaddingBecomesTheSymmetricPaddingWithTheSameOutput() {
        // pads (0, 0, 1, 1), stride 2 on 7: (7 + 1 - 3) / 2 + 1 = 3, as with no padding
        Workload w = read(new OnnxGraph()
                .input("x", 1, 1, 7, 7)
                .weight("w", 1, 1, 3, 3)
                .output("c")
                .node("Conv", "c", in("x", "w"), in("c"), attrInts("strides", 2, 2), attrInts("pads", 0, 0, 1, 1)));
        assertEquals(new Conv(1, 3, 3, 2, 2, 0, 0, 1, 1), layer(w, "c").op());
    }

    @Test
    void transposedConvolutionIsTheConvolutionOverTheZeroStuffedInput() {
        // stride 2, pads 1, output_padding 1 on 4x4: 2·3 + 1 + 3 - 2 = 8; stuffed input 2·3 + 1 + 1 = 8
        Workload w = read(new OnnxGraph()
                .input("x", 1, 4, 4, 4)
                .weight("w", 4, 2, 3, 3)
                .output("t")
                .node(
                        "ConvTranspose",
                        "t",
                        in("x", "w"),
                        in("t"),
                        attrInts("strides", 2, 2),
                        attrInts("pads", 1, 1, 1, 1),
                        attrInts("output_padding", 1, 1)));
        Layer t = layer(w, "t");
        assertEquals(Shape.of(2, 8, 8), t.output());
        assertEquals(72, t.weightElements());
        assertEquals(64L * 72, t.macs());
    }

    @Test
    void gruHasThreeGates() {
        // seq 4, input 3, hidden 5: 4 · 15 · (3 + 5) = 480
        Workload w = read(new OnnxGraph()
                .input("x", 4, 1, 3)
                .weight("W", 1, 15, 3)
                .weight("R", 1, 15, 5)
                .output("y")
                .node("GRU", "gru", in("x", "W", "R"), in("y"), integer("hidden_size", 5)));
        assertEquals(new Gru(5), layer(w, "gru").op());
        assertEquals(480, layer(w, "gru").macs());
    }

    @Test
    void resizeToGivenSizesAndUpsampleByScales() {
        Workload w = read(new OnnxGraph()
                .input("x", 1, 3, 4, 4)
                .ints("sizes", 1, 3, 8, 12)
                .output("r")
                .node("Resize", "r", in("x", "", "", "sizes"), in("r")));
        assertEquals(new Resize(8, 12), layer(w, "r").op());
        assertEquals(3L * 96, layer(w, "r").macs());
    }

    @Test
    void channelShuffleBetweenConvolutionsMovesNothing() {
        Workload w = read(new OnnxGraph()
                .input("x", 1, 8, 4, 4)
                .weight("w1", 8, 8, 1, 1)
                .weight("w2", 8, 8, 1, 1)
                .ints("grouped", 1, 2, 4, 4, 4)
                .ints("flat", 1, 8, 4, 4)
                .output("c2")
                .node("Conv", "c1", "x", "w1")
                .node("Reshape", "r1", "c1", "grouped")
                .node("Transpose", "t", in("r1"), in("t"), attrInts("perm", 0, 2, 1, 3, 4))
                .node("Reshape", "r2", "t", "flat")
                .node("Conv", "c2", "r2", "w2"));
        assertEquals(2, w.size());
        assertEquals(List.of("c1"), layer(w, "c2").inputs());
    }

    @Test
    void embeddingLookupFeedsTheLayersAfterIt() {
        Workload w = read(new OnnxGraph()
                .input("ids", 1, 5)
                .weight("table", 100, 16)
                .weight("w", 16, 8)
                .output("m")
                .node("Gather", "e", "table", "ids")
                .node("MatMul", "m", "e", "w"));
        Layer m = layer(w, "m");
        assertEquals(new MatMul(8, MatMul.Operand.WEIGHTS), m.op());
        assertEquals(5L * 16 * 8, m.macs());
        assertEquals("ids", m.branch());
    }

    @Test
    void weightsFirstMatMulKeepsTheOutputDims() {
        // W [3, 4] · X [4, 6] = [3, 6] (the graph output declares it), 72 MACs
        Workload w = read(new OnnxGraph()
                .input("x", 4, 6)
                .weight("w", 3, 4)
                .output("m", 3, 6)
                .node("MatMul", "m", "w", "x"));
        assertEquals(72, layer(w, "m").macs());
        assertEquals(12, layer(w, "m").weightElements());
    }

    @Test
    void argMaxOverChannelsIsAPoolOverThem() {
        // 5 channels at each of 4x4 positions: 16 windows of 5
        Workload w = read(new OnnxGraph()
                .input("x", 1, 3, 4, 4)
                .weight("w", 5, 3, 1, 1)
                .output("a")
                .node("Conv", "c", "x", "w")
                .node("ArgMax", "a", in("c"), in("a"), integer("axis", 1)));
        Layer a = layer(w, "a");
        assertEquals(new Pool(Pool.Mode.MAX, 5, 1, 1, 1, 0, 0), a.op());
        assertEquals(Shape.of(16, 5, 1), a.input());
        assertEquals(80, a.macs());
    }

    @Test
    void weightsSharedByABatchAreOneMatrixOfAllItsRows() {
        // [4, 1, 8] × [8, 16]: the 4 batch entries of one row are 4 rows against the same weights
        Workload w = read(new OnnxGraph()
                .input("x", 4, 1, 8)
                .weight("w", 8, 16)
                .output("m")
                .node("MatMul", "m", "x", "w"));
        assertEquals(Shape.of(8, 4, 1), layer(w, "m").input());
        assertEquals(4L * 8 * 16, layer(w, "m").macs());
        assertEquals(128, layer(w, "m").weightElements());
    }
}
