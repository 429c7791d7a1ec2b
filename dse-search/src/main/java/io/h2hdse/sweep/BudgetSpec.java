package io.h2hdse.sweep;

import io.h2hdse.solver.Budget;

import java.time.Duration;
import java.util.Locale;

/**
 * A solver budget as a sweep names it: evaluations, seconds, or both (0 = no limit on that one).
 * Only evaluation budgets give reproducible rows.
 */
public record BudgetSpec(long maxEvaluations, double maxSeconds) {
    public BudgetSpec {
        if (maxEvaluations < 0 || !(maxSeconds >= 0) || (maxEvaluations == 0 && maxSeconds == 0)) {
            throw new IllegalArgumentException("a budget needs a positive evaluation or time limit");
        }
    }

    public Budget budget() {
        long nanos = maxSeconds == 0 ? Long.MAX_VALUE : Math.round(maxSeconds * 1e9);
        return maxEvaluations == 0
                ? Budget.wallTime(Duration.ofNanos(nanos))
                : maxSeconds == 0
                        ? Budget.evaluations(maxEvaluations)
                        : Budget.of(maxEvaluations, Duration.ofNanos(nanos));
    }

    /** The runs.csv cell of the evaluation limit; empty when there is none. */
    public String evaluationsCell() {
        return maxEvaluations == 0 ? "" : Long.toString(maxEvaluations);
    }

    public String secondsCell() {
        return maxSeconds == 0 ? "" : String.format(Locale.ROOT, "%s", maxSeconds);
    }
}
