package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Concat;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Gru;
import io.h2hdse.workload.Lstm;
import io.h2hdse.workload.MatMul;
import io.h2hdse.workload.Norm;
import io.h2hdse.workload.Op;
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Resize;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Softmax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** Compute ops that become layers, and the element-wise ops that fuse into them (rules in the package doc). */
final class LayerOps {
    /** Activations and per-element affine maps of one input: fused into the layer producing it. */
    private static final Set<String> FUSED_UNARY = Set.of(
            "Relu",
            "Clip",
            "Sigmoid",
            "HardSigmoid",
            "HardSwish",
            "Tanh",
            "LeakyRelu",
            "PRelu",
            "Elu",
            "Selu",
            "Celu",
            "Gelu",
            "Erf",
            "Softplus",
            "Softsign",
            "Mish",
            "Exp",
            "Log",
            "Sqrt",
            "Neg",
            "Abs",
            "Reciprocal",
            "Floor",
            "Ceil",
            "Round",
            "Sign",
            "BatchNormalization",
            "ThresholdedRelu",
            "Shrink",
            "Sin",
            "Cos",
            "IsNaN",
            "IsInf");

    private final Drafts drafts;

    LayerOps(Drafts drafts) {
        this.drafts = drafts;
    }

    /** Imports {@code node} if it is a compute or element-wise op; false when it is not one. */
    boolean apply(OnnxNode node) {
        String op = node.op();
        if (FUSED_UNARY.contains(op)) {
            node.set(0, ShapeOps.unary(node, unaryFold(op), false));
            return true;
        }
        switch (op) {
            case "Conv" -> conv(node);
            case "ConvTranspose" -> convTranspose(node);
            case "Gemm" -> gemm(node);
            case "MatMul" -> {
                if (node.input(0) instanceof Constant && node.input(1) instanceof Activation x) {
                    // W · X = (Xᵀ · Wᵀ)ᵀ: the same product with the weights second
                    Activation product = matMul(
                            node,
                            x,
                            node.input(0),
                            transposed(x.dims()),
                            transposed(node.input(0).dims()));
                    node.set(0, product.withDims(transposed(product.dims())));
                } else {
                    node.set(
                            0,
                            matMul(
                                    node,
                                    node.activation(0),
                                    node.input(1),
                                    node.input(0).dims(),
                                    node.input(1).dims()));
                }
            }
            case "LSTM" -> recurrent(node, 4);
            case "GRU" -> recurrent(node, 3);
            case "MaxPool", "LpPool" -> pool(node, Pool.Mode.MAX);
            case "AveragePool" -> pool(node, Pool.Mode.AVG);
            case "GlobalAveragePool", "GlobalLpPool" -> globalPool(node, Pool.Mode.AVG);
            case "GlobalMaxPool" -> globalPool(node, Pool.Mode.MAX);
            case "Add", "Sub", "Sum", "Mean", "Max", "Min" -> elementwise(node, Eltwise.Mode.ADD);
            case "Mul", "Div", "Pow", "Mod" -> elementwise(node, Eltwise.Mode.MUL);
            case "Concat" -> concat(node);
            case "Softmax", "LogSoftmax" -> whole(node, new Softmax());
            case "LayerNormalization", "GroupNormalization", "InstanceNormalization" -> whole(node, new Norm());
            case "Resize", "Upsample" -> resize(node);
            case "ReduceMean",
                    "ReduceSum",
                    "ReduceL1",
                    "ReduceL2",
                    "ReduceLogSumExp",
                    "ReduceSumSquare",
                    "ReduceProd" -> reduce(node, Pool.Mode.AVG);
            case "ReduceMax", "ReduceMin", "ArgMax", "ArgMin" -> reduce(node, Pool.Mode.MAX);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static DoubleUnaryOperator unaryFold(String op) {
        return switch (op) {
            case "Sqrt" -> Math::sqrt;
            case "Neg" -> x -> -x;
            case "Abs" -> Math::abs;
            case "Reciprocal" -> x -> 1 / x;
            case "Floor" -> Math::floor;
            case "Ceil" -> Math::ceil;
            case "Round" -> Math::rint;
            case "Sign" -> Math::signum;
            case "Relu" -> x -> Math.max(x, 0);
            case "Exp" -> Math::exp;
            case "Log" -> Math::log;
            default -> x -> Double.NaN;
        };
    }

    private Activation add(OnnxNode node, Op op, Shape input, List<Activation> sources, long[] outDims) {
        return drafts.add(node, "", op, input, sources, outDims, Dims.product(outDims));
    }

    private static Constant weights(OnnxNode node, int index, int rank) {
        Constant w = node.constant(index);
        if (w.dims().length != rank) {
            throw node.fail("weights '" + node.proto().getInput(index) + "' have dims " + Dims.text(w.dims())
                    + ", expected rank " + rank);
        }
        return w;
    }

    private void conv(OnnxNode node) {
        Activation x = node.activation(0);
        long[] xd = x.dims();
        Shape in = Shapes.image(xd, node);
        int spatial = xd.length - 2;
        Constant w = weights(node, 1, xd.length);
        long group = node.integer("group", 1);
        if (w.dims()[1] * group != xd[1]) {
            throw node.fail("weights " + Dims.text(w.dims()) + " with group " + group + " do not take " + xd[1]
                    + " input channels");
        }
        Window h = Window.axis(node, 0, spatial, xd[2], w.dims()[2]);
        Window v =
                spatial == 2 ? Window.axis(node, 1, spatial, xd[3], w.dims()[3]) : new Window(1, 1, 0, h.dilation(), 1);
        if (h.dilation() != v.dilation() && spatial == 2) {
            throw node.fail("dilations differ between axes (" + h.dilation() + ", " + v.dilation() + ")");
        }
        Conv conv = convOp(node, w.dims()[0], h, v, group);
        long[] out =
                spatial == 2 ? new long[] {1, w.dims()[0], h.out(), v.out()} : new long[] {1, w.dims()[0], h.out()};
        node.set(0, add(node, conv, in, List.of(x), out));
    }

    private static Conv convOp(OnnxNode node, long outChannels, Window h, Window v, long group) {
        try {
            return new Conv(
                    Math.toIntExact(outChannels),
                    h.kernel(),
                    v.kernel(),
                    h.stride(),
                    v.stride(),
                    h.pad(),
                    v.pad(),
                    h.dilation(),
                    Math.toIntExact(group));
        } catch (IllegalArgumentException e) {
            throw node.fail(e.getMessage());
        }
    }

    /**
     * A transposed convolution is the convolution (stride 1) over its input with {@code stride - 1}
     * zeros inserted between elements (and {@code output_padding} zeros after them): the same output
     * and weights; its MACs count the inserted zeros.
     */
    private void convTranspose(OnnxNode node) {
        Activation x = node.activation(0);
        long[] xd = x.dims();
        Shapes.image(xd, node);
        int spatial = xd.length - 2;
        Constant w = weights(node, 1, xd.length);
        long group = node.integer("group", 1);
        long outChannels = w.dims()[1] * group;
        long[] strides = node.integers("strides");
        long[] dilations = node.integers("dilations");
        long[] pads = node.integers("pads");
        long[] outputPadding = node.integers("output_padding");
        long[] outputShape = node.integers("output_shape");
        if (!node.text("auto_pad", "NOTSET").equals("NOTSET") && outputShape == null) {
            throw node.fail("auto_pad on ConvTranspose is not supported; export with explicit pads");
        }
        long[] stuffed = new long[spatial];
        Window[] windows = new Window[2];
        for (int a = 0; a < spatial; a++) {
            long s = strides == null ? 1 : strides[a];
            long d = dilations == null ? 1 : dilations[a];
            long k = w.dims()[2 + a];
            Window.requirePositive(node, "strides", s);
            long out = outputShape != null
                    ? outputShape[outputShape.length - spatial + a]
                    : s * (xd[2 + a] - 1)
                            + (outputPadding == null ? 0 : outputPadding[a])
                            + (k - 1) * d
                            + 1
                            - (pads == null ? 0 : pads[a] + pads[a + spatial]);
            long extra = outputShape == null && outputPadding != null ? outputPadding[a] : 0;
            stuffed[a] = (xd[2 + a] - 1) * s + 1 + extra;
            long span = (k - 1) * d + 1;
            long total = out - stuffed[a] + span - 1;
            windows[a] = Window.of(node, stuffed[a], k, 1, d, total / 2, total - total / 2, "NOTSET", false);
        }
        Window h = windows[0];
        Window v = spatial == 2 ? windows[1] : new Window(1, 1, 0, h.dilation(), 1);
        Shape in = Shapes.shape(xd[1], stuffed[0], spatial == 2 ? stuffed[1] : 1, node);
        long[] out =
                spatial == 2 ? new long[] {1, outChannels, h.out(), v.out()} : new long[] {1, outChannels, h.out()};
        node.set(0, add(node, convOp(node, outChannels, h, v, group), in, List.of(x), out));
    }

    /** Dims with the last two axes swapped (a vector is its own transpose). */
    private static long[] transposed(long[] dims) {
        long[] t = dims.clone();
        if (t.length >= 2) {
            t[t.length - 1] = dims[dims.length - 2];
            t[t.length - 2] = dims[dims.length - 1];
        }
        return t;
    }

    private void gemm(OnnxNode node) {
        long[] a = node.input(0).dims();
        long[] b = node.input(1).dims();
        if (a.length != 2 || b.length != 2) {
            throw node.fail("Gemm operands must be matrices, got " + Dims.text(a) + " and " + Dims.text(b));
        }
        if (node.integer("transA", 0) != 0) {
            a = new long[] {a[1], a[0]};
        }
        if (node.integer("transB", 0) != 0) {
            b = new long[] {b[1], b[0]};
        }
        node.set(0, matMul(node, node.activation(0), node.input(1), a, b));
    }

    /** {@code A × B} with numpy broadcasting of the batch axes; {@code a} and {@code b} are the operands' dims. */
    private Activation matMul(OnnxNode node, Activation first, Value second, long[] a, long[] b) {
        boolean vectorA = a.length == 1;
        boolean vectorB = b.length == 1;
        long[] am = vectorA ? new long[] {1, a[0]} : a;
        long[] bm = vectorB ? new long[] {b[0], 1} : b;
        long m = am[am.length - 2];
        long k = am[am.length - 1];
        long n = bm[bm.length - 1];
        if (bm[bm.length - 2] != k) {
            throw node.fail("operands " + Dims.text(a) + " and " + Dims.text(b) + " do not multiply");
        }
        long[] batch = Dims.broadcast(Arrays.copyOf(am, am.length - 2), Arrays.copyOf(bm, bm.length - 2), node);
        List<Long> outList = new ArrayList<>();
        Arrays.stream(batch).forEach(outList::add);
        if (!vectorA) {
            outList.add(m);
        }
        if (!vectorB) {
            outList.add(n);
        }
        long[] out = outList.stream().mapToLong(Long::longValue).toArray();
        long batches = Dims.product(batch);
        List<Activation> sources = new ArrayList<>(List.of(first));
        MatMul.Operand operand;
        if (second instanceof Activation act) {
            sources.add(act);
            operand = MatMul.Operand.ACTIVATION;
        } else {
            if (Dims.product(bm, 0, bm.length - 2) != 1) {
                throw node.fail("a batched constant operand " + Dims.text(b) + " is not supported");
            }
            operand = MatMul.Operand.WEIGHTS;
        }
        int outFeatures = Math.toIntExact(n);
        if (operand == MatMul.Operand.WEIGHTS && m * batches == 1) {
            return add(node, new FullyConnected(outFeatures), fcInput(first, k, node), sources, out);
        }
        // weights are shared by every batch entry: their rows are one matrix of batch · M rows
        Shape input = operand == MatMul.Operand.WEIGHTS
                ? Shapes.shape(k, m * batches, 1, node)
                : Shapes.shape(k, m, batches, node);
        return add(node, new MatMul(outFeatures, operand), input, sources, out);
    }

    /** A fully connected layer reads its producer's output as it is when that holds its K inputs (a flatten moves nothing). */
    private Shape fcInput(Activation in, long k, OnnxNode node) {
        if (in.layers().size() == 1 && in.hostInputs().isEmpty()) {
            Shape produced = drafts.output(in.layers().get(0));
            if (produced.elements() == k) {
                return produced;
            }
        }
        return Shapes.shape(k, 1, 1, node);
    }

    /** LSTM ({@code gates = 4}) or GRU (3): one layer per direction; every output is theirs. */
    private void recurrent(OnnxNode node, int gates) {
        Activation x = node.activation(0);
        long[] xd = x.dims();
        if (xd.length != 3) {
            throw node.fail("expects a [seq, batch, input] input, got " + Dims.text(xd));
        }
        boolean batchFirst = node.integer("layout", 0) != 0;
        long seq = batchFirst ? xd[1] : xd[0];
        long batch = batchFirst ? xd[0] : xd[1];
        if (batch != 1) {
            throw node.fail("batch size " + batch + ": workloads are one inference (batch 1)");
        }
        Constant w = weights(node, 1, 3);
        long hidden = node.integer("hidden_size", w.dims()[1] / gates);
        if (w.dims()[1] != gates * hidden || w.dims()[2] != xd[2]) {
            throw node.fail("weights " + Dims.text(w.dims()) + " do not match input size " + xd[2] + " and hidden size "
                    + hidden);
        }
        String direction = node.text("direction", "forward");
        int directions = direction.equals("bidirectional") ? 2 : 1;
        Op op = gates == 4 ? new Lstm(Math.toIntExact(hidden)) : new Gru(Math.toIntExact(hidden));
        Shape in = Shapes.shape(xd[2], seq, 1, node);
        List<String> layers = new ArrayList<>();
        for (int d = 0; d < directions; d++) {
            String suffix = directions == 1 ? "" : d == 0 ? "#forward" : "#reverse";
            layers.addAll(drafts.add(node, suffix, op, in, List.of(x), new long[] {seq, 1, hidden}, seq * hidden)
                    .layers());
        }
        long[] y = batchFirst ? new long[] {1, seq, directions, hidden} : new long[] {seq, directions, 1, hidden};
        long[] state = batchFirst ? new long[] {1, directions, hidden} : new long[] {directions, 1, hidden};
        node.set(0, new Activation(y, layers, List.of()));
        for (int i = 1; i < node.outputCount(); i++) {
            node.set(i, new Activation(state, layers, List.of()));
        }
    }

    private void pool(OnnxNode node, Pool.Mode mode) {
        Activation x = node.activation(0);
        long[] xd = x.dims();
        Shape in = Shapes.image(xd, node);
        long[] kernel = node.integers("kernel_shape");
        int spatial = xd.length - 2;
        if (kernel == null || kernel.length != spatial) {
            throw node.fail("kernel_shape must give " + spatial + " sizes");
        }
        Window h = Window.axis(node, 0, spatial, xd[2], kernel[0]);
        Window v = spatial == 2 ? Window.axis(node, 1, spatial, xd[3], kernel[1]) : new Window(1, 1, 0, 1, 1);
        if (h.dilation() != 1 || v.dilation() != 1) {
            throw node.fail("dilated pooling is not supported");
        }
        long[] out = spatial == 2 ? new long[] {1, xd[1], h.out(), v.out()} : new long[] {1, xd[1], h.out()};
        boolean identity = h.kernel() == 1
                && v.kernel() == 1
                && h.stride() == 1
                && v.stride() == 1
                && h.pad() == 0
                && v.pad() == 0;
        if (identity) {
            node.set(0, x.withDims(out));
            return;
        }
        node.set(
                0,
                add(
                        node,
                        new Pool(mode, h.kernel(), v.kernel(), h.stride(), v.stride(), h.pad(), v.pad()),
                        in,
                        List.of(x),
                        out));
    }

    private void globalPool(OnnxNode node, Pool.Mode mode) {
        Activation x = node.activation(0);
        long[] xd = x.dims();
        Shape in = Shapes.image(xd, node);
        long[] out = xd.clone();
        Arrays.fill(out, 2, out.length, 1);
        if (in.height() == 1 && in.width() == 1) {
            node.set(0, x.withDims(out));
            return;
        }
        node.set(0, add(node, new Pool(mode, in.height(), in.width(), 1, 1, 0, 0), in, List.of(x), out));
    }

    /**
     * A reduction is a pool whose window spans the reduced axes: input {@code (kept elements, reduced
     * elements, 1)}, window {@code reduced × 1}.
     */
    private void reduce(OnnxNode node, Pool.Mode mode) {
        Value x = node.input(0);
        long[] xd = x.dims();
        long[] axes = node.op().startsWith("Arg")
                ? new long[] {node.integer("axis", 0)}
                : node.opset() >= 18 || (node.op().equals("ReduceSum") && node.opset() >= 13)
                        ? (node.hasInput(1) ? node.knownInts(1) : null)
                        : node.integers("axes");
        boolean keep = node.integer("keepdims", 1) != 0;
        boolean[] reduced = new boolean[xd.length];
        if (axes == null || axes.length == 0) {
            Arrays.fill(reduced, node.integer("noop_with_empty_axes", 0) == 0);
        } else {
            for (long axis : axes) {
                reduced[Dims.axis(axis, xd.length, node)] = true;
            }
        }
        List<Long> outList = new ArrayList<>();
        long r = 1;
        for (int i = 0; i < xd.length; i++) {
            if (reduced[i]) {
                r *= xd[i];
                if (keep) {
                    outList.add(1L);
                }
            } else {
                outList.add(xd[i]);
            }
        }
        long[] out = outList.stream().mapToLong(Long::longValue).toArray();
        if (x instanceof Constant c) {
            node.set(0, new Constant(out, c.integral(), null));
            return;
        }
        Activation a = (Activation) x;
        if (r == 1) {
            node.set(0, a.withDims(out));
            return;
        }
        Shape in = Shapes.shape(Dims.product(xd) / r, r, 1, node);
        node.set(0, add(node, new Pool(mode, Math.toIntExact(r), 1, 1, 1, 0, 0), in, List.of(a), out));
    }

    /**
     * Element-wise ops of several inputs: folded on constants; fused into the producer when every
     * activation operand comes from the same producers (a constant operand, or an activation function
     * such as GELU or swish built from the producer's own output); else an eltwise layer.
     */
    private void elementwise(OnnxNode node, Eltwise.Mode mode) {
        List<Activation> acts = new ArrayList<>();
        long[] out = node.input(0).dims();
        for (int i = 0; i < node.inputCount(); i++) {
            Value v = node.input(i);
            out = Dims.broadcast(out, v.dims(), node);
            if (v instanceof Activation a) {
                acts.add(a);
            }
        }
        if (acts.isEmpty()) {
            node.set(0, fold(node));
            return;
        }
        Activation first = acts.get(0);
        if (acts.stream().allMatch(first::sameSource)) {
            node.set(0, first.withDims(out));
            return;
        }
        node.set(0, add(node, new Eltwise(mode), Shapes.of(out, node), acts, out));
    }

    private static Value fold(OnnxNode node) {
        boolean integral = node.constant(0).integral();
        DoubleBinaryOperator f = switch (node.op()) {
            case "Add", "Sum" -> Double::sum;
            case "Sub" -> (a, b) -> a - b;
            case "Mul" -> (a, b) -> a * b;
            case "Div" -> (a, b) -> a / b;
            case "Pow" -> Math::pow;
            case "Max" -> Math::max;
            case "Min" -> Math::min;
            case "Mod" ->
                integral && node.integer("fmod", 0) == 0 ? (a, b) -> a - b * Math.floor(a / b) : (a, b) -> a % b;
            default -> (a, b) -> Double.NaN;
        };
        if (node.inputCount() != 2) {
            throw node.fail("folding " + node.op() + " of " + node.inputCount() + " constants is not supported");
        }
        return ShapeOps.binary(node, f, false);
    }

    private void concat(OnnxNode node) {
        List<Value> inputs = new ArrayList<>();
        for (int i = 0; i < node.inputCount(); i++) {
            if (node.hasInput(i)) {
                inputs.add(node.input(i));
            }
        }
        long[] first = inputs.get(0).dims();
        int axis = Dims.axis(node.integer("axis", 0), first.length, node);
        long[] out = first.clone();
        out[axis] = 0;
        for (Value v : inputs) {
            long[] d = v.dims();
            for (int i = 0; i < first.length; i++) {
                if (d.length != first.length || (i != axis && d[i] != first[i])) {
                    throw node.fail("inputs " + Dims.text(first) + " and " + Dims.text(d)
                            + " do not concatenate on axis " + axis);
                }
            }
            out[axis] += d[axis];
        }
        List<Activation> acts = inputs.stream()
                .filter(Activation.class::isInstance)
                .map(Activation.class::cast)
                .toList();
        if (acts.isEmpty()) {
            node.set(0, concatConstants(inputs, axis, out));
            return;
        }
        node.set(0, add(node, new Concat(), Shapes.of(out, node), acts, out));
    }

    private static Constant concatConstants(List<Value> inputs, int axis, long[] out) {
        boolean known = inputs.stream().allMatch(v -> ((Constant) v).known());
        boolean integral = inputs.stream().allMatch(v -> ((Constant) v).integral());
        if (!known || Dims.product(out) > Constant.MAX_FOLDED) {
            return new Constant(out, integral, null);
        }
        long outer = Dims.product(out, 0, axis);
        double[] v = new double[(int) Dims.product(out)];
        int k = 0;
        for (long o = 0; o < outer; o++) {
            for (Value in : inputs) {
                long block = Dims.product(in.dims(), axis, in.dims().length);
                double[] src = ((Constant) in).values();
                for (long i = 0; i < block; i++) {
                    v[k++] = src[(int) (o * block + i)];
                }
            }
        }
        return new Constant(out, integral, v);
    }

    /** A layer over the whole tensor that keeps its shape (softmax, normalization). */
    private void whole(OnnxNode node, Op op) {
        Activation x = node.activation(0);
        node.set(0, add(node, op, Shapes.of(x.dims(), node), List.of(x), x.dims()));
    }

    private void resize(OnnxNode node) {
        Activation x = node.activation(0);
        long[] xd = x.dims();
        Shape in = Shapes.image(xd, node);
        long[] out = new long[xd.length];
        long[] sizes = node.op().equals("Resize") && node.opset() >= 11 && node.hasInput(3) ? node.knownInts(3) : null;
        if (sizes != null) {
            if (sizes.length != xd.length) {
                throw node.fail("sizes " + Dims.text(sizes) + " do not match rank " + xd.length);
            }
            out = sizes;
        } else {
            double[] scales = scales(node);
            if (scales.length != xd.length) {
                throw node.fail("scales " + Arrays.toString(scales) + " do not match rank " + xd.length);
            }
            for (int i = 0; i < xd.length; i++) {
                out[i] = (long) Math.floor(xd[i] * scales[i]);
            }
        }
        if (out[0] != xd[0] || out[1] != xd[1]) {
            throw node.fail("only spatial resizing is supported, " + Dims.text(xd) + " to " + Dims.text(out));
        }
        Resize op = new Resize(Math.toIntExact(out[2]), xd.length == 4 ? Math.toIntExact(out[3]) : 1);
        node.set(0, add(node, op, in, List.of(x), out));
    }

    private static double[] scales(OnnxNode node) {
        if (node.op().equals("Upsample") && node.opset() < 9) {
            float[] attr = node.reals("scales");
            if (attr == null) {
                throw node.fail("scales are missing");
            }
            double[] v = new double[attr.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = attr[i];
            }
            return v;
        }
        int index = node.op().equals("Resize") && node.opset() >= 11 ? 2 : 1;
        return node.knownValues(index);
    }
}
