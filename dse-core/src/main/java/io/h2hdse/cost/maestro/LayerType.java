package io.h2hdse.cost.maestro;

import java.util.List;

/**
 * The layer types the model costs, with the dimensions each tensor is indexed by, as MAESTRO's
 * {@code ConfigConvTensors} declares them. TRCONV is read as CONV (MAESTRO ignores its inner stride),
 * FC is written as a 1x1 CONV. NGCONV is MAESTRO's grouped convolution: its output is indexed by C as
 * well, so only R and S are reduced. A GEMM multiplies an M x K input by a K x N filter.
 */
public enum LayerType {
    CONV,
    DSCONV,
    NGCONV,
    GEMM;

    List<Dim> inputDims(boolean batched) {
        return switch (this) {
            case CONV, DSCONV -> batched ? List.of(Dim.N, Dim.C, Dim.Y, Dim.X) : List.of(Dim.C, Dim.Y, Dim.X);
            case NGCONV -> batched ? List.of(Dim.N, Dim.G, Dim.C, Dim.Y, Dim.X) : List.of(Dim.G, Dim.C, Dim.Y, Dim.X);
            case GEMM -> List.of(Dim.M, Dim.K);
        };
    }

    List<Dim> filterDims() {
        return switch (this) {
            case CONV -> List.of(Dim.K, Dim.C, Dim.R, Dim.S);
            case DSCONV -> List.of(Dim.C, Dim.R, Dim.S);
            case NGCONV -> List.of(Dim.G, Dim.K, Dim.C, Dim.R, Dim.S);
            case GEMM -> List.of(Dim.K, Dim.N);
        };
    }

    List<Dim> outputDims(boolean batched) {
        return switch (this) {
            case CONV -> batched ? List.of(Dim.N, Dim.K, Dim.Y, Dim.X) : List.of(Dim.K, Dim.Y, Dim.X);
            case DSCONV -> batched ? List.of(Dim.N, Dim.C, Dim.Y, Dim.X) : List.of(Dim.C, Dim.Y, Dim.X);
            case NGCONV ->
                batched
                        ? List.of(Dim.N, Dim.G, Dim.K, Dim.C, Dim.Y, Dim.X)
                        : List.of(Dim.G, Dim.K, Dim.C, Dim.Y, Dim.X);
            case GEMM -> List.of(Dim.M, Dim.N);
        };
    }

    /** A convolution slides R over Y and S over X; a GEMM has no windows. */
    boolean convolution() {
        return this != GEMM;
    }
}
