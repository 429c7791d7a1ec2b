package io.h2hdse.h2hcase;

import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Workload;

import java.util.List;
import java.util.Optional;

/**
 * A case in the H2H release's reference format ({@code h2h-ref-case/1}).
 *
 * @param name      the case id
 * @param workload  its layers (ids in topological order, which is not the release's node order)
 * @param system    its FPGA tile accelerators, in case order, with the release's execution options
 * @param nodeOrder layer names in the release's graph-node order: modality order, then layer order
 * @param edges     every data edge in the release's insertion order: all chain edges, modality by
 *                  modality, then the fusion edges in file order
 * @param expected  what the release computed, when the file has it
 */
public record ReferenceCase(
        String name,
        Workload workload,
        SystemSpec system,
        List<String> nodeOrder,
        List<Edge> edges,
        Optional<ReferenceExpected> expected) {
    /** A data edge between two layers, by name. */
    public record Edge(String from, String to) {}

    public ReferenceCase {
        nodeOrder = List.copyOf(nodeOrder);
        edges = List.copyOf(edges);
    }
}
