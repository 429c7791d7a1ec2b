package io.h2hdse.workload.onnx;

/**
 * A tensor fixed before run time: an initializer, a {@code Constant} node or a folded shape
 * computation. {@code values} holds its elements in row-major order when they are known and small
 * (shape arithmetic), else null (weights: only their dims are ever read).
 *
 * @param integral whether its element type is an integer or boolean type (integer division truncates)
 */
record Constant(long[] dims, boolean integral, double[] values) implements Value {
    /** Largest constant whose values are computed; larger ones are weights, not shape arithmetic. */
    static final int MAX_FOLDED = 1 << 16;

    static Constant of(long[] dims, boolean integral, double[] values) {
        return new Constant(dims, integral, values != null && values.length <= MAX_FOLDED ? values : null);
    }

    static Constant ints(long... values) {
        double[] v = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            v[i] = values[i];
        }
        return new Constant(new long[] {values.length}, true, v);
    }

    boolean known() {
        return values != null;
    }

    long[] longs() {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (long) values[i];
        }
        return out;
    }
}
