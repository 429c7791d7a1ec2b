package io.h2hdse.cost.maestro;

import java.util.List;

/** MAESTRO layers that together compute one workload layer, run back to back. */
record MappedLayers(List<Part> parts) implements MaestroWork {
    MappedLayers {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a mapped layer needs at least one MAESTRO layer");
        }
        parts = List.copyOf(parts);
    }

    static MappedLayers of(MaestroLayer layer, int repeats) {
        return new MappedLayers(List.of(new Part(layer, repeats)));
    }

    /** A MAESTRO layer and how many times it runs for the workload layer. */
    record Part(MaestroLayer layer, int repeats) {
        Part {
            if (repeats <= 0) {
                throw new IllegalArgumentException("repeats must be positive, got " + repeats);
            }
        }
    }
}
