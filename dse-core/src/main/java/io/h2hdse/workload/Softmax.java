package io.h2hdse.workload;

/** Softmax over the channels of each position; one operation per element, no weights. */
public record Softmax() implements Op {
    @Override
    public OpKind kind() {
        return OpKind.SOFTMAX;
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
