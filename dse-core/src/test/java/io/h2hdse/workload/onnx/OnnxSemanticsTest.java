package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Lstm;
import io.h2hdse.workload.MatMul;
import io.h2hdse.workload.Norm;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.h2hdse.workload.onnx.OnnxGraph.attrInts;
import static io.h2hdse.workload.onnx.OnnxGraph.in;
import static io.h2hdse.workload.onnx.OnnxGraph.integer;
import static io.h2hdse.workload.onnx.OnnxGraph.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ONNX operator semantics on small graphs whose layers, shapes and MACs are worked out by hand. */
class OnnxSemanticsTest extends ImportedGraphs {
    @Test
    void sameUpperPaddingWithStrideTwoGivesTheCeilingOfHalfTheInput() {
        // out = ceil(7 / 2) = 4; total padding (4 - 1)·2 + 3 - 7 = 2, one on each side
        Workload w = read(new OnnxGraph()
                .input("x", 1, 3, 7, 7)
                .weight("w", 8, 3, 3, 3)
                .output("c")
                .node("Conv", "c", in("x", "w"), in("c"), text("auto_pad", "SAME_UPPER"), attrInts("strides", 2, 2)));
        Layer c = layer(w, "c");
        assertEquals(new Conv(8, 3, 3, 2, 2, 1, 1, 1, 1), c.op());
        assertEquals(Shape.of(8, 4, 4), c.output());
        assertEquals(16L * 8 * 27, c.macs());
    }

    @Test
    void dilatedAndDepthwiseConvolutions() {
        // dilation 2, padding 2: span 5, 16 + 4 - 5 + 1 = 16; depthwise: 8 groups of one channel
        Workload w = read(new OnnxGraph()
                .input("x", 1, 8, 16, 16)
                .weight("wd", 8, 8, 3, 3)
                .weight("wg", 8, 1, 3, 3)
                .output("g")
                .node("Conv", "d", in("x", "wd"), in("d"), attrInts("dilations", 2, 2), attrInts("pads", 2, 2, 2, 2))
                .node("Conv", "g", in("d", "wg"), in("g"), integer("group", 8), attrInts("pads", 1, 1, 1, 1)));
        assertEquals(new Conv(8, 3, 3, 1, 1, 2, 2, 2, 1), layer(w, "d").op());
        assertEquals(256L * 8 * 8 * 9, layer(w, "d").macs());
        assertTrue(((Conv) layer(w, "g").op()).isDepthwise(layer(w, "g").input()));
        assertEquals(256L * 8 * 9, layer(w, "g").macs());
    }

    @Test
    void pytorchShapeArithmeticIsFoldedIntoTheReshape() {
        // Shape -> Gather(0) -> Unsqueeze -> Concat with [-1] -> Reshape: [1, 8, 4, 4] to [1, 128]
        Workload w = read(new OnnxGraph()
                .input("x", 1, 3, 8, 8)
                .weight("w", 8, 3, 3, 3)
                .weight("fw", 10, 128)
                .ints("minus1", -1)
                .ints("axes0", 0)
                .output("fc")
                .node("Conv", "c", in("x", "w"), in("c"), attrInts("strides", 2, 2), attrInts("pads", 1, 1, 1, 1))
                .node("Constant", "zero", in(), in("zero"), integer("value_int", 0))
                .node("Shape", "s", "c")
                .node("Gather", "n", in("s", "zero"), in("n"), integer("axis", 0))
                .node("Unsqueeze", "u", "n", "axes0")
                .node("Concat", "shape", in("u", "minus1"), in("shape"), integer("axis", 0))
                .node("Reshape", "r", "c", "shape")
                .node("Gemm", "fc", in("r", "fw"), in("fc"), integer("transB", 1)));
        assertEquals(2, w.size());
        Layer fc = layer(w, "fc");
        assertEquals(new FullyConnected(10), fc.op());
        assertEquals(Shape.of(8, 4, 4), fc.input());
        assertEquals(1280, fc.macs());
        assertEquals(List.of("c"), fc.inputs());
    }

    @Test
    void reshapeZeroCopiesAndMinusOneInfers() {
        Workload w = read(new OnnxGraph()
                .input("x", 1, 6, 4)
                .ints("shape", 0, -1)
                .weight("fw", 24, 5)
                .output("fc")
                .node("Reshape", "r", "x", "shape")
                .node("MatMul", "fc", "r", "fw"));
        assertEquals(new FullyConnected(5), layer(w, "fc").op());
        assertEquals(Shape.of(24, 1, 1), layer(w, "fc").input());
    }

    @Test
    void sliceClampsAnIntMaxEndAndCountsANegativeStartFromTheEnd() {
        // channels [-3, INT64_MAX) of 8 = the last 3
        Workload w = read(new OnnxGraph()
                .input("x", 1, 8, 4, 4)
                .ints("starts", -3)
                .ints("ends", Long.MAX_VALUE)
                .ints("axes", 1)
                .weight("w", 2, 3, 1, 1)
                .output("c")
                .node("Slice", "s", "x", "starts", "ends", "axes")
                .node("Conv", "c", "s", "w"));
        assertEquals(Shape.of(3, 4, 4), layer(w, "c").input());
        assertEquals(16L * 2 * 3, layer(w, "c").macs());
    }

    @Test
    void gemmTransposesItsFirstOperand() {
        Workload w = read(new OnnxGraph()
                .input("x", 6, 1)
                .weight("b", 6, 4)
                .output("g")
                .node("Gemm", "g", in("x", "b"), in("g"), integer("transA", 1)));
        assertEquals(new FullyConnected(4), layer(w, "g").op());
        assertEquals(24, layer(w, "g").macs());
    }

