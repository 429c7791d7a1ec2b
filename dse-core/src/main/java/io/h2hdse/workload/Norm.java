package io.h2hdse.workload;

/**
 * A normalization computed at run time (layer, group or instance norm): each element is centred and
 * scaled by statistics of its group; one operation per element. Its per-channel scale and shift
 * ({@code 2·C} values) are its weights. Batch norm at inference is a fixed affine map and is folded
 * into the layer before it instead.
 */
public record Norm() implements Op {
    @Override
    public OpKind kind() {
        return OpKind.NORM;
    }

    @Override
    public Shape outputShape(Shape input) {
        return input;
    }

    @Override
    public long macs(Shape input) {
        return input.elements();
    }

    @Override
    public long weightElements(Shape input) {
        return 2L * input.channels();
    }
}
