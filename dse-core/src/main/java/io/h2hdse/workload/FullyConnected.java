package io.h2hdse.workload;

/** Fully connected (GEMM) layer: the input is flattened, the output is {@code outFeatures × 1 × 1}. */
public record FullyConnected(int outFeatures) implements Op {
    public FullyConnected {
        Op.requirePositive("out_features", outFeatures);
    }

    @Override
    public OpKind kind() {
        return OpKind.FC;
    }

    @Override
    public Shape outputShape(Shape input) {
        return new Shape(outFeatures, 1, 1);
    }

    @Override
    public long macs(Shape input) {
        return weightElements(input);
    }

    @Override
    public long weightElements(Shape input) {
        return Math.multiplyExact(input.elements(), outFeatures);
    }
}
