package io.h2hdse.sweep;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.cpsat.AnswerBound;
import io.h2hdse.solver.h2h.H2hStepSolver;

import java.time.Duration;

/**
 * What the jobs of one (model, system point) share: the compiled problem, its latency lower bound
 * and H2H's result, which every row's ratio refers to. H2H and the bound run at most once per point,
 * on first need.
 */
final class PointContext {
    private final Problem problem;
    private final Duration boundTime;
    private final int solverThreads;
    private final double polishSeconds;
    private AnswerBound bound;
    private H2hStepSolver.Solved h2h;

    PointContext(Problem problem, Duration boundTime, int solverThreads, double polishSeconds) {
        this.problem = problem;
        this.boundTime = boundTime;
        this.solverThreads = solverThreads;
        this.polishSeconds = polishSeconds;
    }

    /** The best bound found within the sweep's {@code bound_s}, valid for every plan of the point. */
    synchronized AnswerBound bound() {
        if (bound == null) {
            bound = AnswerBound.of(problem, boundTime);
        }
        return bound;
    }

    int solverThreads() {
        return solverThreads;
    }

    /** The sweep's {@code polish_s}: CP-SAT deterministic time of each mapping search's polish. */
    double polishSeconds() {
        return polishSeconds;
    }

    /** The context of the job's point, compiled from the spec's model and the point's system. */
    static PointContext of(SweepSpec spec, JobKey job) {
        return new PointContext(
                Sources.problem(spec.model(job.model()), job.system().system()),
                Duration.ofNanos(Math.round(spec.boundSeconds() * 1e9)),
                spec.solverThreads(),
                spec.polishSeconds());
    }

    Problem problem() {
        return problem;
    }

    synchronized H2hStepSolver.Solved h2h() {
        if (h2h == null) {
            h2h = H2hStepSolver.h2h().solveWithPlan(problem);
        }
        return h2h;
    }
}
