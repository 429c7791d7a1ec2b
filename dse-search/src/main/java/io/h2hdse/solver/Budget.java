package io.h2hdse.solver;

import java.time.Duration;
import java.util.Optional;

/**
 * How much a solver may spend: evaluations of the shared evaluator, wall time, or both (whichever
 * runs out first). Evaluation budgets make runs reproducible; wall-time budgets do not.
 *
 * @param maxEvaluations evaluations allowed; {@link Long#MAX_VALUE} = no limit
 * @param maxNanos       wall time allowed in nanoseconds; {@link Long#MAX_VALUE} = no limit
 */
public record Budget(long maxEvaluations, long maxNanos) {
    private static final long NONE = Long.MAX_VALUE;

    public Budget {
        if (maxEvaluations <= 0 || maxNanos <= 0) {
            throw new IllegalArgumentException(
                    "a budget must be positive, got " + maxEvaluations + " evaluations and " + maxNanos + " ns");
        }
        if (maxEvaluations == NONE && maxNanos == NONE) {
            throw new IllegalArgumentException("a budget needs an evaluation or a wall-time limit");
        }
    }

    public static Budget evaluations(long evaluations) {
        return new Budget(evaluations, NONE);
    }

    public static Budget wallTime(Duration time) {
        return new Budget(NONE, time.toNanos());
    }

    public static Budget of(long evaluations, Duration time) {
        return new Budget(evaluations, time.toNanos());
    }

    public boolean limitsEvaluations() {
        return maxEvaluations != NONE;
    }

    public Optional<Duration> wallTime() {
        return maxNanos == NONE ? Optional.empty() : Optional.of(Duration.ofNanos(maxNanos));
    }
}
