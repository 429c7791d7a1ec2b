package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.TracePoint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link GeneticSolver} against {@link JeneticsOracle}, Jenetics' engine with its own operators: for
 * the same seed the same evaluations in the same order, seen through everything a run reports (best
 * plan, Pareto set with mappings, the trace's counts and figures, evaluations, generations, new and
 * repeated individuals). The runs are long enough for survivors to die of old age (Jenetics' 70
 * generations) and for budgets to run out in the middle of a generation.
 */
class SameDrawsAsJeneticsTest {
    private static final GeneticSettings DEFAULTS = GeneticSettings.defaults();

    @Test
    void gaMakesJeneticsDraws() {
        for (long seed = 1; seed <= 3; seed++) {
            // Four accelerators, the last one runs no convolutions: random genes need repair.
            Problem problem = SolverFixtures.problem(50 + seed, 40, 4);
            same(problem, new Objective.Latency(), DEFAULTS, 4_000 + 77 * seed, seed, SearchSettings.defaults());
        }
    }

    @Test
    void weightedGaMakesJeneticsDraws() {
        Problem problem = SolverFixtures.problem(61, 30, 3);
        same(problem, new Objective.Weighted(0.5), DEFAULTS, 2_500, 4, SearchSettings.defaults());
        // All weight on one objective: the worst fitness is NaN (0 × ∞), which must rank as Jenetics ranks it.
        same(problem, new Objective.Weighted(0), DEFAULTS, 1_500, 5, SearchSettings.defaults());
        same(problem, new Objective.Weighted(1), DEFAULTS, 1_500, 6, SearchSettings.defaults());
    }

    @Test
    void nsga2MakesJeneticsDraws() {
        for (long seed = 1; seed <= 3; seed++) {
            Problem problem = SolverFixtures.problem(70 + seed, 30 + 5 * (int) seed, (int) (2 + seed));
            same(problem, new Objective.Pareto(), DEFAULTS, 3_000 + 31 * seed, seed, SearchSettings.defaults());
        }
    }

    @Test
    void otherSettingsSeedsAndAStalledSearchMakeJeneticsDraws() {
        Problem problem = SolverFixtures.problem(81, 25, 4);
        Random random = new Random(3);
        List<int[]> initial = List.of(problem.randomMapping(random), problem.randomMapping(random));
        GeneticSettings odd = new GeneticSettings(13, 0.5, 0.2, 3, 0.05, 0.6, initial);
        SearchSettings seeded = SearchSettings.defaults().withSeed(Plan.of(problem.randomMapping(random)));
        for (Objective objective : List.of(new Objective.Latency(), new Objective.Pareto())) {
            same(problem, objective, odd, 1_200, 9, seeded);
            same(problem, objective, DEFAULTS.withInitialMappings(initial), 900, 10, SearchSettings.defaults());
        }
        // Six layers on two accelerators: at most 64 mappings, the search stalls.
        Problem tiny = SolverFixtures.problem(82, 6, 2);
        for (Objective objective : List.of(new Objective.Latency(), new Objective.Pareto())) {
            SolverResult stalled = same(tiny, objective, DEFAULTS, 10_000, 11, SearchSettings.defaults());
            assertEquals("true", stalled.notes().get("stalled"));
        }
    }

    private static SolverResult same(
            Problem problem,
            Objective objective,
            GeneticSettings settings,
            long budget,
            long seed,
            SearchSettings search) {
        SolverResult expected =
                JeneticsOracle.solve(problem, objective, settings, Budget.evaluations(budget), seed, search);
        SolverResult actual =
                new GeneticSolver("ga", objective, settings).solve(problem, Budget.evaluations(budget), seed, search);
        String what = objective + " seed " + seed;
        assertEquals(expected.evaluations(), actual.evaluations(), what);
        for (String note : List.of("generations", "new-individuals", "repeated-individuals", "stalled")) {
            assertEquals(expected.notes().get(note), actual.notes().get(note), what + ": " + note);
        }
        assertEquals(expected.bestLatency(), actual.bestLatency(), what);
        assertEquals(expected.bestEnergy(), actual.bestEnergy(), what);
        assertArrayEquals(expected.bestMapping(), actual.bestMapping(), what);
        assertEquals(expected.pareto(), actual.pareto(), what);
        assertEquals(withoutTimes(expected.trace()), withoutTimes(actual.trace()), what);
        return actual;
    }

    private static List<TracePoint> withoutTimes(List<TracePoint> trace) {
        return trace.stream()
                .map(t -> new TracePoint(t.evaluations(), 0, t.bestLatency(), t.bestEnergy(), t.hypervolume()))
                .toList();
    }
}
