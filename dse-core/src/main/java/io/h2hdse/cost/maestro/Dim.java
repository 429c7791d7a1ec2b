package io.h2hdse.cost.maestro;

import java.util.Optional;

/**
 * The loop dimensions a MAESTRO layer and dataflow talk about, spelled as in {@code .m} files.
 * Convolutions use N (batch), G (groups), K, C, R, S, Y, X; a GEMM uses M, N and K.
 * {@code Y'} and {@code X'} are the output rows and columns; everywhere else the model is input-centric.
 */
public enum Dim {
    N("N"),
    K("K"),
    C("C"),
    R("R"),
    S("S"),
    Y("Y"),
    X("X"),
    Y_OUT("Y'"),
    X_OUT("X'"),
    /** Groups of a grouped convolution (NGCONV). */
    G("G"),
    /** Rows of a GEMM's input and output (a GEMM is M x K times K x N; its N is not a batch). */
    M("M");

    static final int COUNT = values().length;

    private final String token;

    Dim(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<Dim> parse(String token) {
        for (Dim dim : values()) {
            if (dim.token.equals(token)) {
                return Optional.of(dim);
            }
        }
        return Optional.empty();
    }

    /** The filter dimension that slides along this input dimension (Y with R, X with S), or null. */
    Dim slidingPartner() {
        return switch (this) {
            case Y -> R;
            case X -> S;
            default -> null;
        };
    }

    /** The output dimension of an input row/column dimension, or null. */
    Dim outputDim() {
        return switch (this) {
            case Y -> Y_OUT;
            case X -> X_OUT;
            default -> null;
        };
    }

    /** The input dimension of an output dimension, or null. */
    Dim inputDim() {
        return switch (this) {
            case Y_OUT -> Y;
            case X_OUT -> X;
            default -> null;
        };
    }
}
