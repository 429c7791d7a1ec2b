package io.h2hdse.cost.maestro;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Which dimensions index each tensor of a layer. */
record TensorDims(Dim[] input, Dim[] filter, Dim[] output) {
    static TensorDims of(LayerType type, boolean batched) {
        return new TensorDims(
                type.inputDims(batched).toArray(Dim[]::new),
                type.filterDims().toArray(Dim[]::new),
                type.outputDims(batched).toArray(Dim[]::new));
    }

    Dim[] of(TensorKind tensor) {
        return switch (tensor) {
            case INPUT -> input;
            case FILTER -> filter;
            case OUTPUT -> output;
        };
    }

    /**
     * The dimensions of the input and filter tensors, in the order MAESTRO appends unrolled
     * directives for them: sorted by their spelling.
     */
    List<Dim> readDimsBySpelling() {
        TreeSet<Dim> dims = new TreeSet<>(Comparator.comparing(Dim::token));
        dims.addAll(List.of(input));
        dims.addAll(List.of(filter));
        return List.copyOf(dims);
    }

    boolean reads(Dim dim) {
        return contains(input, dim) || contains(filter, dim);
    }

    static boolean contains(Dim[] dims, Dim dim) {
        for (Dim d : dims) {
            if (d == dim) {
                return true;
            }
        }
        return false;
    }
}
