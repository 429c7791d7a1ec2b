package io.h2hdse.cost.maestro;

import java.util.List;

/**
 * The layer types the model costs, with the dimensions each tensor is indexed by. TRCONV is read as
 * CONV (MAESTRO ignores its inner stride), FC is written as a 1x1 CONV.
 */
public enum LayerType {
    CONV, DSCONV;

    List<Dim> inputDims(boolean batched) {
        return batched ? List.of(Dim.N, Dim.C, Dim.Y, Dim.X) : List.of(Dim.C, Dim.Y, Dim.X);
    }

    List<Dim> filterDims() {
        return this == CONV ? List.of(Dim.K, Dim.C, Dim.R, Dim.S) : List.of(Dim.C, Dim.R, Dim.S);
    }

    List<Dim> outputDims(boolean batched) {
        Dim channel = this == CONV ? Dim.K : Dim.C;
        return batched ? List.of(Dim.N, channel, Dim.Y, Dim.X) : List.of(channel, Dim.Y, Dim.X);
    }
}
