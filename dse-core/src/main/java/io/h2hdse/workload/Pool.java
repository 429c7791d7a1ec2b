package io.h2hdse.workload;

/** Max or average pooling; MACs count one operation per window element. No weights. */
public record Pool(Mode mode, int kernel, int stride, int padding) implements Op {
    public enum Mode { MAX, AVG }

    public Pool {
        if (mode == null) {
            throw new IllegalArgumentException("pool mode is required (max or avg)");
        }
        Op.requirePositive("kernel", kernel);
        Op.requirePositive("stride", stride);
        Op.requireNonNegative("padding", padding);
    }

    @Override
    public OpKind kind() {
        return OpKind.POOL;
    }

    @Override
    public Shape outputShape(Shape input) {
        int outH = Math.floorDiv(input.height() + 2 * padding - kernel, stride) + 1;
        int outW = Math.floorDiv(input.width() + 2 * padding - kernel, stride) + 1;
        if (outH <= 0 || outW <= 0) {
            throw new IllegalArgumentException("pool window " + kernel + " does not fit input " + input);
        }
        return new Shape(input.channels(), outH, outW);
    }

    @Override
    public long macs(Shape input) {
        return Math.multiplyExact(outputShape(input).elements(), (long) kernel * kernel);
    }

    @Override
    public long weightElements(Shape input) {
        return 0;
    }
}
