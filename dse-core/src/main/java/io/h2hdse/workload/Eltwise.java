package io.h2hdse.workload;

/** Element-wise add or multiply of inputs that all have the layer's input shape. */
public record Eltwise(Mode mode) implements Op {
    public enum Mode {
        ADD,
        MUL
    }

    public Eltwise {
        if (mode == null) {
            throw new IllegalArgumentException("eltwise mode is required (add or mul)");
        }
    }

    @Override
    public OpKind kind() {
        return OpKind.ELTWISE;
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
        return 0;
    }
}
