package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * Scores a whole mapping with the shared evaluator (see {@link MappingScorer}). Incremental only in how
 * it holds the mapping: an {@code int[]} that OptaPlanner's change notifications keep current, so a
 * score reads no entity and unboxes no accelerator (an easy score calculator copied every layer's
 * boxed accelerator out of the solution per evaluation). The evaluation itself is full.
 */
public final class MappingScoreCalculator implements IncrementalScoreCalculator<MappingSolution, BendableLongScore> {
    private MappingScorer scorer;
    private int[] mapping;

    @Override
    public void resetWorkingSolution(MappingSolution solution) {
        scorer = solution.scorer();
        mapping = new int[solution.getLayers().size()];
        for (LayerAssignment assignment : solution.getLayers()) {
            place(assignment);
        }
    }

    @Override
    public void beforeEntityAdded(Object entity) {}

    @Override
    public void afterEntityAdded(Object entity) {
        place((LayerAssignment) entity);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {}

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        place((LayerAssignment) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {}

    @Override
    public void afterEntityRemoved(Object entity) {}

    @Override
    public BendableLongScore calculateScore() {
        return scorer.score(mapping);
    }

    private void place(LayerAssignment assignment) {
        mapping[assignment.getLayer()] = scorer.acceleratorOf(assignment);
    }
}
