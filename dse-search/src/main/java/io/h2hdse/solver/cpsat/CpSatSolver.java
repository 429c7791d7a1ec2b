package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverResponse;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.constraint.OptaPlannerListSolver;
import io.h2hdse.solver.h2h.H2hStepSolver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code cpsat}: Google OR-Tools' CP-SAT on {@link PlanModel}, mapping × order × residency together.
 * It starts from hints (H2H's plan, the seed plan if given, and the best plan of a short
 * {@code optaplanner-list} search on a tenth of the budget), minimises the makespan on three quarters of
 * what is left and spends the rest on ε-constraint runs (latency under energy caps between the fastest
 * plan's energy and the least found) for the Pareto set. Every solution CP-SAT finds is re-timed by the
 * evaluator and recorded; the answer is the evaluator's, and each solve's final solution is held to
 * {@link ModelAgreement} (as the polish's are). Notes: the run's CP-SAT status, its model latency
 * (the objective, which re-timing equals within a unit per layer and edge of a path), and the proven
 * bound under {@link AnswerBound#NOTE}: CP-SAT's objective bound less that rounding, which holds for
 * the evaluator's latency of every plan.
 *
 * <p>Under a wall-time budget CP-SAT runs {@link SearchSettings#threads()} workers for that time; under an
 * evaluation budget alone it runs one worker on CP-SAT's deterministic time, one second per 10,000
 * evaluations, so the answer is the same on every run. A model of more than 200,000 terms per second of
 * budget ({@link #modelTerms}) is not built: the best hint is the answer ({@code cpsat_status} says so)
 * and the run reports no bound of its own.
 */
public final class CpSatSolver implements Solver {
    public static final String NAME = "cpsat";
    /** Time units in the best hint's latency: rounding stays below 1e-6 of the latency up to 500 layers. */
    static final double STEPS = 1e9;
    /** Energy units in the best hint's energy: fine enough that static power per time unit is a whole number of them. */
    static final double ENERGY_STEPS = 1e12;

    private static final double EVALUATIONS_PER_SECOND = 1e4;
    /** Model terms CP-SAT is given per second of budget at least; a larger model is not built (the best hint answers). */
    private static final double TERMS_PER_SECOND = 2e5;

    private static final int ENERGY_CAPS = 3;
    private static final double SAFETY = 1e-9;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings settings) {
        long begin = System.nanoTime();
        boolean deterministic = budget.wallTime().isEmpty();
        long totalNanos =
                deterministic ? Math.round(budget.maxEvaluations() / EVALUATIONS_PER_SECOND * 1e9) : budget.maxNanos();
        SearchRecorder recorder = new SearchRecorder(problem, budget, settings);
        int workers = deterministic ? 1 : settings.threads();
        recorder.note("workers", workers);
        recorder.note("time", deterministic ? "deterministic" : "wall");

        List<Plan> hints = new ArrayList<>();
        hints.add(H2hStepSolver.h2h().solveWithPlan(problem).plan());
        if (settings.seed() != null) {
            hints.add(settings.seed());
        }
        Budget shortSearch = deterministic
                ? Budget.evaluations(Math.max(1, budget.maxEvaluations() / 10))
                : Budget.wallTime(Duration.ofNanos(totalNanos / 10));
        // Unpolished: CP-SAT itself chooses the orders and residency next.
        SolverResult searched = new OptaPlannerListSolver().solve(problem, shortSearch, seed, settings.withPolish(0));
        recorder.note("hint_search_evaluations", searched.evaluations());
        hints.add(searched.bestPlan());
        Plan best = null;
        double[] bestFigures = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        for (Plan hint : hints) {
            Plan plan = explicit(problem, hint, recorder.evaluator());
            double[] figures = new double[2];
            recorder.evaluator().evaluate(plan, figures);
            recorder.record(plan, figures[0], figures[1]);
            if (figures[0] < bestFigures[0]) {
                best = plan;
                bestFigures = figures;
            }
        }
        long terms = modelTerms(problem);
        if (terms > TERMS_PER_SECOND * (totalNanos / 1e9)) {
            // Building and presolving the model alone would overrun the budget: the best hint is the answer.
            recorder.note(
                    "cpsat_status",
                    String.format(
                            Locale.ROOT,
                            "not_run: a model of about %d terms needs a budget of %.1f s or more",
                            terms,
                            terms / TERMS_PER_SECOND));
            return recorder.result(NAME);
        }
        TimeScale time = TimeScale.of(bestFigures[0], STEPS);
        double energyUnit = (bestFigures[1] > 0 ? bestFigures[1] : 1) / ENERGY_STEPS;
        long slack = slack(problem);
        long horizon = time.ceil(bestFigures[0]) + 2 * slack;
        PlanModel plans = new PlanModel(problem, time, energyUnit, horizon);
        // Deterministic runs time their start plan on deterministic time too, so that they stay reproducible.
        Duration startLimit =
                Duration.ofNanos(deterministic ? Math.max(1_000_000_000L, totalNanos / 10) : totalNanos / 10);
        CpSolverResponse start = fixedSolution(problem, time, energyUnit, horizon, best, startLimit, deterministic);
        if (start != null) {
            hint(plans.model, start);
        }
        plans.model.minimize(plans.makespan);

        long left = totalNanos - (deterministic ? totalNanos / 10 : System.nanoTime() - begin);
        CpSolver solver = OrTools.solver(Duration.ofNanos(Math.max(1, left * 3 / 4)), workers, deterministic);
        CpSolverStatus status = solveRecorded(solver, plans.model, plans, recorder);
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("cpsat's model is " + status + " although its hint is a plan: a bug");
        }
        double bound = Math.max(0, time.seconds(solver.bestObjectiveBound() - slack) * (1 - SAFETY));
        recorder.note("cpsat_status", status.name().toLowerCase(Locale.ROOT));
        recorder.note("time_unit_s", String.format(Locale.ROOT, "%.6g", time.unit()));
        if (found(status)) {
            recorder.note(
                    "model_latency_s", String.format(Locale.ROOT, "%.12g", time.seconds(solver.objectiveValue())));
        }
        recorder.note(AnswerBound.NOTE, Double.toString(bound));

        long remaining = deterministic ? left / 4 : totalNanos - (System.nanoTime() - begin);
        epsilonRuns(plans, recorder, remaining, workers, deterministic, energyUnit);
        return recorder.result(NAME);
    }

    /** Latency under energy caps spaced between the fastest plan's energy and the least found so far. */
    private static void epsilonRuns(
            PlanModel plans,
            SearchRecorder recorder,
            long nanos,
            int workers,
            boolean deterministic,
            double energyUnit) {
        List<ParetoPoint> front = recorder.pareto();
        double fastest = front.getFirst().energy();
        double leanest = front.getLast().energy();
        if (!(leanest < fastest) || nanos <= 0) {
            return;
        }
        for (int k = 1; k <= ENERGY_CAPS; k++) {
            double cap = fastest - (fastest - leanest) * k / ENERGY_CAPS;
            CpModel capped = plans.model.getClone();
            capped.addLessOrEqual(plans.energy, (long) Math.floor(cap / energyUnit));
            CpSolver solver = OrTools.solver(Duration.ofNanos(nanos / ENERGY_CAPS), workers, deterministic);
            solveRecorded(solver, capped, plans, recorder);
        }
        recorder.note("energy_caps", ENERGY_CAPS);
    }

    /**
     * Solves {@code model} ({@code plans}' model or a constrained copy), recording every solution CP-SAT reports,
     * then holds the final one to {@link ModelAgreement}, as the polish does.
     */
    private static CpSolverStatus solveRecorded(
            CpSolver solver, CpModel model, PlanModel plans, SearchRecorder recorder) {
        CpSolverStatus status = solver.solve(model, new Recording(plans, recorder));
        if (found(status)) {
            ModelAgreement.solution(plans, solver, status, recorder.evaluator(), NAME);
        }
        return status;
    }

    private static boolean found(CpSolverStatus status) {
        return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
    }

    /** Units by which a plan's model makespan may exceed its evaluator latency (package doc): room above the hint's. */
    static long slack(Problem problem) {
        return 2L * problem.layers() + 2;
    }

    /**
     * About how many variables and constraints {@link PlanModel} has: per allowed pair its literal and up to
     * a few combinations, per edge a transfer per pair of accelerators, in the back-to-back modes each
     * accelerator's circuit arcs.
     */
    static long modelTerms(Problem problem) {
        long terms = 0;
        long edges = 0;
        long[] perAccelerator = new long[problem.accelerators()];
        for (int l = 0; l < problem.layers(); l++) {
            for (int a : problem.allowedAccelerators(l)) {
                terms += 4;
                perAccelerator[a]++;
            }
            edges += problem.predecessors(l).length;
        }
        terms += edges * problem.accelerators() * problem.accelerators();
        if (problem.options().activations() != io.h2hdse.system.ExecutionOptions.Activations.EDGE) {
            for (long n : perAccelerator) {
                terms += n * n;
            }
        }
        return terms;
    }

    /**
     * The plan with the order and residency it is evaluated with made explicit: its own, or the order
     * policy's order and the default residency.
     */
    static Plan explicit(Problem problem, Plan plan, Evaluator evaluator) {
        int[][] order = plan.order();
        if (order == null) {
            order = evaluator.policy() == OrderPolicy.RANK
                    ? evaluator.rankOrder(plan)
                    : Schedule.of(problem, plan).order();
        }
        Schedule schedule = Schedule.of(problem, new Plan(plan.mapping(), order, plan.resident(), true));
        boolean[] resident = new boolean[problem.layers()];
        for (int l = 0; l < resident.length; l++) {
            resident[l] = schedule.resident(l);
        }
        return new Plan(plan.mapping().clone(), schedule.order(), resident, true);
    }

    /**
     * Every variable of the model fixed to an explicit plan, solved: a complete solution to start from;
     * null if CP-SAT did not time the plan within {@code limit} (the search then starts without it).
     */
    static CpSolverResponse fixedSolution(
            Problem problem,
            TimeScale time,
            double energyUnit,
            long horizon,
            Plan plan,
            Duration limit,
            boolean deterministic) {
        PlanModel fixed = new PlanModel(problem, time, energyUnit, horizon);
        fixed.fix(plan);
        fixed.model.minimize(fixed.makespan);
        CpSolver solver = OrTools.solver(limit, 1, deterministic);
        CpSolverStatus status = solver.solve(fixed.model);
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("cpsat's model of a given plan is " + status + ": a bug");
        }
        return status == CpSolverStatus.OPTIMAL ? solver.response() : null;
    }

    /** The model latency of an explicit plan, seconds: the evaluator's latency rounded up per duration and transfer. */
    static double modelLatency(Problem problem, Plan plan, double latencyHint) {
        TimeScale time = TimeScale.of(latencyHint, STEPS);
        long horizon = time.ceil(latencyHint) + 4L * problem.layers() + 4;
        CpSolverResponse timed = fixedSolution(problem, time, 1, horizon, plan, Duration.ofSeconds(60), false);
        if (timed == null) {
            throw new IllegalStateException("CP-SAT did not time the plan within a minute");
        }
        return time.seconds(timed.getObjectiveValue());
    }

    static void hint(CpModel model, CpSolverResponse solution) {
        var hints = model.getBuilder().getSolutionHintBuilder();
        for (int v = 0; v < solution.getSolutionCount(); v++) {
            hints.addVars(v).addValues(solution.getSolution(v));
        }
    }

    /** Records every solution CP-SAT reports, re-timed by the evaluator. */
    private static final class Recording extends CpSolverSolutionCallback {
        private final PlanModel plans;
        private final SearchRecorder recorder;
        private final double[] figures = new double[2];

        Recording(PlanModel plans, SearchRecorder recorder) {
            this.plans = plans;
            this.recorder = recorder;
        }

        @Override
        public void onSolutionCallback() {
            Plan plan = plans.plan(this::value, this::booleanValue);
            recorder.evaluator().evaluate(plan, figures);
            recorder.record(plan, figures[0], figures[1]);
        }
    }
}
