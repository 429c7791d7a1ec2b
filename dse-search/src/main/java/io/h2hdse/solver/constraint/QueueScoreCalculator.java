package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

/** Scores a whole plan with the shared evaluator's ordered entry point (see {@link QueueScorer}). */
public final class QueueScoreCalculator implements EasyScoreCalculator<QueueSolution, BendableLongScore> {
    @Override
    public BendableLongScore calculateScore(QueueSolution solution) {
        return solution.scorer().score(solution.queues());
    }
}
