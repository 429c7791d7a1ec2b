package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A layer as an element of an accelerator's run queue ({@link AcceleratorQueue}). */
public class QueuedLayer {
    @PlanningId
    private Integer layer;

    public QueuedLayer() {}

    QueuedLayer(int layer) {
        this.layer = layer;
    }

    public int layer() {
        return layer;
    }
}
