package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;

import java.util.Locale;

/**
 * The check that CP-SAT's model and the evaluator agree on a plan CP-SAT returned (package doc, "Time as
 * integers"): the evaluator's latency is never above the model's (every model time is rounded up), and
 * when CP-SAT proved the solution optimal they are equal within {@value #RELATIVE} relative (the model's
 * start times need not be as soon as possible before that). Anything else is a bug in the model.
 */
final class ModelAgreement {
    static final double RELATIVE = 1e-6;

    private ModelAgreement() {}

    /** A plan of CP-SAT's with the evaluator's figures. */
    record Timed(Plan plan, double latency, double energy) {}

    /**
     * The final solution of a solve of {@code plans} (its status {@code OPTIMAL} or {@code FEASIBLE}) as a
     * plan, timed by the evaluator and held to the check. Called after the solve, never from a solution
     * callback: an exception thrown there does not reach Java, the native solver ends the process.
     */
    static Timed solution(PlanModel plans, CpSolver solver, CpSolverStatus status, Evaluator evaluator, String who) {
        Plan plan = plans.plan(solver::value, solver::booleanValue);
        double[] figures = new double[2];
        evaluator.evaluate(plan, figures);
        require(figures[0], plans.time.seconds(solver.objectiveValue()), status == CpSolverStatus.OPTIMAL, who);
        return new Timed(plan, figures[0], figures[1]);
    }

    static void require(double evaluatorLatency, double modelLatency, boolean proven, String who) {
        boolean above = evaluatorLatency > modelLatency * (1 + RELATIVE);
        boolean apart = proven && Math.abs(evaluatorLatency - modelLatency) > modelLatency * RELATIVE;
        if (above || apart) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "%s: the evaluator times CP-SAT's plan at %.12g s, the model at %.12g s%s: a bug in the model",
                    who,
                    evaluatorLatency,
                    modelLatency,
                    proven ? " (proven optimal)" : ""));
        }
    }
}
