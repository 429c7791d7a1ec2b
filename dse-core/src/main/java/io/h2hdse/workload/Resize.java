package io.h2hdse.workload;

/** Spatial resize (upsampling or downsampling) to {@code outHeight × outWidth}; one operation per output element. */
public record Resize(int outHeight, int outWidth) implements Op {
    public Resize {
        Op.requirePositive("out_height", outHeight);
        Op.requirePositive("out_width", outWidth);
    }

    @Override
    public OpKind kind() {
        return OpKind.RESIZE;
    }

    @Override
    public Shape outputShape(Shape input) {
        return new Shape(input.channels(), outHeight, outWidth);
    }

    @Override
    public long macs(Shape input) {
        return outputShape(input).elements();
    }

    @Override
    public long weightElements(Shape input) {
        return 0;
    }
}
