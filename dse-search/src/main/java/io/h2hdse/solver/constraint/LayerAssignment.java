package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/** One layer and the accelerator it runs on, chosen among its allowed ones. */
@PlanningEntity
public class LayerAssignment {
    @PlanningId
    private Integer layer;

    @SuppressWarnings("unused") // OptaPlanner reads it through reflection
    @ValueRangeProvider(id = "allowed")
    private List<Integer> allowed;

    @PlanningVariable(valueRangeProviderRefs = "allowed")
    private Integer accelerator;

    public LayerAssignment() {}

    /** {@code accelerator} null leaves the layer to the construction heuristic. */
    LayerAssignment(int layer, List<Integer> allowed, Integer accelerator) {
        this.layer = layer;
        this.allowed = allowed;
        this.accelerator = accelerator;
    }

    public int layer() {
        return layer;
    }

    /** Null until the construction heuristic assigns it. */
    public Integer accelerator() {
        return accelerator;
    }
}
