package io.h2hdse.solver.constraint;

import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchRecorder;

import java.util.OptionalLong;

/**
 * The part of a run's budget one of its solves may spend: evaluations up to a count and wall time up
 * to a deadline, each {@link Long#MAX_VALUE} when the budget does not limit it.
 *
 * @param evaluationsEnd the recorder's evaluation count at which the solve stops
 * @param deadline       the {@link System#nanoTime()} at which the solve stops
 */
record RunShare(long evaluationsEnd, long deadline) {
    private static final long NONE = Long.MAX_VALUE;

    /** {@code fraction} of what the budget has left, for a run that started at {@code startNanos}. */
    static RunShare of(Budget budget, long startNanos, SearchRecorder recorder, double fraction) {
        long evaluationsEnd = budget.limitsEvaluations()
                ? recorder.evaluations() + (long) (recorder.remainingEvaluations() * fraction)
                : NONE;
        long now = System.nanoTime();
        long deadline = budget.wallTime().isPresent()
                ? now + (long) (Math.max(0, startNanos + budget.maxNanos() - now) * fraction)
                : NONE;
        return new RunShare(evaluationsEnd, deadline);
    }

    /** Whether the solve must stop; never before the run's first evaluation, so that it has a mapping to return. */
    boolean spent(SearchRecorder recorder) {
        return recorder.exhausted()
                || recorder.evaluations() > 0
                        && (recorder.evaluations() >= evaluationsEnd || System.nanoTime() >= deadline);
    }

    /** Evaluations the solve may spend from now, for OptaPlanner's own termination; empty if unlimited. */
    OptionalLong evaluationsFrom(SearchRecorder recorder) {
        return evaluationsEnd == NONE
                ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, evaluationsEnd - recorder.evaluations()));
    }

    /** Wall time the solve may spend from now in milliseconds, for OptaPlanner's own termination; empty if unlimited. */
    OptionalLong millisFromNow() {
        return deadline == NONE
                ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }
}
