package io.h2hdse.cost.maestro;

import io.h2hdse.workload.Workload;

import java.util.Map;

/**
 * A workload read from a MAESTRO {@code .m} network file, with each layer's Dataflow block (after
 * MAESTRO's rule that a layer without one reuses the previous layer's) by layer name.
 */
public record MaestroModel(Workload workload, Map<String, Dataflow> dataflows) {
    public MaestroModel {
        dataflows = Map.copyOf(dataflows);
    }
}
