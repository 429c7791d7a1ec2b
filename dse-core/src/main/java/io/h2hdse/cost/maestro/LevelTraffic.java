package io.h2hdse.cost.maestro;

import io.h2hdse.cost.maestro.IterationCases.Case;
import io.h2hdse.cost.maestro.IterationState.Position;

/**
 * Data movement of one cluster level in one iteration case: what its sub-clusters receive (ingress,
 * with temporal reuse of stationary tensors and sliding-window halos, and spatial reuse by multicast),
 * what they send back (egress, with spatial reduction), and how many MACs they do. Tile sizes come from
 * the level's static tables, states from the case.
 */
final class LevelTraffic {
    private final ClusterLevel level;
    private final TensorDims tensors;
    /** coupled[tensor][directive]: the tensor is indexed by the directive's dimension. */
    private final boolean[][] coupled;

    LevelTraffic(ClusterLevel level, TensorDims tensors) {
        this.level = level;
        this.tensors = tensors;
        TensorKind[] all = TensorKind.values();
        this.coupled = new boolean[all.length][level.directives.length];
        for (TensorKind tensor : all) {
            for (int i = 0; i < level.directives.length; i++) {
                coupled[tensor.ordinal()][i] = TensorDims.contains(tensors.of(tensor), level.directives[i].dim());
            }
        }
    }

    /**
     * A sub-cluster's role in a case: the first one (which holds the full tile while the others hold
     * only what they add), or another; partial when it is the last active one of a partial spatial fold
     * with a partial tile (MAESTRO's "sp-edge-edge").
     */
    enum Pe {
        FIRST,
        FIRST_PARTIAL,
        OTHER,
        OTHER_PARTIAL;

        boolean first() {
            return this == FIRST || this == FIRST_PARTIAL;
        }

        boolean partial() {
            return this == FIRST_PARTIAL || this == OTHER_PARTIAL;
        }
    }

    /** What a sub-cluster's output volume counts. */
    enum Count {
        /** Output elements (results or partial sums) sent up. */
        OUTPUTS,
        /** MACs: the output tile times the extents of the reduction loops. */
        MACS,
        /**
         * MACs as MAESTRO sums them over a level: a partial sub-cluster of a partial first fold counts
         * its whole edge tile, not only the elements it adds.
         */
        MACS_WHOLE_EDGE_TILE;

        boolean reductionLoops() {
            return this != OUTPUTS;
        }
    }

    @FunctionalInterface
    private interface PerSubCluster {
        long volume(Pe pe);
    }

    /** Elements sent from this level's buffer to its sub-clusters for an input or filter tensor. */
    long ingress(TensorKind tensor, Case c) {
        SpatialView view = spatialView(tensor, c);
        return overActiveSubClusters(view.mapped, view.edge, view.edgeEdge, pe -> peIngress(tensor, c, pe));
    }

    /** Output elements (results or partial sums) sent up; outputs shared by sub-clusters count once. */
    long egress(Case c) {
        SpatialView view = spatialView(TensorKind.OUTPUT, c);
        return overActiveSubClusters(view.mapped, view.edge, view.edgeEdge, pe -> peEgress(c, Count.OUTPUTS, pe));
    }

    /** MACs one sub-cluster does in this case: the critical path. */
    long criticalPathMacs(Case c) {
        SpatialView view = spatialView(TensorKind.OUTPUT, c);
        boolean partial = view.mapped && view.edge && level.edgeSubClusters == 1 && view.edgeEdge;
        return peEgress(c, Count.MACS, partial ? Pe.FIRST_PARTIAL : Pe.FIRST);
    }

    /** MACs over all active sub-clusters in this case: each does the first one's, the partial one its edge tile. */
    long levelMacs(Case c) {
        boolean edge = spatialView(TensorKind.OUTPUT, c).edge;
        IterationState last = null;
        for (int i = 0; i < level.directives.length; i++) {
            if (level.directives[i].isSpatial()) {
                last = c.states()[i];
                edge |= last.isEdge();
            }
        }
        return overActiveSubClusters(true, edge, last.spatialEdgeEdge(), pe -> switch (pe) {
            case FIRST, OTHER -> peEgress(c, Count.MACS, Pe.FIRST);
            case FIRST_PARTIAL -> peEgress(c, Count.MACS, Pe.FIRST_PARTIAL);
            case OTHER_PARTIAL -> peEgress(c, Count.MACS_WHOLE_EDGE_TILE, Pe.OTHER_PARTIAL);
        });
    }

