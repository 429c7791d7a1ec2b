package io.h2hdse.workload;

/**
 * A (batched) matrix product {@code [B, M, K] × [K, N] → [B, M, N]}: input {@code (K, M, B)}, output
 * {@code (N, M, B)}, {@code B·M·K·N} MACs. Its second operand is either weights ({@code K·N} of them,
 * shared by the batch: a linear layer applied to every token) or another activation (attention's
 * {@code Q·Kᵀ} and {@code ·V}: no weights).
 */
public record MatMul(int outFeatures, Operand second) implements Op {
    /** What the second operand of the product is. */
    public enum Operand {
        WEIGHTS,
        ACTIVATION
    }

    public MatMul {
        Op.requirePositive("out_features", outFeatures);
        if (second == null) {
            throw new IllegalArgumentException("matmul second operand is required (weights or activation)");
        }
    }

    @Override
    public OpKind kind() {
        return OpKind.MATMUL;
    }

    @Override
    public Shape outputShape(Shape input) {
        return new Shape(outFeatures, input.height(), input.width());
    }

    @Override
    public long macs(Shape input) {
        return Math.multiplyExact(input.elements(), outFeatures);
    }

    @Override
    public long weightElements(Shape input) {
        return switch (second) {
            case WEIGHTS -> Math.multiplyExact((long) input.channels(), outFeatures);
            case ACTIVATION -> 0;
        };
    }
}
