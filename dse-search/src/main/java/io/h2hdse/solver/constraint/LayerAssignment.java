package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * One layer and the accelerator it runs on, chosen among its allowed ones. OptaPlanner reaches the
 * planning members through their public getters and setter, which it calls through generated lambdas
 * ({@code LambdaBeanPropertyMemberAccessor}); on annotated fields it would use {@code Field.get}, which
 * took 9 % of a run's CPU time (moves read the variable and the value range several times each).
 */
@PlanningEntity
public class LayerAssignment {
    private Integer layer;
    private List<Integer> allowed;
    private int[] allowedAccelerators;
    private Integer accelerator;

    public LayerAssignment() {}

    /** {@code accelerator} null leaves the layer to the construction heuristic. */
    LayerAssignment(int layer, int[] allowed, Integer accelerator) {
        this.layer = layer;
        this.allowed = java.util.Arrays.stream(allowed).boxed().toList();
        this.allowedAccelerators = allowed;
        this.accelerator = accelerator;
    }

    private LayerAssignment(LayerAssignment original) {
        layer = original.layer;
        allowed = original.allowed;
        allowedAccelerators = original.allowedAccelerators;
        accelerator = original.accelerator;
    }

    /** A copy for a solution clone: the same layer, allowed accelerators and accelerator. */
    LayerAssignment copy() {
        return new LayerAssignment(this);
    }

    @PlanningId
    public Integer getLayer() {
        return layer;
    }

    @ValueRangeProvider(id = "allowed")
    public List<Integer> getAllowed() {
        return allowed;
    }

    /** The allowed accelerators as {@link MappingMoves} reads them (not to be changed). */
    int[] allowedAccelerators() {
        return allowedAccelerators;
    }

    /** Null until the construction heuristic assigns it. */
    @PlanningVariable(valueRangeProviderRefs = "allowed")
    public Integer getAccelerator() {
        return accelerator;
    }

    public void setAccelerator(Integer accelerator) {
        this.accelerator = accelerator;
    }
}
