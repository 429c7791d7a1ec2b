package io.h2hdse.workload;

/**
 * 2-D convolution with stride, padding, dilation and groups: depthwise convolution is
 * {@code groups == input channels == output channels}.
 */
public record Conv(
        int outChannels,
        int kernelH,
        int kernelW,
        int strideH,
        int strideW,
        int padH,
        int padW,
        int dilation,
        int groups)
        implements Op {
    public Conv {
        Op.requirePositive("out_channels", outChannels);
        Op.requirePositive("kernel", kernelH);
        Op.requirePositive("kernel", kernelW);
        Op.requirePositive("stride", strideH);
        Op.requirePositive("stride", strideW);
        Op.requireNonNegative("padding", padH);
        Op.requireNonNegative("padding", padW);
        Op.requirePositive("dilation", dilation);
        Op.requirePositive("groups", groups);
        if (outChannels % groups != 0) {
            throw new IllegalArgumentException("out_channels " + outChannels + " is not divisible by groups " + groups);
        }
    }

    /** Square kernel, same stride and padding in both directions, no dilation, one group. */
    public static Conv square(int outChannels, int kernel, int stride, int padding) {
        return new Conv(outChannels, kernel, kernel, stride, stride, padding, padding, 1, 1);
    }

    public static Conv depthwise(int channels, int kernel, int stride, int padding) {
        return new Conv(channels, kernel, kernel, stride, stride, padding, padding, 1, channels);
    }

    public Conv withGroups(int newGroups) {
        return new Conv(outChannels, kernelH, kernelW, strideH, strideW, padH, padW, dilation, newGroups);
    }

    @Override
    public OpKind kind() {
        return OpKind.CONV;
    }

    public boolean isDepthwise(Shape input) {
        return groups > 1 && groups == input.channels() && groups == outChannels;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.channels() % groups != 0) {
            throw new IllegalArgumentException(
                    "input channels " + input.channels() + " are not divisible by groups " + groups);
        }
        int outH = outputSize(input.height(), kernelH, strideH, padH);
        int outW = outputSize(input.width(), kernelW, strideW, padW);
        if (outH <= 0 || outW <= 0) {
            throw new IllegalArgumentException("kernel " + kernelH + "x" + kernelW + " does not fit input " + input);
        }
        return new Shape(outChannels, outH, outW);
    }

    private int outputSize(int in, int kernel, int stride, int pad) {
        int span = dilation * (kernel - 1) + 1;
        return Math.toIntExact(Math.floorDiv((long) in + 2L * pad - span, stride) + 1);
    }

    @Override
    public long macs(Shape input) {
        Shape out = outputShape(input);
        return Math.multiplyExact((long) out.height() * out.width(), weightElements(input));
    }

    @Override
    public long weightElements(Shape input) {
        return Math.multiplyExact((long) outChannels * (input.channels() / groups), (long) kernelH * kernelW);
    }
}
