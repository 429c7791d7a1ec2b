package io.h2hdse.workload;

/**
 * One GRU layer over a sequence. Input {@code (input size, sequence length, 1)}, output
 * {@code (hidden size, sequence length, 1)}; three gates, so {@code 3·H·(H + I)} weights.
 */
public record Gru(int hiddenSize) implements Op {
    public Gru {
        Op.requirePositive("hidden_size", hiddenSize);
    }

    @Override
    public OpKind kind() {
        return OpKind.GRU;
    }

    @Override
    public Shape outputShape(Shape input) {
        Lstm.requireSequence(input, "gru");
        return new Shape(hiddenSize, input.height(), 1);
    }

    @Override
    public long macs(Shape input) {
        Lstm.requireSequence(input, "gru");
        return Math.multiplyExact(input.height(), weightElements(input));
    }

    @Override
    public long weightElements(Shape input) {
        return Math.multiplyExact(3L * hiddenSize, (long) hiddenSize + input.channels());
    }
}