    /**
     * A per-sub-cluster volume summed over the sub-clusters active in a case: one copy when the
     * tensor is not spatially mapped (multicast), all sub-clusters in a full fold, and in a partial
     * fold the first, the full others and the partial last one.
     */
    private long overActiveSubClusters(boolean mapped, boolean edge, boolean edgeEdge, PerSubCluster perSubCluster) {
        if (!mapped) {
            return perSubCluster.volume(Pe.FIRST);
        }
        if (!edge) {
            return perSubCluster.volume(Pe.FIRST) + (long) (level.subClusters - 1) * perSubCluster.volume(Pe.OTHER);
        }
        int active = level.edgeSubClusters;
        long total = perSubCluster.volume(active == 1 && edgeEdge ? Pe.FIRST_PARTIAL : Pe.FIRST);
        if (active > 1) {
            int partial = edgeEdge ? 1 : 0;
            int full = Math.max(active - partial - 1, 0);
            total += full * perSubCluster.volume(Pe.OTHER) + partial * perSubCluster.volume(Pe.OTHER_PARTIAL);
        }
        return total;
    }

    /** One sub-cluster's full tile of a tensor: the per-PE buffer need at the bottom level. */
    long mappedVolume(TensorKind tensor) {
        long volume = 1;
        for (Dim dim : tensors.of(tensor)) {
            if (level.directive(dim) != null) {
                volume *= level.mapped[dim.ordinal()];
            }
        }
        return volume;
    }

    /** The dimension table a sub-cluster sees in this case: the tile sizes, edge-sized where partial. */
    int[] subClusterDims(Case c, boolean edgeEdgeSubCluster) {
        int[] dims = new int[Dim.COUNT];
        for (int i = 0; i < level.directives.length; i++) {
            Directive directive = level.directives[i];
            IterationState state = c.states()[i];
            int v = directive.dim().ordinal();
            boolean useEdge;
            if (directive.kind() == Directive.Kind.TEMPORAL) {
                useEdge = state.isEdge();
            } else {
                boolean partialFold = state.position() == Position.EDGE || (state.isInit() && state.isEdge());
                useEdge = partialFold && (level.edgeSubClusters == 1 || edgeEdgeSubCluster);
            }
            dims[v] = useEdge ? level.mappedEdge[v] : level.mapped[v];
        }
        for (Directive directive : level.directives) {
            Dim out = directive.dim().outputDim();
            if (out != null) {
                dims[out.ordinal()] = dims[directive.dim().ordinal()]
                        - dims[directive.dim().slidingPartner().ordinal()]
                        + 1;
            }
        }
        return dims;
    }

    private record SpatialView(boolean mapped, boolean edge, boolean edgeEdge) {}

    private SpatialView spatialView(TensorKind tensor, Case c) {
        boolean mapped = false;
        boolean edge = false;
        boolean edgeEdge = false;
        for (Dim dim : tensors.of(tensor)) {
            int i = level.directiveOf[dim.ordinal()];
            if (i >= 0 && level.directives[i].isSpatial()) {
                IterationState state = c.states()[i];
                mapped = true;
                edge |= state.isEdge();
                edgeEdge = state.spatialEdgeEdge();
            }
        }
        return new SpatialView(mapped, edge, edgeEdge);
    }

    /** Index of the innermost directive not at its first iteration, or -1 in the all-Init case. */
    private static int changingDirective(Case c) {
        int changing = -1;
        IterationState[] states = c.states();
        for (int i = 0; i < states.length; i++) {
            if (!states[i].isInit()) {
                changing = i;
            }
        }
        return changing;
    }

    private long peIngress(TensorKind tensor, Case c, Pe pe) {
        boolean firstPe = pe.first();
        boolean edgeEdgePe = pe.partial();
        int changing = changingDirective(c);
        if (changing < 0) {
            return peMapped(tensor, c, pe);
        }
        boolean[] isCoupled = coupled[tensor.ordinal()];
        IterationState[] states = c.states();
        // A coupled loop below the changing one restarting from its first iteration means the whole
        // tile is refetched: no sliding-window reuse.
        boolean restarted = false;
        for (int i = changing + 1; i < states.length; i++) {
            if (isCoupled[i] && states[i].isInit() && !states[i].unrolled()) {
                restarted = true;
                break;
            }
        }
        if (!isCoupled[changing]) {
            return 0;
        }
        long volume = 1;
        for (int i = 0; i < states.length; i++) {
            if (!isCoupled[i]) {
                continue;
            }
            int v = level.directives[i].dim().ordinal();
            IterationState state = states[i];
            boolean changingHere = i == changing && !restarted;
            if (level.directives[i].kind() == Directive.Kind.TEMPORAL) {
                if (state.isInit()) {
                    volume *= state.isEdge() ? level.mappedEdge[v] : level.mapped[v];
                } else {
                    volume *= changingHere ? Math.max(level.unique[v], 1) : level.mapped[v];
                }
            } else {
                boolean full = firstPe || (state.isInit() ? i <= changing : !changingHere);
                if (full) {
                    volume *= edgeEdgePe ? level.mappedEdge[v] : level.mapped[v];
                } else {
                    volume *= edgeEdgePe ? level.uniqueEdge[v] : level.unique[v];
                }
            }
        }
        return volume;
    }

