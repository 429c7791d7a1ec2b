package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/**
 * A mapping as OptaPlanner sees it. Score: hard −1 for a solution left unevaluated because the budget
 * ran out (0 otherwise), medium −latency, soft −energy, both scaled to longs by {@link MappingScorer}.
 */
@PlanningSolution
public class MappingSolution {
    @PlanningEntityCollectionProperty
    private List<LayerAssignment> layers;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** Shared by every clone of the solution: the score calculator has no other way to reach the run. */
    private MappingScorer scorer;

    public MappingSolution() {
    }

    MappingSolution(List<LayerAssignment> layers, MappingScorer scorer) {
        this.layers = layers;
        this.scorer = scorer;
    }

    List<LayerAssignment> layers() {
        return layers;
    }

    MappingScorer scorer() {
        return scorer;
    }
}
