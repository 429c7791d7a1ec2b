package io.h2hdse.sweep;

import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.eval.Transfer;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.cpsat.AnswerBound;
import io.h2hdse.solver.h2h.H2hStepSolver;
import io.h2hdse.system.Accelerator;
import io.h2hdse.workload.Layer;

import java.util.ArrayList;
import java.util.List;

/** Runs one job: a pure function of its key (for evaluation budgets) and the point's shared context. */
final class JobRunner {
    /** A latency within this relative distance of a valid bound is reported as proven optimal. */
    static final double PROVEN_TOLERANCE = 1e-6;

    private JobRunner() {}

    /** Whether a rerun gives the same answer: budget-free solvers and evaluation-only budgets do; a wall-time budget does not. */
    static boolean reproducible(JobKey key) {
        return key.budget() == null || key.budget().maxSeconds() == 0;
    }

    static JobRecord run(JobKey key, PointContext point, List<Knob> overrideColumns) {
        Problem problem = point.problem();
        Solver solver = SolverCatalog.create(key.solver());
        SolverResult result;
        Plan plan;
        if (solver instanceof H2hStepSolver step) {
            // H2H's figures are those of its own order and residency, so its schedule comes from its plan.
            H2hStepSolver.Solved solved =
                    key.solver().equals(H2hStepSolver.H2H) ? point.h2h() : step.solveWithPlan(problem);
            result = solved.result();
            plan = solved.plan();
        } else {
            SearchSettings settings = new SearchSettings(
                    key.order(),
                    key.seedH2h() ? point.h2h().plan() : null,
                    point.solverThreads(),
                    point.polishSeconds());
            result = solver.solve(problem, key.budget().budget(), key.seed(), settings);
            plan = result.bestPlan();
        }
        SolverResult h2h = point.h2h().result();
        // A search's best plan is in its order policy (a plan without an order of its own); H2H's carry their order.
        Schedule schedule = key.search() == null ? Schedule.of(problem, plan) : Schedule.of(problem, plan, key.order());
        AnswerBound bound = point.bound().atLeast(result.notes().get(AnswerBound.NOTE));
        JobRecord.Metrics metrics = new JobRecord.Metrics(
                result.bestLatency(),
                result.bestEnergy(),
                result.nanos() / 1e9,
                result.evaluations(),
                result.evaluationsPerSecond(),
                result.bestLatency() / h2h.bestLatency(),
                result.bestEnergy() / h2h.bestEnergy(),
                result.hypervolume(),
                bound.seconds(),
                bound.method(),
                result.bestLatency() <= bound.seconds() * (1 + PROVEN_TOLERANCE),
                reproducible(key));
        List<JobRecord.FrontPoint> front = new ArrayList<>();
        front.add(new JobRecord.FrontPoint(result.bestLatency(), result.bestEnergy(), result.bestMapping()));
        for (ParetoPoint p : result.pareto()) {
            if (!java.util.Arrays.equals(p.mapping(), result.bestMapping())) {
                front.add(new JobRecord.FrontPoint(p.latency(), p.energy(), p.mapping()));
            }
        }
        List<JobRecord.Slot> slots = new ArrayList<>();
        for (int l = 0; l < problem.layers(); l++) {
            slots.add(new JobRecord.Slot(l, schedule.accelerator(l), schedule.start(l), schedule.finish(l)));
        }
        List<JobRecord.TransferRow> transfers = new ArrayList<>();
        for (Transfer t : schedule.transfers()) {
            transfers.add(new JobRecord.TransferRow(
                    t.kind().name().toLowerCase(java.util.Locale.ROOT),
                    t.layer(),
                    t.source(),
                    t.destination(),
                    t.bytes(),
                    t.start(),
                    t.finish(),
                    t.joules()));
        }
        return new JobRecord(
                key.cells(overrideColumns),
                metrics,
                problem.workload().layers().stream().map(Layer::name).toList(),
                problem.system().accelerators().stream().map(Accelerator::name).toList(),
                front,
                slots,
                transfers,
                result.notes(),
                problem.workload().layers().stream().map(Layer::branch).toList(),
                result.trace().stream()
                        .map(t -> new JobRecord.TraceRow(t.evaluations(), t.nanos() / 1e9, t.bestLatency()))
                        .toList());
    }
}
