package io.h2hdse.solver;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every solver of the catalog promises: pins kept, budget kept, honest results, one seed one result. */
class SolverContractTest {
    static Stream<String> solvers() {
        return SolverCatalog.names().stream();
    }

    /** The solvers that search (and so take a seed plan); baseline and h2h are the plans themselves. */
    static Stream<String> searchSolvers() {
        return solvers().filter(name -> !SolverCatalog.budgetFree(name));
    }

    /** Layer 0 pinned to accelerator 1, layer 4 to 0, layer 7 kept off 1. */
    private static Problem pinned() {
        Problem free = SolverFixtures.problem(21, 9, 3);
        int accs = free.accelerators();
        boolean[] allowed = new boolean[free.layers() * accs];
        java.util.Arrays.fill(allowed, true);
        for (int a = 0; a < accs; a++) {
            allowed[a] = a == 1;
            allowed[4 * accs + a] = a == 0;
        }
        allowed[7 * accs + 1] = false;
        return free.restrict(allowed);
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void keepsPinsAndForbiddenPairs(String name) {
        Problem problem = pinned();
        SolverResult result = SolverCatalog.create(name).solve(problem, Budget.evaluations(400), 5);
        assertFalse(result.pareto().isEmpty());
        for (ParetoPoint point : result.pareto()) {
            int[] mapping = point.mapping();
            for (int l = 0; l < mapping.length; l++) {
                assertTrue(problem.allowed(l, mapping[l]), name + " put layer " + l + " on " + mapping[l]);
            }
            assertEquals(1, mapping[0]);
            assertEquals(0, mapping[4]);
            assertTrue(mapping[7] != 1);
        }
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void staysWithinTheBudgetAndReportsHonestly(String name) {
        Problem problem = SolverFixtures.problem(22, 10, 4, ExecutionOptions.h2hRelease());
        Solver solver = SolverCatalog.create(name);
        SolverResult result = solver.solve(problem, Budget.evaluations(300), 9);
        assertEquals(name, result.solver());
        assertTrue(result.evaluations() <= 300, name + " spent " + result.evaluations());
        double[] check = recomputed(problem, result);
        assertEquals(check[0], result.bestLatency());
        assertEquals(check[1], result.bestEnergy(), 1e-12 * check[1]);
        Schedule reported = Schedule.of(problem, result.bestPlan());
        assertEquals(check[0], reported.makespan());
        assertEquals(check[1], reported.energy(), 1e-12 * check[1]);
        assertEquals(result.pareto().getFirst().latency(), result.bestLatency());
        TracePoint last = result.trace().getLast();
        assertEquals(result.evaluations(), last.evaluations());
        assertEquals(result.bestLatency(), last.bestLatency());
        assertEquals(result.pareto().getLast().energy(), last.bestEnergy());
        assertEquals(result.hypervolume(), last.hypervolume());
        assertTrue(result.hypervolume() > 0);
        assertTrue(result.evaluationsPerSecond() > 0);
        for (int i = 1; i < result.trace().size(); i++) {
            TracePoint before = result.trace().get(i - 1);
            TracePoint after = result.trace().get(i);
            assertTrue(after.evaluations() > before.evaluations());
            assertTrue(after.bestLatency() <= before.bestLatency());
            assertTrue(after.bestEnergy() <= before.bestEnergy());
            assertTrue(after.hypervolume() >= before.hypervolume());
        }
    }

    /**
     * Seeded with H2H's plan, a solver is never slower than it, and when its search found nothing
     * faster (nor as fast with less energy) it reports H2H's plan itself (its own order and residency).
     */
    @ParameterizedTest
    @MethodSource("searchSolvers")
    void aSeedPlanIsNeverBeatenByTheAnswer(String name) {
        for (ExecutionOptions options : List.of(ExecutionOptions.defaults(), ExecutionOptions.h2hRelease())) {
            Problem problem = SolverFixtures.problem(31, 12, 3, options);
            io.h2hdse.eval.Plan h2h =
                    io.h2hdse.solver.h2h.H2h.run(problem).last().plan();
            Schedule h2hSchedule = Schedule.of(problem, h2h);
            double h2hLatency = h2hSchedule.makespan();
            SolverResult result = SolverCatalog.create(name)
                    .solve(
                            problem,
                            Budget.evaluations(50),
                            3,
                            SearchSettings.defaults().withSeed(h2h));
            assertTrue(result.bestLatency() <= h2hLatency, name + ": " + result.bestLatency() + " > H2H " + h2hLatency);
            assertEquals(
                    result.bestLatency(),
                    Schedule.of(problem, result.bestPlan()).makespan());
            boolean improved = Boolean.parseBoolean(result.notes().get(SearchRecorder.IMPROVED_ON_SEED_NOTE));
            assertEquals(result.bestLatency() < h2hLatency, improved);
            if (!improved && result.bestEnergy() >= h2hSchedule.energy()) {
                assertTrue(result.bestPlan() == h2h, name + " did not report the seed plan");
            }
        }
    }

    /**
     * 22 layers on 2 accelerators: 4 M mappings, which no search gets through in 200 ms, so a search that returns
     * stopped on the wall time (the timeout only guards against a hang; it is no speed claim). Budget-free solvers
     * return their one mapping.
     */
    @ParameterizedTest
    @MethodSource("solvers")
    @Timeout(60)
    void stopsOnAWallTimeBudget(String name) {
        Problem problem = SolverFixtures.problem(24, 22, 2);
        SolverResult result = SolverCatalog.create(name).solve(problem, Budget.wallTime(Duration.ofMillis(200)), 1);
        assertTrue(result.evaluations() > 0);
        assertTrue(result.evaluations() < 1 << 22, name + " evaluated " + result.evaluations());
        assertEquals(result.evaluations(), result.trace().getLast().evaluations());
    }

    @ParameterizedTest
    @MethodSource("solvers")
    void sameSeedGivesTheSameResult(String name) {
        Problem problem = SolverFixtures.problem(23, 11, 3);
        SolverResult first = SolverCatalog.create(name).solve(problem, Budget.evaluations(500), 42);
        SolverResult second = SolverCatalog.create(name).solve(problem, Budget.evaluations(500), 42);
        assertArrayEquals(first.bestMapping(), second.bestMapping());
        assertEquals(first.pareto(), second.pareto());
        assertEquals(first.evaluations(), second.evaluations());
        assertEquals(withoutTime(first.trace()), withoutTime(second.trace()));
        assertEquals(first.notes(), second.notes());
    }

    /** Latency and energy of the reported plan (its own order and residency), recomputed by the evaluator. */
    private static double[] recomputed(Problem problem, SolverResult result) {
        double[] out = new double[2];
        new Evaluator(problem).evaluate(result.bestPlan(), out);
        return out;
    }

    private static List<TracePoint> withoutTime(List<TracePoint> trace) {
        return trace.stream()
                .map(t -> new TracePoint(t.evaluations(), 0, t.bestLatency(), t.bestEnergy(), t.hypervolume()))
                .toList();
    }
}
