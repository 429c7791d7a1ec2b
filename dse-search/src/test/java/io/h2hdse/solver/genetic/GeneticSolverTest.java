package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.TracePoint;
import io.h2hdse.solver.enumerate.MappingEnumeration;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneticSolverTest {
    private static final Budget UNLIMITED = Budget.evaluations(MappingEnumeration.MAX_MAPPINGS);

    @Test
    void repairMovesDisallowedGenesToTheNearestAllowedAccelerator() {
        // 4 accelerators, the last runs no convolutions; layer 0 of these fixtures is a convolution.
        Problem problem = SolverFixtures.problem(4, 6, 4);
        assertFalse(problem.allowed(0, 3));
        RepairToAllowed repair = new RepairToAllowed(problem);
        int[] rows = new int[2 * problem.layers()];
        int offset = problem.layers();
        rows[offset] = 3;
        assertTrue(repair.test(rows, 0));
        assertFalse(repair.test(rows, offset));
        repair.repair(rows, offset);
        assertTrue(repair.test(rows, offset));
        assertEquals(2, rows[offset]);
    }

    @Test
    void aSeededOptimumIsKeptAndTheSeedingIsRecorded() {
        Problem problem = SolverFixtures.problem(31, 12, 4);
        SolverResult enumerated = new MappingEnumeration().solve(problem, UNLIMITED, 0);
        GeneticSolver seeded = new GeneticSolver(
                "ga",
                new Objective.Latency(),
                GeneticSettings.defaults().withInitialMappings(List.of(enumerated.bestMapping())));
        SolverResult result = seeded.solve(problem, Budget.evaluations(200), 1);
        assertEquals(enumerated.bestLatency(), result.bestLatency());
        assertEquals("1", result.notes().get("initial-mappings"));
        assertEquals(
                "0",
                GeneticSolver.singleObjective()
                        .solve(problem, Budget.evaluations(200), 1)
                        .notes()
                        .get("initial-mappings"));
    }

    @Test
    void aSeedOnADisallowedAcceleratorIsRefused() {
        Problem problem = SolverFixtures.problem(4, 6, 4);
        int[] bad = new int[problem.layers()];
        bad[0] = 3;
        GeneticSolver seeded = new GeneticSolver(
                "ga", new Objective.Latency(), GeneticSettings.defaults().withInitialMappings(List.of(bad)));
        assertThrows(IllegalArgumentException.class, () -> seeded.solve(problem, Budget.evaluations(100), 1));
    }

    /** With all weight on energy the weighted GA finds the least energy, as enumeration does. */
    @Test
    void weightedTowardsEnergyFindsTheLeastEnergy() {
        Problem problem = SolverFixtures.problem(32, 8, 3);
        double leastEnergy = SolverFixtures.bruteForce(problem).stream()
                .mapToDouble(ParetoPoint::energy)
                .min()
                .orElseThrow();
        GeneticSolver frugal = new GeneticSolver("ga", new Objective.Weighted(0), GeneticSettings.defaults());
        SolverResult result = frugal.solve(problem, Budget.evaluations(3000), 3);
        assertEquals(leastEnergy, result.pareto().getLast().energy(), 1e-9 * leastEnergy);
    }

    /** NSGA-II's front covers nearly all of the complete mapping front's hypervolume on small problems. */
    @Test
    void nsga2ApproachesTheCompleteMappingFront() {
        for (long seed = 40; seed < 46; seed++) {
            ExecutionOptions options = seed % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(seed, 8, 3, options);
            SolverResult enumerated = new MappingEnumeration().solve(problem, UNLIMITED, 0);
            assertEquals("true", enumerated.notes().get(MappingEnumeration.COMPLETE_FRONT_NOTE));
            SolverResult front = GeneticSolver.nsga2().solve(problem, Budget.evaluations(3000), seed);
            double ratio = front.hypervolume() / enumerated.hypervolume();
            assertTrue(ratio > 0.999 && ratio <= 1 + 1e-12, "seed " + seed + ": hypervolume ratio " + ratio);
        }
    }

    /**
     * A seed gives the same run every time (evaluations, generations, repeats, best plan, Pareto set, trace),
     * for every objective, with settings other than the defaults, a seeded plan, and runs long enough for
     * individuals to die of old age (70 generations) and budgets that run out in the middle of a generation;
     * another seed gives another run.
     */
    @Test
    void aSeedGivesTheSameRunEveryTime() {
        Problem problem = SolverFixtures.problem(81, 25, 4);
        Random random = new Random(3);
        List<int[]> initial = List.of(problem.randomMapping(random), problem.randomMapping(random));
        GeneticSettings odd = new GeneticSettings(13, 0.5, 0.2, 3, 0.05, 0.6, initial);
        SearchSettings seeded = SearchSettings.defaults().withSeed(Plan.of(problem.randomMapping(random)));
        for (Objective objective :
                List.of(new Objective.Latency(), new Objective.Pareto(), new Objective.Weighted(0.5))) {
            for (GeneticSettings settings : List.of(GeneticSettings.defaults(), odd)) {
                GeneticSolver solver = new GeneticSolver("ga", objective, settings);
                SolverResult first = solver.solve(problem, Budget.evaluations(4_077), 9, seeded);
                SolverResult second = solver.solve(problem, Budget.evaluations(4_077), 9, seeded);
                String what = objective + " " + settings.populationSize();
                assertEquals(4_077, first.evaluations(), what);
                for (String note : List.of("generations", "new-individuals", "repeated-individuals")) {
                    assertEquals(first.notes().get(note), second.notes().get(note), what + ": " + note);
                }
                assertArrayEquals(first.bestMapping(), second.bestMapping(), what);
                assertEquals(first.pareto(), second.pareto(), what);
                assertEquals(withoutTimes(first.trace()), withoutTimes(second.trace()), what);
                SolverResult other = solver.solve(problem, Budget.evaluations(4_077), 10, seeded);
                assertNotEquals(withoutTimes(first.trace()), withoutTimes(other.trace()), what + ": another seed");
            }
        }
    }

    /** Six layers on two accelerators: at most 64 mappings, all found, then the search stalls and says so. */
    @Test
    void aSearchThatFindsNothingNewStalls() {
        Problem tiny = SolverFixtures.problem(82, 6, 2);
        for (GeneticSolver solver : List.of(GeneticSolver.singleObjective(), GeneticSolver.nsga2())) {
            SolverResult stalled = solver.solve(tiny, Budget.evaluations(10_000), 11);
            assertEquals("true", stalled.notes().get("stalled"), solver.name());
            assertTrue(stalled.evaluations() <= 64, solver.name() + ": " + stalled.evaluations());
        }
    }

    private static List<TracePoint> withoutTimes(List<TracePoint> trace) {
        return trace.stream()
                .map(t -> new TracePoint(t.evaluations(), 0, t.bestLatency(), t.bestEnergy(), t.hypervolume()))
                .toList();
    }
}
