package io.h2hdse.workload;

/**
 * What a layer computes. Each operator knows its output shape, MACs and weight count for a given
 * input shape, and rejects an input it cannot take with an {@link IllegalArgumentException} whose
 * message says why.
 */
public sealed interface Op
        permits Conv, FullyConnected, MatMul, Pool, Eltwise, Concat, Lstm, Gru, Attention, Softmax, Norm, Resize {
    OpKind kind();

    Shape outputShape(Shape input);

    long macs(Shape input);

    long weightElements(Shape input);

    static void requirePositive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }

    static void requireNonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
    }
}
