package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Ops that move no data of their own: they give their output's dims (and, on constants, its values:
 * the folding of shape arithmetic) and pass an activation's producers through unchanged.
 */
final class ShapeOps {
    private ShapeOps() {}

    /** Imports {@code node} if it is a shape op; false when it is not one. */
    static boolean apply(OnnxNode node) {
        switch (node.op()) {
            case "Constant" -> node.set(0, constantNode(node));
            case "Identity", "Dropout" -> node.set(0, node.input(0));
            case "ScatterND", "ScatterElements", "Trilu", "CumSum" ->
                node.set(0, select(node, node.input(0).dims()));
            case "GatherElements" -> node.set(0, select(node, node.input(1).dims()));
            case "Cast" -> node.set(0, cast(node));
            case "Reshape" -> node.set(0, relabel(node.input(0), reshape(node), node));
            case "Flatten" -> node.set(0, relabel(node.input(0), flatten(node), node));
            case "Squeeze" -> node.set(0, relabel(node.input(0), squeeze(node), node));
            case "Unsqueeze" -> node.set(0, relabel(node.input(0), unsqueeze(node), node));
            case "Transpose" -> node.set(0, transpose(node));
            case "Slice" -> node.set(0, slice(node));
            case "Split" -> split(node);
            case "Gather" -> node.set(0, gather(node));
            case "Shape" -> node.set(0, shape(node));
            case "Size" ->
                node.set(0, new Constant(new long[0], true, new double[] {
                    node.input(0).elements()
                }));
            case "ConstantOfShape" -> node.set(0, constantOfShape(node));
            case "Range" -> node.set(0, range(node));
            case "Expand" -> node.set(0, expand(node));
            case "Tile" -> node.set(0, tile(node));
            case "Pad" -> node.set(0, pad(node));
            case "Where" -> node.set(0, where(node));
            case "Equal", "Less", "Greater", "LessOrEqual", "GreaterOrEqual", "And", "Or", "Xor" ->
                node.set(0, compare(node));
            case "Not" -> node.set(0, unary(node, x -> x == 0 ? 1 : 0, true));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Value constantNode(OnnxNode node) {
        AttributeProto t = node.tensorAttribute("value");
        if (t != null) {
            return TensorData.read(t.getT());
        }
        if (node.has("value_int")) {
            return new Constant(new long[0], true, new double[] {node.integer("value_int", 0)});
        }
        if (node.has("value_ints")) {
            return Constant.ints(node.integers("value_ints"));
        }
        if (node.has("value_float")) {
            return new Constant(new long[0], false, new double[] {node.real("value_float", 0)});
        }
        float[] floats = node.reals("value_floats");
        if (floats != null) {
            double[] v = new double[floats.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = floats[i];
            }
            return new Constant(new long[] {v.length}, false, v);
        }
        throw node.fail("a Constant without a tensor, int or float value is not supported");
    }

    /** The same tensor under new dims: an activation keeps its producers, a constant its values. */
    private static Value relabel(Value in, long[] dims, OnnxNode node) {
        if (Dims.product(dims) != in.elements()) {
            throw node.fail("output dims " + Dims.text(dims) + " hold " + Dims.product(dims) + " elements, input "
                    + Dims.text(in.dims()) + " holds " + in.elements());
        }
        return switch (in) {
            case Activation a -> a.withDims(dims);
            case Constant c -> new Constant(dims, c.integral(), c.values());
        };
    }

    /**
     * An op that picks, updates or accumulates elements in place (scatter, triangle masks, cumulative
     * sums, element gathers) as {@code dims}: an activation input passes its producers through; on
     * constants the values are not computed.
     */
    private static Value select(OnnxNode node, long[] dims) {
        for (int i = 0; i < node.inputCount(); i++) {
            if (node.hasInput(i) && node.input(i) instanceof Activation a) {
                return a.withDims(dims);
            }
        }
        return new Constant(dims, node.constant(0).integral(), null);
    }

    private static Value cast(OnnxNode node) {
        Value in = node.input(0);
        boolean integral = TensorData.isIntegral((int) node.integer("to", 1));
        if (in instanceof Constant c) {
            double[] v = c.known()
                    ? Arrays.stream(c.values())
                            .map(x -> integral ? (long) x : x)
                            .toArray()
                    : null;
            return new Constant(c.dims(), integral, v);
        }
        return in;
    }

    private static long[] reshape(OnnxNode node) {
        long[] in = node.input(0).dims();
        long[] target = node.opset() >= 5 ? node.knownInts(1) : node.integers("shape");
        boolean allowZero = node.integer("allowzero", 0) != 0;
        long[] out = target.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 0 && !allowZero) {
                if (i >= in.length) {
                    throw node.fail("shape entry " + i + " is 0 (copy) but the input has rank " + in.length);
                }
                out[i] = in[i];
            }
            if (out[i] == -1) {
                if (unknown >= 0) {
                    throw node.fail("shape " + Dims.text(target) + " has more than one -1");
                }
                unknown = i;
            } else {
                known *= out[i];
            }
        }
        long total = Dims.product(in);
        if (unknown >= 0) {
            if (known == 0 || total % known != 0) {
                throw node.fail("cannot reshape " + Dims.text(in) + " to " + Dims.text(target));
            }
            out[unknown] = total / known;
        }
        return out;
    }

