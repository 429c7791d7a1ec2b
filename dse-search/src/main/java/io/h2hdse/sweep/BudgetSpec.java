package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.solver.Budget;

import java.time.Duration;
import java.util.Locale;

/**
 * A solver budget as a sweep names it: evaluations, seconds, or both (0 = no limit on that one).
 * Only evaluation budgets give reproducible rows.
 */
public record BudgetSpec(long maxEvaluations, double maxSeconds) {
    /** The largest evaluation budget: more could not be counted (2^63-1 is the solvers' "no limit"), nor met. */
    public static final long MAX_EVALUATIONS = 1_000_000_000_000_000L;

    /** The largest time budget, about 31 years: more could not be counted in nanoseconds, nor met. */
    public static final double MAX_SECONDS = 1e9;

    public BudgetSpec {
        if (maxEvaluations < 0 || !(maxSeconds >= 0) || (maxEvaluations == 0 && maxSeconds == 0)) {
            throw new IllegalArgumentException("a budget needs a positive evaluation or time limit");
        }
    }

    /** {@code evaluations} as an evaluation limit, or an input error naming {@code where} (an option, a field). */
    public static long checkedEvaluations(long evaluations, String where) {
        if (evaluations <= 0 || evaluations > MAX_EVALUATIONS) {
            throw new InvalidInputException(where, "must be from 1 to 1e18 evaluations, got " + evaluations);
        }
        return evaluations;
    }

    /** {@code seconds} as a time limit, or an input error naming {@code where} (an option, a field). */
    public static double checkedSeconds(double seconds, String where) {
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new InvalidInputException(where, "must be more than 0 and at most 1e9 seconds, got " + seconds);
        }
        return seconds;
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
