package io.h2hdse.sweep;

import io.h2hdse.eval.LatencyBound;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.h2h.H2hStepSolver;

/**
 * What the jobs of one (model, system point) share: the compiled problem, its latency lower bound
 * and H2H's result, which every row's ratio refers to. H2H runs at most once per point, on first need.
 */
final class PointContext {
    private final Problem problem;
    private final double latencyLowerBound;
    private H2hStepSolver.Solved h2h;

    PointContext(Problem problem) {
        this.problem = problem;
        this.latencyLowerBound = LatencyBound.of(problem);
    }

    double latencyLowerBound() {
        return latencyLowerBound;
    }

    /** The context of the job's point, compiled from the spec's model and the point's system. */
    static PointContext of(SweepSpec spec, JobKey job) {
        return new PointContext(
                Sources.problem(spec.model(job.model()), job.system().system()));
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
