package io.h2hdse.workload;

/**
 * Max or average pooling over a {@code kernelH × kernelW} window; MACs count one operation per
 * window element. No weights. A reduction over one axis (an imported {@code ReduceMean}) is a pool
 * whose window spans that axis.
 */
public record Pool(Mode mode, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) implements Op {
    public enum Mode {
        MAX,
        AVG
    }

    public Pool {
        if (mode == null) {
            throw new IllegalArgumentException("pool mode is required (max or avg)");
        }
        Op.requirePositive("kernel", kernelH);
        Op.requirePositive("kernel", kernelW);
        Op.requirePositive("stride", strideH);
        Op.requirePositive("stride", strideW);
        Op.requireNonNegative("padding", padH);
        Op.requireNonNegative("padding", padW);
    }

    /** Square window, same stride and padding in both directions. */
    public Pool(Mode mode, int kernel, int stride, int padding) {
        this(mode, kernel, kernel, stride, stride, padding, padding);
    }

    @Override
    public OpKind kind() {
        return OpKind.POOL;
    }

    @Override
    public Shape outputShape(Shape input) {
        int outH = Math.floorDiv(input.height() + 2 * padH - kernelH, strideH) + 1;
        int outW = Math.floorDiv(input.width() + 2 * padW - kernelW, strideW) + 1;
        if (outH <= 0 || outW <= 0) {
            throw new IllegalArgumentException(
                    "pool window " + kernelH + "x" + kernelW + " does not fit input " + input);
        }
        return new Shape(input.channels(), outH, outW);
    }

    @Override
    public long macs(Shape input) {
        return Math.multiplyExact(outputShape(input).elements(), (long) kernelH * kernelW);
    }

    @Override
    public long weightElements(Shape input) {
        return 0;
    }
}
