package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/**
 * A plan (mapping and per-accelerator order) as OptaPlanner sees it: one queue per accelerator. Score,
 * most significant level first: hard −1 for a solution left unevaluated because the budget ran out,
 * hard −(layers on accelerators that may not run them: disallowed or against a pin), hard −(layers the
 * order leaves unscheduled: a queue that contradicts the data edges deadlocks), soft −latency,
 * soft −energy; scaled to longs by {@link QueueScorer}.
 */
@PlanningSolution
public class QueueSolution {
    static final int HARD_LEVELS = 3;
    static final int SOFT_LEVELS = 2;

    @PlanningEntityCollectionProperty
    private List<AcceleratorQueue> queues;

    @SuppressWarnings("unused") // OptaPlanner reads it through reflection
    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "layers")
    private List<QueuedLayer> layers;

    @SuppressWarnings("unused") // OptaPlanner writes and reads it through reflection
    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableLongScore score;

    /** Shared by every clone of the solution: the score calculator has no other way to reach the run. */
    private QueueScorer scorer;

    public QueueSolution() {}

    QueueSolution(List<AcceleratorQueue> queues, List<QueuedLayer> layers, QueueScorer scorer) {
        this.queues = queues;
        this.layers = layers;
        this.scorer = scorer;
    }

    List<AcceleratorQueue> queues() {
        return queues;
    }

    QueueScorer scorer() {
        return scorer;
    }
}