    private long peMapped(TensorKind tensor, Case c, Pe pe) {
        boolean firstPe = pe.first();
        boolean edgeEdgePe = pe.partial();
        boolean[] isCoupled = coupled[tensor.ordinal()];
        IterationState[] states = c.states();
        long volume = 1;
        for (int i = 0; i < states.length; i++) {
            if (!isCoupled[i]) {
                continue;
            }
            int v = level.directives[i].dim().ordinal();
            IterationState state = states[i];
            if (level.directives[i].kind() == Directive.Kind.TEMPORAL || !state.isEdge()) {
                volume *= state.isEdge() ? level.mappedEdge[v] : level.mapped[v];
            } else if (level.edgeSubClusters == 1) {
                if (firstPe || edgeEdgePe) {
                    volume *= level.mappedEdge[v];
                }
            } else {
                volume *= edgeEdgePe ? level.mappedEdge[v] : level.mapped[v];
            }
        }
        return volume;
    }

    /**
     * One sub-cluster's output tile; for MACs, multiplied by the extents of the reduction loops, which
     * makes it the sub-cluster's MAC count.
     */
    private long peEgress(Case c, Count count, Pe pe) {
        IterationState[] states = c.states();
        boolean[] isCoupled = coupled[TensorKind.OUTPUT.ordinal()];
        long volume = 1;
        if (count.reductionLoops()) {
            for (int i = 0; i < states.length; i++) {
                if (isCoupled[i]) {
                    continue;
                }
                int v = level.directives[i].dim().ordinal();
                IterationState state = states[i];
                if (level.directives[i].kind() == Directive.Kind.TEMPORAL) {
                    volume *= state.isEdge() ? level.mappedEdge[v] : level.mapped[v];
                } else {
                    volume *= spatialFactor(state, v, v, pe, EdgeTile.WHOLE);
                }
            }
        }
        for (Dim dim : tensors.output()) {
            int i = level.directiveOf[dim.ordinal()];
            Dim out = dim.outputDim();
            int actual = out == null ? dim.ordinal() : out.ordinal();
            IterationState state = states[i];
            if (level.directives[i].kind() == Directive.Kind.TEMPORAL) {
                volume *= switch (state.position()) {
                    case INIT -> state.isEdge() ? level.mappedEdge[actual] : level.mapped[actual];
                    case STEADY -> level.mapped[actual];
                    case EDGE -> level.mappedEdge[actual];
                };
            } else {
                volume *= spatialFactor(
                        state,
                        actual,
                        dim.ordinal(),
                        pe,
                        count == Count.MACS_WHOLE_EDGE_TILE ? EdgeTile.WHOLE : EdgeTile.NEW_ELEMENTS);
            }
        }
        return volume;
    }

    /** How a partial sub-cluster of a partial first fold counts its tile. */
    private enum EdgeTile {
        NEW_ELEMENTS,
        WHOLE
    }

    /**
     * A spatially mapped dimension's share of one sub-cluster's tile: the first sub-cluster holds the
     * full tile, the others only what they add (spatial reduction of outputs).
     *
     * @param edgeSizeIndex MAESTRO reads the edge size of an output row/column under the input
     *                      dimension's name when a single sub-cluster is active; kept for exactness
     */
    private long spatialFactor(IterationState state, int v, int edgeSizeIndex, Pe pe, EdgeTile edgeTile) {
        int active = level.edgeSubClusters;
        if (state.isInit() && state.isEdge() && pe.partial()) {
            return active > 1 && edgeTile == EdgeTile.NEW_ELEMENTS ? level.uniqueEdge[v] : level.mappedEdge[v];
        }
        if (state.position() == Position.EDGE) {
            if (active == 1) {
                return pe.first() || pe.partial() ? level.mappedEdge[edgeSizeIndex] : 1;
            }
            if (pe.partial()) {
                return level.uniqueEdge[v];
            }
        }
        if (pe.first()) {
            return level.mapped[v];
        }
        return level.unique[v] != 0 ? level.unique[v] : 1;
    }
}
