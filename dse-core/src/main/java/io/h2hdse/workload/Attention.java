package io.h2hdse.workload;

/**
 * Multi-head self-attention over tokens (the MATMUL kind of transformer-style heads). Input and
 * output are {@code (model dim D, tokens T, 1)}. Q, K, V and output projections hold {@code 4·D²}
 * weights and cost {@code 4·T·D²} MACs; the score and context products add {@code 2·T²·D}.
 */
public record Attention(int heads) implements Op {
    public Attention {
        Op.requirePositive("heads", heads);
    }

    @Override
    public OpKind kind() {
        return OpKind.ATTENTION;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (input.width() != 1) {
            throw new IllegalArgumentException("attention input must be (model_dim, tokens, 1), got " + input);
        }
        if (input.channels() % heads != 0) {
            throw new IllegalArgumentException(
                    "model dimension " + input.channels() + " is not divisible by heads " + heads);
        }
        return input;
    }

    @Override
    public long macs(Shape input) {
        outputShape(input);
        long d = input.channels();
        long t = input.height();
        return Math.addExact(
                Math.multiplyExact(Math.multiplyExact(4 * t, d), d),
                Math.multiplyExact(Math.multiplyExact(2 * t, t), d));
    }

    @Override
    public long weightElements(Shape input) {
        long d = input.channels();
        return Math.multiplyExact(4 * d, d);
    }
}
