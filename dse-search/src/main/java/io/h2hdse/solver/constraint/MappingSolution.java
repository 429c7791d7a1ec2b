package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/**
 * A mapping as OptaPlanner sees it. Score, most significant level first: hard −1 for a solution left
 * unevaluated because the budget ran out (0 otherwise), hard −(energy over the run's cap ε; 0 in an
 * uncapped run), soft −latency, soft −energy; all scaled to longs by {@link MappingScorer}.
 */
@PlanningSolution(solutionCloner = MappingSolutionCloner.class)
public class MappingSolution {
    static final int HARD_LEVELS = 2;
    static final int SOFT_LEVELS = 2;

    private List<LayerAssignment> layers;
    private BendableLongScore score;

    /** Shared by every clone of the solution: the score calculator has no other way to reach the run. */
    private MappingScorer scorer;

    public MappingSolution() {}

    MappingSolution(List<LayerAssignment> layers, MappingScorer scorer) {
        this.layers = layers;
        this.scorer = scorer;
    }

    /** Public getters and setter, as {@link LayerAssignment}'s: OptaPlanner calls them without reflection. */
    @PlanningEntityCollectionProperty
    public List<LayerAssignment> getLayers() {
        return layers;
    }

    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }

    MappingScorer scorer() {
        return scorer;
    }
}
