package io.h2hdse.solver.enumerate;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingEnumerationTest {
    private static final Budget UNLIMITED = Budget.evaluations(MappingEnumeration.MAX_MAPPINGS);

    private static ParetoPoint bestByLatencyThenEnergy(List<ParetoPoint> all) {
        return all.stream()
                .min(Comparator.comparingDouble(ParetoPoint::latency).thenComparingDouble(ParetoPoint::energy))
                .orElseThrow();
    }

    /** Small problems are enumerated: best and the whole Pareto front equal brute force. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void enumerationGivesTheCompleteFront(long seed) {
        ExecutionOptions options = seed % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
        Problem problem = SolverFixtures.problem(seed, 7, 2 + (int) (seed % 3), options);
        List<ParetoPoint> all = SolverFixtures.bruteForce(problem);
        SolverResult result = new MappingEnumeration().solve(problem, UNLIMITED, 0);
        ParetoPoint best = bestByLatencyThenEnergy(all);
        assertEquals(best.latency(), result.bestLatency());
        assertEquals(best.energy(), result.bestEnergy());
        assertEquals(all.size(), result.evaluations());
        List<double[]> front = SolverFixtures.nonDominated(all);
        assertEquals(front.size(), result.pareto().size());
        for (int i = 0; i < front.size(); i++) {
            assertEquals(front.get(i)[0], result.pareto().get(i).latency());
            assertEquals(front.get(i)[1], result.pareto().get(i).energy());
        }
        assertEquals("true", result.notes().get(MappingEnumeration.COMPLETE_FRONT_NOTE));
    }

    /** Past 2^16 mappings branch and bound prunes, and still finds the brute-force optimum. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void branchAndBoundFindsTheOptimum(long seed) {
        ExecutionOptions options = seed % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
        Problem problem = SolverFixtures.problem(seed, 10, 4, options);
        long count = MappingEnumeration.mappingCount(problem);
        assertTrue(
                count > MappingEnumeration.FULL_FRONT_MAPPINGS,
                "the case must exceed the enumeration limit, has " + count);
        List<ParetoPoint> all = SolverFixtures.bruteForce(problem);
        SolverResult result = new MappingEnumeration().solve(problem, UNLIMITED, 0);
        ParetoPoint best = bestByLatencyThenEnergy(all);
        assertEquals(best.latency(), result.bestLatency());
        assertEquals(best.energy(), result.bestEnergy());
        assertEquals("branch-and-bound", result.notes().get("method"));
        assertEquals("true", result.notes().get(MappingEnumeration.BEST_MAPPING_NOTE));
        assertTrue(result.evaluations() < count, "pruned nothing: " + result.evaluations() + " of " + count);
    }

    @Test
    void refusesTooManyMappingsWithAOneLineReason() {
        Problem problem = SolverFixtures.problem(1, 30, 3);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new MappingEnumeration().solve(problem, UNLIMITED, 0));
        assertTrue(e.getMessage().startsWith("enumerate refuses "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void countsMappingsWithoutOverflow() {
        assertEquals(Long.MAX_VALUE, MappingEnumeration.mappingCount(SolverFixtures.problem(2, 70, 4)));
        Problem small = SolverFixtures.problem(2, 7, 2);
        assertEquals(SolverFixtures.bruteForce(small).size(), MappingEnumeration.mappingCount(small));
    }

    @Test
    void stopsWithinItsBudgetAndSaysItIsNotOptimal() {
        Problem problem = SolverFixtures.problem(3, 10, 4);
        SolverResult result = new MappingEnumeration().solve(problem, Budget.evaluations(100), 0);
        assertEquals(100, result.evaluations());
        assertEquals("false", result.notes().get(MappingEnumeration.BEST_MAPPING_NOTE));
    }
}
