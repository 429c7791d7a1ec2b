package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverRegistry;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the polish's defaults were chosen: a measurement, not a test (its name is outside Surefire's default
 * includes, so {@code mvn verify} never runs it). Run it with {@code bin/with-jdk21 ./mvnw -B -ntp -o -pl
 * dse-core,dse-search -am test -Dtest=PolishTuning -Dsurefire.failIfNoSpecifiedTests=false}. On the
 * instances of {@code GeneticDefaultsTuning} (generator seeds {@value #FIRST_SEED} on, 6–12 layers, 2–4
 * accelerators, both execution options; {@code SolverQualityTest} uses 2000–2039) with solver seeds
 * {@link #SEEDS} (the test's are 0–39), GA and OptaPlanner run at the test's budget without the polish
 * and with the defaults ({@link SearchSettings#DEFAULT_POLISH_SECONDS} s, the fastest plan and the mappings
 * of the {@value SearchRecorder#POLISH_CANDIDATES} fastest distinct latencies). Prints per solver how many
 * runs reach within 1 % of CP-SAT's proven optimum either way (instances CP-SAT does not prove are left
 * out), which polish candidate gave the answer (0: the search's fastest plan; −1: none improved on it), so
 * what fewer candidates would have lost, and the polish's wall time.
 */
class PolishTuning {
    private static final int INSTANCES = 40;
    private static final long FIRST_SEED = 9000;
    private static final List<Long> SEEDS = List.of(101L, 102L, 103L);
    private static final long BUDGET = 5_000;
    private static final double TOLERANCE = 0.01;
    private static final SearchSettings POLISHED =
            SearchSettings.defaults().withPolish(SearchSettings.DEFAULT_POLISH_SECONDS);

    @Test
    void tune() {
        SolverRegistry registry = SolverRegistry.standard();
        List<String> solvers = List.of("ga", "optaplanner");
        int[][] near = new int[solvers.size()][2];
        double[] wall = new double[solvers.size()];
        List<Map<Integer, Integer>> answerFrom = List.of(new TreeMap<>(), new TreeMap<>());
        int proven = 0;
        for (int i = 0; i < INSTANCES; i++) {
            ExecutionOptions options = i % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(FIRST_SEED + i, 6 + i % 7, 2 + i % 3, options);
            SolverResult truth = new CpSatSolver().solve(problem, Budget.evaluations(200_000), 0);
            if (!"optimal".equals(truth.notes().get("cpsat_status"))) {
                continue;
            }
            proven++;
            double optimum = truth.bestLatency();
            for (int s = 0; s < solvers.size(); s++) {
                for (long seed : SEEDS) {
                    SolverResult off = registry.create(solvers.get(s)).solve(problem, Budget.evaluations(BUDGET), seed);
                    SolverResult on =
                            registry.create(solvers.get(s)).solve(problem, Budget.evaluations(BUDGET), seed, POLISHED);
                    near[s][0] += off.bestLatency() <= optimum * (1 + TOLERANCE) ? 1 : 0;
                    near[s][1] += on.bestLatency() <= optimum * (1 + TOLERANCE) ? 1 : 0;
                    wall[s] += Double.parseDouble(on.notes().get("polish_wall_s"));
                    answerFrom.get(s).merge(Integer.parseInt(on.notes().get("polish_answer_from")), 1, Integer::sum);
                }
            }
        }
        int runs = proven * SEEDS.size();
        System.out.printf(
                "%n%d instances (%d proven optimal, measured), seeds %s, %d evaluations, polish %s s over the fastest"
                        + " plan and %d mappings; runs within 1 %% of the optimum without / with the polish%n",
                INSTANCES,
                proven,
                SEEDS,
                BUDGET,
                SearchSettings.DEFAULT_POLISH_SECONDS,
                SearchRecorder.POLISH_CANDIDATES);
        for (int s = 0; s < solvers.size(); s++) {
            System.out.printf(
                    "%-12s %3d / %d -> %3d / %d; answer from candidate (index=runs) %s; polish wall time %.2f s a run%n",
                    solvers.get(s), near[s][0], runs, near[s][1], runs, answerFrom.get(s), wall[s] / runs);
        }
    }
}
