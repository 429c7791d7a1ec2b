package io.h2hdse.workload.onnx;

/**
 * One spatial axis of a convolution or pooling window, in the workload's terms: symmetric padding
 * chosen so that the floor formula {@code (in + 2·pad - span) / stride + 1} gives the output size ONNX
 * gives (with {@code auto_pad}, asymmetric padding attributes or {@code ceil_mode}).
 */
record Window(int kernel, int stride, int pad, int dilation, int out) {
    /**
     * The window of one axis of {@code node}.
     *
     * @param padBegin begin padding of this axis (its {@code pads} attribute entry)
     * @param padEnd   end padding of this axis
     */
    static Window of(
            OnnxNode node,
            long in,
            long kernel,
            long stride,
            long dilation,
            long padBegin,
            long padEnd,
            String autoPad,
            boolean ceilMode) {
        requirePositive(node, "kernel_shape", kernel);
        requirePositive(node, "strides", stride);
        requirePositive(node, "dilations", dilation);
        long span = dilation * (kernel - 1) + 1;
        long out;
        long total;
        switch (autoPad) {
            case "SAME_UPPER", "SAME_LOWER" -> {
                out = Math.ceilDiv(in, stride);
                total = Math.max((out - 1) * stride + span - in, 0);
            }
            case "VALID" -> {
                out = Math.ceilDiv(in - span + 1, stride);
                total = 0;
            }
            case "NOTSET", "" -> {
                total = padBegin + padEnd;
                long room = in + total - span;
                out = (ceilMode ? Math.ceilDiv(room, stride) : Math.floorDiv(room, stride)) + 1;
                if (ceilMode && (out - 1) * stride >= in + padBegin) {
                    out--;
                }
            }
            default -> throw node.fail("unknown auto_pad '" + autoPad + "'");
        }
        if (out <= 0) {
            throw node.fail("window " + kernel + " (dilation " + dilation + ") does not fit input size " + in);
        }
        for (long pad = total / 2; pad <= total / 2 + stride; pad++) {
            if (Math.floorDiv(in + 2 * pad - span, stride) + 1 == out) {
                return new Window(
                        Math.toIntExact(kernel),
                        Math.toIntExact(stride),
                        Math.toIntExact(pad),
                        Math.toIntExact(dilation),
                        Math.toIntExact(out));
            }
        }
        throw node.fail("padding " + padBegin + "+" + padEnd + " on input size " + in + " gives output " + out
                + ", which no symmetric padding gives");
    }

    /** A window attribute's entry that must be at least 1 (a stride of 0 would divide by zero). */
    static void requirePositive(OnnxNode node, String attribute, long value) {
        if (value <= 0) {
            throw node.fail(attribute + " must be positive, got " + value);
        }
    }

    /** The window of axis {@code axis} of a node with {@code spatial} spatial axes, from its attributes. */
    static Window axis(OnnxNode node, int axis, int spatial, long in, long kernel) {
        long[] strides = node.integers("strides");
        long[] dilations = node.integers("dilations");
        long[] pads = node.integers("pads");
        return of(
                node,
                in,
                kernel,
                strides == null ? 1 : strides[axis],
                dilations == null ? 1 : dilations[axis],
                pads == null ? 0 : pads[axis],
                pads == null ? 0 : pads[axis + spatial],
                node.text("auto_pad", "NOTSET"),
                node.integer("ceil_mode", 0) != 0);
    }
}
