package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

/** Scores a whole mapping with the shared evaluator (see {@link MappingScorer}). */
public final class MappingScoreCalculator implements EasyScoreCalculator<MappingSolution, HardMediumSoftLongScore> {
    @Override
    public HardMediumSoftLongScore calculateScore(MappingSolution solution) {
        return solution.scorer().score(solution.layers());
    }
}
