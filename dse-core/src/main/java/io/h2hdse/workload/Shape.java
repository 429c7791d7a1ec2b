package io.h2hdse.workload;

/**
 * An activation tensor of one inference (batch 1): channels × height × width. Sequences are
 * (features, time steps, 1) and token matrices (model dimension, tokens, 1).
 */
public record Shape(int channels, int height, int width) {
    public Shape {
        if (channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException(
                    "shape dimensions must be positive, got " + describe(channels, height, width));
        }
    }

    public static Shape of(int channels, int height, int width) {
        return new Shape(channels, height, width);
    }

    public long elements() {
        return Math.multiplyExact((long) channels * height, width);
    }

    public boolean sameSpatial(Shape other) {
        return height == other.height && width == other.width;
    }

    @Override
    public String toString() {
        return describe(channels, height, width);
    }

    private static String describe(int c, int h, int w) {
        return c + "x" + h + "x" + w;
    }
}
