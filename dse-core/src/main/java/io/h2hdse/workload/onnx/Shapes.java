package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Shape;

/**
 * ONNX dims as a workload {@link Shape} (channels × height × width) for layers that see a tensor as a
 * whole: {@code [N, C, H, W]} with {@code N = 1} is {@code (C, H, W)}; a token matrix {@code [B, T, D]}
 * is {@code (D, T, B)} and {@code [T, D]} is {@code (D, T, 1)}, as the workload writes sequences; a
 * vector {@code [D]} is {@code (D, 1, 1)}; higher ranks fold their leading axes into the channels.
 */
final class Shapes {
    private Shapes() {}

    static Shape of(long[] dims, OnnxNode node) {
        int r = dims.length;
        return switch (r) {
            case 0 -> shape(1, 1, 1, node);
            case 1 -> shape(dims[0], 1, 1, node);
            case 2 -> shape(dims[1], dims[0], 1, node);
            case 3 -> shape(dims[2], dims[1], dims[0], node);
            default -> shape(Dims.product(dims, 0, r - 2), dims[r - 2], dims[r - 1], node);
        };
    }

    /** An image tensor {@code [1, C, H, W]} or {@code [1, C, L]} (a 1-D signal: {@code (C, L, 1)}). */
    static Shape image(long[] dims, OnnxNode node) {
        if (dims.length != 3 && dims.length != 4) {
            throw node.fail("expects a [N, C, H, W] or [N, C, L] input, got " + Dims.text(dims));
        }
        requireBatchOne(dims, node);
        return shape(dims[1], dims[2], dims.length == 4 ? dims[3] : 1, node);
    }

    static void requireBatchOne(long[] dims, OnnxNode node) {
        if (dims[0] != 1) {
            throw node.fail(
                    "batch size " + dims[0] + " in " + Dims.text(dims) + ": workloads are one inference (batch 1)");
        }
    }

    static Shape shape(long c, long h, long w, OnnxNode node) {
        if (c <= 0 || h <= 0 || w <= 0 || c > Integer.MAX_VALUE || h > Integer.MAX_VALUE || w > Integer.MAX_VALUE) {
            throw node.fail("tensor " + c + "x" + h + "x" + w + " is empty or too large");
        }
        return new Shape((int) c, (int) h, (int) w);
    }
}
