package io.h2hdse.solver;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.h2h.H2hStepSolver;
import io.h2hdse.sweep.SolverCatalog;
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
        double[] check = recomputed(solver, problem, result);
        assertEquals(check[0], result.bestLatency());
        assertEquals(check[1], result.bestEnergy(), 1e-12 * check[1]);
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

    /**
     * Latency and energy of the best mapping, recomputed by the evaluator: with H2H's own plan (its per-accelerator
     * order and weight knapsack) for the H2H solvers, with the default order and residency for the search solvers.
     */
    private static double[] recomputed(Solver solver, Problem problem, SolverResult result) {
        if (solver instanceof H2hStepSolver h2h) {
            H2hStepSolver.Solved solved = h2h.solveWithPlan(problem);
            assertArrayEquals(result.bestMapping(), solved.plan().mapping());
            double[] out = new double[2];
            new Evaluator(problem).evaluate(solved.plan(), out);
            return out;
        }
        return new Evaluator(problem).evaluate(result.bestMapping());
    }

    private static List<TracePoint> withoutTime(List<TracePoint> trace) {
        return trace.stream().map(t -> new TracePoint(t.evaluations(), 0, t.bestLatency(), t.bestEnergy(), t.hypervolume())).toList();
    }
}
