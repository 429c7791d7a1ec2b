package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.CpSolverStatus;
import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;

import java.time.Duration;
import java.util.Locale;

/**
 * The polish after a mapping search: with a plan's mapping fixed, CP-SAT ({@link PlanModel}) re-chooses
 * each accelerator's order and the weight residency, starting from the plan itself, so it can only
 * improve on it. One worker on CP-SAT's deterministic time with a fixed seed: the same plan gives the
 * same polish on every run. The polished plan is re-timed by the evaluator and kept only if it is not
 * slower than the plan it started from.
 */
public final class PlanPolish {
    /** Share of the limit that timing the start plan (the hint) may take; the rest is the search's. */
    private static final double HINT_SHARE = 0.1;

    private PlanPolish() {}

    /**
     * What a polish gave.
     *
     * @param plan    the better of the start plan and CP-SAT's (explicit order and residency)
     * @param latency its latency by the evaluator, seconds
     * @param energy  its energy by the evaluator, joules
     * @param status  CP-SAT's status, lower case ({@code optimal}: no order or residency of this mapping is faster)
     * @param improved whether CP-SAT's plan is faster than the start plan
     * @param deterministicSeconds CP-SAT deterministic time spent
     */
    public record Polished(
            Plan plan, double latency, double energy, String status, boolean improved, double deterministicSeconds) {}

    /**
     * Polishes {@code start} (its own order and residency, or the evaluator's for a plan without) within
     * {@code seconds} of CP-SAT's deterministic time.
     */
    public static Polished polish(Problem problem, Plan start, Evaluator evaluator, double seconds) {
        return polish(problem, start, evaluator, seconds, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #polish(Problem, Plan, Evaluator, double)}, looking only for plans faster than {@code toBeat}
     * seconds (the run's best so far): the model's makespan is capped where no such plan can lie above
     * (its rounding, package doc), so that CP-SAT can prove a hopeless mapping so instead of searching it.
     */
    static Polished polish(Problem problem, Plan start, Evaluator evaluator, double seconds, double toBeat) {
        Plan from = CpSatSolver.explicit(problem, start, evaluator);
        double[] startFigures = new double[2];
        evaluator.evaluate(from, startFigures);
        TimeScale time = TimeScale.of(startFigures[0], CpSatSolver.STEPS);
        double energyUnit = (startFigures[1] > 0 ? startFigures[1] : 1) / CpSatSolver.ENERGY_STEPS;
        long horizon = time.ceil(startFigures[0]) + 2 * CpSatSolver.slack(problem);
        // The model of the mapping alone: one pair per layer, so that its size does not grow with the accelerators.
        Problem mapped = onlyThe(problem, from.mapping());
        PlanModel plans = new PlanModel(mapped, time, energyUnit, horizon);
        double hintLimit = seconds * HINT_SHARE;
        CpSolverResponse hint =
                CpSatSolver.fixedSolution(mapped, time, energyUnit, horizon, from, nanos(hintLimit), true);
        double spent = hintLimit;
        if (hint != null) {
            CpSatSolver.hint(plans.model, hint);
            spent = hint.getDeterministicTime();
        }
        if (toBeat < startFigures[0]) {
            plans.model.addLessOrEqual(plans.makespan, time.ceil(toBeat) + CpSatSolver.slack(problem));
        }
        plans.model.minimize(plans.makespan);
        CpSolver solver = OrTools.solver(nanos(seconds * (1 - HINT_SHARE)), 1, true);
        CpSolverStatus status = solver.solve(plans.model);
        String statusName = status.name().toLowerCase(Locale.ROOT);
        spent += solver.response().getDeterministicTime();
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            boolean capped = toBeat < startFigures[0];
            if (status == CpSolverStatus.MODEL_INVALID || status == CpSolverStatus.INFEASIBLE && !capped) {
                throw new IllegalStateException(
                        "the polish's model is " + status + " although its start is a plan: a bug");
            }
            return new Polished(from, startFigures[0], startFigures[1], statusName, false, spent);
        }
        ModelAgreement.Timed polished = ModelAgreement.solution(plans, solver, status, evaluator, "the polish");
        boolean improved = polished.latency() < startFigures[0]
                || polished.latency() == startFigures[0] && polished.energy() < startFigures[1];
        return improved
                ? new Polished(polished.plan(), polished.latency(), polished.energy(), statusName, true, spent)
                : new Polished(from, startFigures[0], startFigures[1], statusName, false, spent);
    }

    /** The problem with each layer allowed on its accelerator of {@code mapping} only: the same times and energies. */
    private static Problem onlyThe(Problem problem, int[] mapping) {
        boolean[] allowed = new boolean[problem.layers() * problem.accelerators()];
        for (int l = 0; l < mapping.length; l++) {
            allowed[l * problem.accelerators() + mapping[l]] = true;
        }
        return problem.restrict(allowed);
    }

    private static Duration nanos(double seconds) {
        return Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9)));
    }
}
