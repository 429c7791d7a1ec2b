package io.h2hdse.workload.onnx;

import java.util.Arrays;

/** Arithmetic on ONNX dims (row-major, batch first). */
final class Dims {
    private Dims() {}

    static long product(long[] dims) {
        long p = 1;
        for (long d : dims) {
            p = Math.multiplyExact(p, d);
        }
        return p;
    }

    static long product(long[] dims, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p = Math.multiplyExact(p, dims[i]);
        }
        return p;
    }

    /** An axis attribute in {@code [-rank, rank)} as an index. */
    static int axis(long axis, int rank, OnnxNode node) {
        long a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw node.fail("axis " + axis + " is out of range for rank " + rank);
        }
        return (int) a;
    }

    /** Numpy broadcasting of two shapes. */
    static long[] broadcast(long[] a, long[] b, OnnxNode node) {
        int rank = Math.max(a.length, b.length);
        long[] out = new long[rank];
        for (int i = 0; i < rank; i++) {
            long x = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long y = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (x != y && x != 1 && y != 1) {
                throw node.fail("shapes " + text(a) + " and " + text(b) + " do not broadcast");
            }
            out[i] = x == 1 ? y : x;
        }
        return out;
    }

    /** Row-major strides of {@code dims}. */
    static long[] strides(long[] dims) {
        long[] s = new long[dims.length];
        long step = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            s[i] = step;
            step *= dims[i];
        }
        return s;
    }

    /** The values of {@code c} broadcast to {@code out} dims (which {@code c} broadcasts to). */
    static double[] expand(Constant c, long[] out) {
        int n = (int) product(out);
        if (Arrays.equals(c.dims(), out)) {
            return c.values();
        }
        long[] inDims = c.dims();
        long[] inStrides = strides(inDims);
        long[] outStrides = strides(out);
        int offset = out.length - inDims.length;
        double[] v = new double[n];
        for (int flat = 0; flat < n; flat++) {
            long src = 0;
            for (int i = 0; i < inDims.length; i++) {
                long coordinate = (flat / outStrides[i + offset]) % out[i + offset];
                src += (inDims[i] == 1 ? 0 : coordinate) * inStrides[i];
            }
            v[flat] = c.values()[(int) src];
        }
        return v;
    }

    static String text(long[] dims) {
        return Arrays.toString(dims);
    }
}
