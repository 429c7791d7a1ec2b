package io.h2hdse.cost.maestro;

/**
 * Where one directive's loop is in an iteration case: its first iteration, the steady middle, or the
 * last, partial one.
 *
 * @param occurrences     how many iterations are in this state
 * @param unrolled        the first iteration already covers the whole dimension
 * @param initEdge        the first iteration is also partial (the map is larger than what is left)
 * @param spatialEdgeEdge in a partial spatial fold, the last active sub-cluster gets a partial tile
 */
record IterationState(
        Position position, long occurrences, boolean unrolled, boolean initEdge, boolean spatialEdgeEdge) {
    enum Position {
        INIT,
        STEADY,
        EDGE
    }

    boolean isEdge() {
        return position == Position.EDGE || initEdge;
    }

    boolean isInit() {
        return position == Position.INIT;
    }
}