    private static long[] flatten(OnnxNode node) {
        long[] in = node.input(0).dims();
        long axis = node.integer("axis", 1);
        int a = (int) (axis < 0 ? axis + in.length : axis);
        if (a < 0 || a > in.length) {
            throw node.fail("axis " + axis + " is out of range for rank " + in.length);
        }
        return new long[] {Dims.product(in, 0, a), Dims.product(in, a, in.length)};
    }

    private static long[] squeeze(OnnxNode node) {
        long[] in = node.input(0).dims();
        long[] axes = node.intsFromAttributeOrInput("axes", 1, 13);
        boolean[] drop = new boolean[in.length];
        if (axes == null) {
            for (int i = 0; i < in.length; i++) {
                drop[i] = in[i] == 1;
            }
        } else {
            for (long axis : axes) {
                int a = Dims.axis(axis, in.length, node);
                if (in[a] != 1) {
                    throw node.fail("cannot squeeze axis " + axis + " of size " + in[a]);
                }
                drop[a] = true;
            }
        }
        return keep(in, drop);
    }

    private static long[] keep(long[] dims, boolean[] drop) {
        long[] out = new long[dims.length];
        int n = 0;
        for (int i = 0; i < dims.length; i++) {
            if (!drop[i]) {
                out[n++] = dims[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] unsqueeze(OnnxNode node) {
        long[] in = node.input(0).dims();
        long[] axes = node.intsFromAttributeOrInput("axes", 1, 13);
        if (axes == null) {
            throw node.fail("axes are missing");
        }
        int rank = in.length + axes.length;
        boolean[] inserted = new boolean[rank];
        for (long axis : axes) {
            inserted[Dims.axis(axis, rank, node)] = true;
        }
        long[] out = new long[rank];
        int k = 0;
        for (int i = 0; i < rank; i++) {
            out[i] = inserted[i] ? 1 : in[k++];
        }
        if (k != in.length) {
            throw node.fail("axes " + Dims.text(axes) + " repeat an axis");
        }
        return out;
    }

    private static Value transpose(OnnxNode node) {
        Value in = node.input(0);
        long[] dims = in.dims();
        long[] perm = node.integers("perm");
        if (perm == null) {
            perm = new long[dims.length];
            for (int i = 0; i < dims.length; i++) {
                perm[i] = dims.length - 1L - i;
            }
        }
        if (perm.length != dims.length) {
            throw node.fail("perm " + Dims.text(perm) + " does not match rank " + dims.length);
        }
        long[] out = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = dims[Dims.axis(perm[i], dims.length, node)];
        }
        if (in instanceof Constant c && c.known()) {
            long[] inStrides = Dims.strides(dims);
            long[] outStrides = Dims.strides(out);
            double[] v = new double[c.values().length];
            for (int flat = 0; flat < v.length; flat++) {
                long src = 0;
                for (int i = 0; i < out.length; i++) {
                    src += (flat / outStrides[i]) % out[i] * inStrides[(int) perm[i]];
                }
                v[flat] = c.values()[(int) src];
            }
            return new Constant(out, c.integral(), v);
        }
        return relabel(in, out, node);
    }

    /** One axis of a slice: the first index, the step and how many elements it takes. */
    private record Range1(long start, long step, long count) {}

    private static Range1 sliceAxis(long size, long start, long end, long step, OnnxNode node) {
        if (step == 0) {
            throw node.fail("slice step 0");
        }
        long s = start < 0 ? start + size : start;
        long e = end < 0 ? end + size : end;
        if (step > 0) {
            s = Math.clamp(s, 0, size);
            e = Math.clamp(e, 0, size);
            return new Range1(s, step, Math.max(0, Math.ceilDiv(e - s, step)));
        }
        s = Math.clamp(s, -1, size - 1);
        e = Math.clamp(e, -1, size - 1);
        return new Range1(s, step, Math.max(0, Math.ceilDiv(s - e, -step)));
    }

    private static Value slice(OnnxNode node) {
        Value in = node.input(0);
        long[] dims = in.dims();
        long[] starts;
        long[] ends;
        long[] axes;
        long[] steps = null;
        if (node.opset() >= 10) {
            starts = node.knownInts(1);
            ends = node.knownInts(2);
            axes = node.hasInput(3) ? node.knownInts(3) : null;
            steps = node.hasInput(4) ? node.knownInts(4) : null;
        } else {
            starts = node.integers("starts");
            ends = node.integers("ends");
            axes = node.integers("axes");
        }
        if (starts == null || ends == null || starts.length != ends.length) {
            throw node.fail("starts and ends must be given, of equal length");
        }
        Range1[] ranges = new Range1[dims.length];
        for (int i = 0; i < dims.length; i++) {
            ranges[i] = new Range1(0, 1, dims[i]);
        }
        for (int k = 0; k < starts.length; k++) {
            int axis = Dims.axis(axes == null ? k : axes[k], dims.length, node);
            ranges[axis] = sliceAxis(dims[axis], starts[k], ends[k], steps == null ? 1 : steps[k], node);
        }
        return take(in, ranges, node);
    }

    /** The sub-tensor {@code ranges} select: values copied for a known constant, producers kept for an activation. */
    private static Value take(Value in, Range1[] ranges, OnnxNode node) {
        long[] out = Arrays.stream(ranges).mapToLong(Range1::count).toArray();
        if (Dims.product(out) == 0) {
            throw node.fail("the output is empty (" + Dims.text(out) + ")");
        }
        return switch (in) {
            case Activation a -> a.withDims(out);
            case Constant c -> {
                if (!c.known()) {
                    yield new Constant(out, c.integral(), null);
                }
                long[] inStrides = Dims.strides(c.dims());
                long[] outStrides = Dims.strides(out);
                double[] v = new double[(int) Dims.product(out)];
                for (int flat = 0; flat < v.length; flat++) {
                    long src = 0;
                    for (int i = 0; i < out.length; i++) {
                        Range1 r = ranges[i];
                        src += (r.start() + (flat / outStrides[i]) % out[i] * r.step()) * inStrides[i];
                    }
                    v[flat] = c.values()[(int) src];
                }
                yield new Constant(out, c.integral(), v);
            }
        };
    }

    private static void split(OnnxNode node) {
        Value in = node.input(0);
        long[] dims = in.dims();
        int axis = Dims.axis(node.integer("axis", 0), dims.length, node);
        long[] sizes = node.intsFromAttributeOrInput("split", 1, 13);
        int parts = node.outputCount();
        if (sizes == null) {
            long n = node.has("num_outputs") ? node.integer("num_outputs", parts) : parts;
            long each = Math.ceilDiv(dims[axis], n);
            sizes = new long[(int) n];
            for (int i = 0; i < n; i++) {
                sizes[i] = Math.min(each, dims[axis] - i * each);
            }
        }
        if (Arrays.stream(sizes).sum() != dims[axis] || sizes.length != parts) {
            throw node.fail("split sizes " + Dims.text(sizes) + " do not cover axis " + axis + " of " + Dims.text(dims)
                    + " in " + parts + " outputs");
        }
        long offset = 0;
        for (int k = 0; k < parts; k++) {
            Range1[] ranges = new Range1[dims.length];
            for (int i = 0; i < dims.length; i++) {
                ranges[i] = i == axis ? new Range1(offset, 1, sizes[k]) : new Range1(0, 1, dims[i]);
            }
            node.set(k, take(in, ranges, node));
            offset += sizes[k];
        }
    }

    /** Gather: index selection; an embedding lookup (constant table, run-time indices) moves rows of the table. */
    private static Value gather(OnnxNode node) {
        Value data = node.input(0);
        Value indexValue = node.input(1);
        long[] dims = data.dims();
        int axis = Dims.axis(node.integer("axis", 0), dims.length, node);
        long[] indexDims = indexValue.dims();
        long[] out = new long[dims.length - 1 + indexDims.length];
        System.arraycopy(dims, 0, out, 0, axis);
        System.arraycopy(indexDims, 0, out, axis, indexDims.length);
        System.arraycopy(dims, axis + 1, out, axis + indexDims.length, dims.length - axis - 1);
        if (data instanceof Activation a) {
            return a.withDims(out);
        }
        if (indexValue instanceof Activation lookup) {
            return lookup.withDims(out);
        }
        Constant c = (Constant) data;
        Constant indices = (Constant) indexValue;
        if (!c.known() || !indices.known()) {
            return new Constant(out, c.integral(), null);
        }
        long outer = Dims.product(dims, 0, axis);
        long inner = Dims.product(dims, axis + 1, dims.length);
        long[] index = indices.longs();
        double[] v = new double[(int) Dims.product(out)];
        int k = 0;
        for (long o = 0; o < outer; o++) {
            for (long idx : index) {
                long j = idx < 0 ? idx + dims[axis] : idx;
                if (j < 0 || j >= dims[axis]) {
                    throw node.fail("index " + idx + " is out of range for axis of size " + dims[axis]);
                }
                for (long i = 0; i < inner; i++) {
                    v[k++] = c.values()[(int) ((o * dims[axis] + j) * inner + i)];
                }
            }
        }
        return new Constant(out, c.integral(), v);
    }

    private static Value shape(OnnxNode node) {
        long[] dims = node.input(0).dims();
        int rank = dims.length;
        long start = node.integer("start", 0);
        long end = node.integer("end", rank);
        int s = Math.clamp(start < 0 ? start + rank : start, 0, rank);
        int e = Math.clamp(end < 0 ? end + rank : end, 0, rank);
        return Constant.ints(Arrays.copyOfRange(dims, s, Math.max(s, e)));
    }

    private static Value constantOfShape(OnnxNode node) {
        long[] dims = node.knownInts(0);
        AttributeProto t = node.tensorAttribute("value");
        Constant fill = t == null ? new Constant(new long[] {1}, false, new double[] {0}) : TensorData.read(t.getT());
        long n = Dims.product(dims);
        double[] v = null;
        if (fill.known() && n <= Constant.MAX_FOLDED) {
            v = new double[(int) n];
            Arrays.fill(v, fill.values()[0]);
        }
        return new Constant(dims, fill.integral(), v);
    }

    private static Value range(OnnxNode node) {
        double start = node.knownValues(0)[0];
        double limit = node.knownValues(1)[0];
        double delta = node.knownValues(2)[0];
        if (delta == 0) {
            throw node.fail("delta is 0");
        }
        long n = Math.max((long) Math.ceil((limit - start) / delta), 0);
        double[] v = new double[(int) Math.min(n, Constant.MAX_FOLDED + 1L)];
        for (int i = 0; i < v.length; i++) {
            v[i] = start + i * delta;
        }
        return Constant.of(new long[] {n}, node.constant(0).integral(), v);
    }

    private static Value expand(OnnxNode node) {
        Value in = node.input(0);
        long[] out = Dims.broadcast(in.dims(), node.knownInts(1), node);
        return switch (in) {
            case Activation a -> a.withDims(out);
            case Constant c ->
                Constant.of(
                        out,
                        c.integral(),
                        c.known() && Dims.product(out) <= Constant.MAX_FOLDED ? Dims.expand(c, out) : null);
        };
    }

    private static Value tile(OnnxNode node) {
        Value in = node.input(0);
        long[] repeats = node.knownInts(1);
        long[] dims = in.dims();
        if (repeats.length != dims.length) {
            throw node.fail("repeats " + Dims.text(repeats) + " do not match rank " + dims.length);
        }
        long[] out = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = dims[i] * repeats[i];
        }
        return in instanceof Activation a ? a.withDims(out) : new Constant(out, ((Constant) in).integral(), null);
    }

    private static Value pad(OnnxNode node) {
        Value in = node.input(0);
        long[] dims = in.dims();
        long[] pads = node.intsFromAttributeOrInput("pads", 1, 11);
        if (pads == null) {
            throw node.fail("pads are missing");
        }
        long[] axes = node.opset() >= 18 && node.hasInput(3) ? node.knownInts(3) : null;
        int count = axes == null ? dims.length : axes.length;
        if (pads.length != 2 * count) {
            throw node.fail("pads " + Dims.text(pads) + " do not match " + count + " axes");
        }
        long[] out = dims.clone();
        for (int k = 0; k < count; k++) {
            int axis = axes == null ? k : Dims.axis(axes[k], dims.length, node);
            out[axis] += pads[k] + pads[k + count];
        }
        return in instanceof Activation a ? a.withDims(out) : new Constant(out, ((Constant) in).integral(), null);
    }

    private static Value where(OnnxNode node) {
        long[] out = Dims.broadcast(
                Dims.broadcast(node.input(0).dims(), node.input(1).dims(), node),
                node.input(2).dims(),
                node);
        for (int i = 0; i <= 2; i++) {
            if (node.input(i) instanceof Activation a) {
                return a.withDims(out);
            }
        }
        Constant cond = node.constant(0);
        Constant x = node.constant(1);
        Constant y = node.constant(2);
        if (!cond.known() || !x.known() || !y.known() || Dims.product(out) > Constant.MAX_FOLDED) {
            return new Constant(out, x.integral(), null);
        }
        double[] c = Dims.expand(cond, out);
        double[] a = Dims.expand(x, out);
        double[] b = Dims.expand(y, out);
        double[] v = new double[c.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = c[i] != 0 ? a[i] : b[i];
        }
        return new Constant(out, x.integral(), v);
    }

    private static Value compare(OnnxNode node) {
        DoubleBinaryOperator f = switch (node.op()) {
            case "Equal" -> (a, b) -> a == b ? 1 : 0;
            case "Less" -> (a, b) -> a < b ? 1 : 0;
            case "Greater" -> (a, b) -> a > b ? 1 : 0;
            case "LessOrEqual" -> (a, b) -> a <= b ? 1 : 0;
            case "GreaterOrEqual" -> (a, b) -> a >= b ? 1 : 0;
            case "And" -> (a, b) -> a != 0 && b != 0 ? 1 : 0;
            case "Or" -> (a, b) -> a != 0 || b != 0 ? 1 : 0;
            default -> (a, b) -> (a != 0) != (b != 0) ? 1 : 0;
        };
        return binary(node, f, true);
    }

    /**
     * An element-wise op of two inputs: folded when both are constants; an activation operand (a mask)
     * passes its producers through.
     */
    static Value binary(OnnxNode node, DoubleBinaryOperator f, boolean booleanResult) {
        Value a = node.input(0);
        Value b = node.input(1);
        long[] out = Dims.broadcast(a.dims(), b.dims(), node);
        if (a instanceof Activation act) {
            return act.withDims(out);
        }
        if (b instanceof Activation act) {
            return act.withDims(out);
        }
        Constant x = (Constant) a;
        Constant y = (Constant) b;
        boolean integral = booleanResult || (x.integral() && y.integral());
        if (!x.known() || !y.known() || Dims.product(out) > Constant.MAX_FOLDED) {
            return new Constant(out, integral, null);
        }
        double[] u = Dims.expand(x, out);
        double[] w = Dims.expand(y, out);
        double[] v = new double[u.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(u[i], w[i]);
            if (integral && !booleanResult) {
                v[i] = (long) v[i];
            }
        }
        return new Constant(out, integral, v);
    }

    /** An element-wise op of one input: folded on a known constant, passed through on an activation. */
    static Value unary(OnnxNode node, DoubleUnaryOperator f, boolean booleanResult) {
        Value in = node.input(0);
        if (in instanceof Constant c) {
            double[] v = c.known() ? Arrays.stream(c.values()).map(f).toArray() : null;
            return new Constant(c.dims(), booleanResult || c.integral(), v);
        }
        return in;
    }
}
