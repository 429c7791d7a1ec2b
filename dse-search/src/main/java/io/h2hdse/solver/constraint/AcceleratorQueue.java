package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

import java.util.ArrayList;
import java.util.List;

/**
 * One accelerator and the layers it runs, in run order: the planning list variable of
 * {@code optaplanner-list}. Moving a layer within the list changes the order, between lists the
 * mapping.
 */
@PlanningEntity
public class AcceleratorQueue {
    @PlanningId
    private Integer accelerator;

    @PlanningListVariable(valueRangeProviderRefs = "layers")
    private List<QueuedLayer> layers;

    public AcceleratorQueue() {}

    AcceleratorQueue(int accelerator, List<QueuedLayer> layers) {
        this.accelerator = accelerator;
        this.layers = new ArrayList<>(layers);
    }

    public int accelerator() {
        return accelerator;
    }

    public List<QueuedLayer> layers() {
        return layers;
    }
}
