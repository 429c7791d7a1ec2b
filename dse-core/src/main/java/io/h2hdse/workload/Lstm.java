package io.h2hdse.workload;

/**
 * One LSTM layer over a sequence. Input {@code (input size, sequence length, 1)}, output
 * {@code (hidden size, sequence length, 1)}; four gates, so {@code 4·H·(H + I)} weights.
 */
public record Lstm(int hiddenSize) implements Op {
    public Lstm {
        Op.requirePositive("hidden_size", hiddenSize);
    }

    @Override
    public OpKind kind() {
        return OpKind.LSTM;
    }

    @Override
    public Shape outputShape(Shape input) {
        requireSequence(input, "lstm");
        return new Shape(hiddenSize, input.height(), 1);
    }

    @Override
    public long macs(Shape input) {
        requireSequence(input, "lstm");
        return Math.multiplyExact(input.height(), weightElements(input));
    }

    @Override
    public long weightElements(Shape input) {
        return Math.multiplyExact(4L * hiddenSize, (long) hiddenSize + input.channels());
    }

    static void requireSequence(Shape input, String op) {
        if (input.width() != 1) {
            throw new IllegalArgumentException(op + " input must be (input_size, sequence_length, 1), got " + input);
        }
    }
}
