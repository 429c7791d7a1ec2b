package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.Hypervolume;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.ReferencePoint;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.TracePoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Solver} face of H2H: {@code baseline} is its step 1 (computation-prioritized mapping),
 * {@code h2h} its step 4. Both are deterministic and budget-free, so the budget, the seed and the
 * search settings are ignored. The reported latency and energy are those of the step's own plan (its per-accelerator
 * order and resident weights), which {@link #solveWithPlan} also returns for a detailed {@link Schedule}; the
 * evaluations are the schedules H2H timed (1 for step 1; 4 plus the step-4 candidates for step 4).
 */
public final class H2hStepSolver implements Solver {
    public static final String BASELINE = "baseline";
    public static final String H2H = "h2h";

    private final String name;

    private H2hStepSolver(String name) {
        this.name = name;
    }

    public static H2hStepSolver baseline() {
        return new H2hStepSolver(BASELINE);
    }

    public static H2hStepSolver h2h() {
        return new H2hStepSolver(H2H);
    }

    private record Planned(Plan plan, long evaluations, long nanos, boolean greedyFallback, boolean step4Stopped) {}

    /** The result and the plan it reports. */
    public record Solved(SolverResult result, Plan plan) {}

    @Override
    public String name() {
        return name;
    }

    private Planned plan(Problem problem) {
        long start = System.nanoTime();
        if (name.equals(BASELINE)) {
            FrontierMapping step1 = ComputationPrioritized.map(problem);
            return new Planned(step1.plan(), 1, System.nanoTime() - start, step1.greedyFallback(), false);
        }
        H2hResult result = H2h.run(problem);
        return new Planned(
                result.last().plan(),
                4 + result.tries().size(),
                System.nanoTime() - start,
                result.greedyFallback(),
                result.step4Stopped());
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings settings) {
        return solveWithPlan(problem).result();
    }

    public Solved solveWithPlan(Problem problem) {
        Planned planned = plan(problem);
        Schedule schedule = Schedule.of(problem, planned.plan());
        ReferencePoint reference = ReferencePoint.worstCase(problem);
        List<ParetoPoint> front = List.of(new ParetoPoint(
                schedule.makespan(), schedule.energy(), planned.plan().mapping()));
        double hypervolume = Hypervolume.of(front, reference);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("greedy_step1", String.valueOf(planned.greedyFallback()));
        if (name.equals(H2H)) {
            notes.put("step4_stopped_at_work_limit", String.valueOf(planned.step4Stopped()));
        }
        return new Solved(
                new SolverResult(
                        name,
                        planned.plan(),
                        schedule.makespan(),
                        schedule.energy(),
                        front,
                        List.of(new TracePoint(
                                planned.evaluations(),
                                planned.nanos(),
                                schedule.makespan(),
                                schedule.energy(),
                                hypervolume)),
                        planned.evaluations(),
                        planned.nanos(),
                        reference,
                        notes),
                planned.plan());
    }
}
