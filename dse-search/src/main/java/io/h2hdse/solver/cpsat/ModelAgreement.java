package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;

import java.util.Locale;

/**
 * The check that CP-SAT's model and the evaluator agree on a plan CP-SAT returned (package doc, "Time as
 * integers"): the evaluator's latency is never above the model's (every model time is rounded up), and
 * when CP-SAT proved the solution optimal the model's exceeds it by at most its rounding: 2L + 2 units
 * for L layers and a relative {@value #FLOATING} for floating-point sums (the model's start times need
 * not be as soon as possible before that). Anything else is a bug in the model. The slack is the
 * model's own, not a fixed share of the latency: a fixed 1e-6 would flag correct optima of models of
 * more than about 400 layers, whose rounding along a long critical path can reach it.
 */
final class ModelAgreement {
    /** Relative allowance for floating-point sums, as in the package doc's bound. */
    static final double FLOATING = 1e-9;

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
        double rounding = plans.time.seconds(2.0 * evaluator.problem().layers() + 2);
        require(
                figures[0],
                plans.time.seconds(solver.objectiveValue()),
                status == CpSolverStatus.OPTIMAL,
                rounding,
                who);
        return new Timed(plan, figures[0], figures[1]);
    }

    /**
     * Throws unless {@code evaluatorLatency} is at most {@code modelLatency} (within {@value #FLOATING}
     * relative) and, when {@code proven}, at least {@code modelLatency} less {@code roundingSeconds} and
     * that relative allowance.
     */
    static void require(
            double evaluatorLatency, double modelLatency, boolean proven, double roundingSeconds, String who) {
        double floating = modelLatency * FLOATING;
        boolean above = evaluatorLatency > modelLatency + floating;
        boolean apart = proven && modelLatency - evaluatorLatency > roundingSeconds + floating;
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
