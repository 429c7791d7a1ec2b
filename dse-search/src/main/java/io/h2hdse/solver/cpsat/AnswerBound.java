package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.LatencyBound;
import io.h2hdse.eval.Problem;

import java.time.Duration;

/**
 * The best lower bound on a problem's latency the project has proven, and how: {@code cheap}
 * ({@link LatencyBound}), {@code assignment} ({@link AssignmentBound}) or {@code cpsat} (the bound
 * of a {@code cpsat} run, noted in its result under {@link #NOTE}). Every one holds for every plan
 * (mapping, order, residency), so the best of them does too.
 *
 * @param seconds the bound
 * @param method  which bound it is
 */
public record AnswerBound(double seconds, String method) {
    public static final String CHEAP = "cheap";
    public static final String ASSIGNMENT = "assignment";
    public static final String CPSAT = "cpsat";
    /** The solver-result note under which {@code cpsat} leaves its proven bound, seconds. */
    public static final String NOTE = "latency_lower_bound_s";

    /** The cheap bound, raised by the assignment bound when it is higher and found within {@code limit} (zero: cheap only). */
    public static AnswerBound of(Problem problem, Duration limit) {
        AnswerBound cheap = new AnswerBound(LatencyBound.of(problem), CHEAP);
        return limit.isZero() ? cheap : cheap.atLeast(AssignmentBound.of(problem, limit), ASSIGNMENT);
    }

    /** This bound, or the other one when it is higher. */
    public AnswerBound atLeast(double other, String otherMethod) {
        return other > seconds ? new AnswerBound(other, otherMethod) : this;
    }

    /** This bound, or the one of a solver's note ({@link #NOTE}) when there is one and it is higher. */
    public AnswerBound atLeast(String note) {
        return note == null ? this : atLeast(Double.parseDouble(note), CPSAT);
    }
}