    @Test
    void decomposedLayerNormIsOneNormLayerAndGeluFusesIntoItsMatMul() {
        OnnxGraph g = new OnnxGraph()
                .input("x", 1, 5, 16)
                .weight("w1", 16, 32)
                .weight("w2", 32, 16)
                .scalar("two", 2)
                .scalar("eps", 1e-5f)
                .scalar("sqrt2", 1.4142135f)
                .scalar("one", 1)
                .scalar("half", 0.5f)
                .weight("gamma", 16)
                .weight("beta", 16)
                .output("y")
                .node("MatMul", "up", "x", "w1")
                .node("Div", "d", "up", "sqrt2")
                .node("Erf", "e", "d")
                .node("Add", "a", "e", "one")
                .node("Mul", "m", "up", "a")
                .node("Mul", "gelu", "m", "half")
                .node("MatMul", "down", "gelu", "w2")
                .node("ReduceMean", "mean", in("down"), in("mean"), attrInts("axes", -1))
                .node("Sub", "centred", "down", "mean")
                .node("Pow", "sq", "centred", "two")
                .node("ReduceMean", "var", in("sq"), in("var"), attrInts("axes", -1))
                .node("Add", "veps", "var", "eps")
                .node("Sqrt", "std", "veps")
                .node("Div", "normed", "centred", "std")
                .node("Mul", "scaled", "normed", "gamma")
                .node("Add", "y", "scaled", "beta");
        Workload w = read(g);
        assertEquals(List.of(OpKind.FC, OpKind.FC, OpKind.NORM).size(), w.size());
        Layer up = layer(w, "up");
        assertEquals(new MatMul(32, MatMul.Operand.WEIGHTS), up.op());
        assertEquals(5L * 16 * 32, up.macs());
        assertEquals(List.of("up"), layer(w, "down").inputs());
        Layer norm = layer(w, "mean");
        assertEquals(new Norm(), norm.op());
        assertEquals(Shape.of(16, 5, 1), norm.input());
        assertEquals(List.of("down"), norm.inputs());
        assertEquals("y", norm.task());
    }

    @Test
    void squeezeExcitationScalesByAnotherLayersOutput() {
        Workload w = read(new OnnxGraph()
                .input("x", 1, 16, 8, 8)
                .weight("w", 16, 16, 1, 1)
                .weight("r", 4, 16, 1, 1)
                .weight("e", 16, 4, 1, 1)
                .output("se")
                .node("Conv", "c", "x", "w")
                .node("GlobalAveragePool", "p", "c")
                .node("Conv", "reduce", "p", "r")
                .node("Relu", "relu", "reduce")
                .node("Conv", "expand", "relu", "e")
                .node("Sigmoid", "gate", "expand")
                .node("Mul", "se", "c", "gate"));
        Layer se = layer(w, "se");
        assertEquals(new Eltwise(Eltwise.Mode.MUL), se.op());
        assertEquals(List.of("c", "expand"), se.inputs());
        assertEquals(Shape.of(16, 8, 8), se.input());
        assertEquals(1024, se.macs());
    }

    @Test
    void bidirectionalLstmIsOneLayerPerDirection() {
        // seq 5, input 3, hidden 4: 5 · 4·4 · (3 + 4) = 560 MACs per direction
        Workload w = read(new OnnxGraph()
                .input("x", 5, 1, 3)
                .weight("W", 2, 16, 3)
                .weight("R", 2, 16, 4)
                .output("y")
                .node(
                        "LSTM",
                        "lstm",
                        in("x", "W", "R"),
                        in("y"),
                        integer("hidden_size", 4),
                        text("direction", "bidirectional")));
        assertEquals(2, w.size());
        for (Layer l : w.layers()) {
            assertEquals(new Lstm(4), l.op());
            assertEquals(560, l.macs());
            assertEquals("y", l.task());
        }
    }

    @Test
    void branchesFollowGraphInputsAndTasksFollowGraphOutputs() {
        Workload w = read(new OnnxGraph()
                .input("rgb", 1, 3, 8, 8)
                .input("depth", 1, 1, 8, 8)
                .weight("wr", 4, 3, 3, 3)
                .weight("wd", 4, 1, 3, 3)
                .weight("f1", 2, 128)
                .weight("f2", 3, 128)
                .output("cls")
                .output("seg")
                .node("Conv", "cr", in("rgb", "wr"), in("cr"), attrInts("strides", 2, 2), attrInts("pads", 1, 1, 1, 1))
                .node(
                        "Conv",
                        "cd",
                        in("depth", "wd"),
                        in("cd"),
                        attrInts("strides", 2, 2),
                        attrInts("pads", 1, 1, 1, 1))
                .node("Concat", "cat", in("cr", "cd"), in("cat"), integer("axis", 1))
                .node("Flatten", "flat", "cat")
                .node("Gemm", "cls", in("flat", "f1"), in("cls"), integer("transB", 1))
                .node("Gemm", "seg", in("flat", "f2"), in("seg"), integer("transB", 1)));
        assertEquals(List.of("rgb", "depth", "fusion"), w.branches());
        assertEquals("rgb", layer(w, "cr").branch());
        assertEquals("", layer(w, "cat").task());
        assertEquals(Shape.of(8, 4, 4), layer(w, "cat").input());
        assertEquals("cls", layer(w, "cls").task());
        assertEquals("seg", layer(w, "seg").task());
        assertEquals("fusion", layer(w, "seg").branch());
    }
}
