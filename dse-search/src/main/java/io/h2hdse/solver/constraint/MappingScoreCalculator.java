package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

/** Scores a whole mapping with the shared evaluator (see {@link MappingScorer}). */
public final class MappingScoreCalculator implements EasyScoreCalculator<MappingSolution, BendableLongScore> {
    @Override
    public BendableLongScore calculateScore(MappingSolution solution) {
        return solution.scorer().score(solution.layers());
    }
}
