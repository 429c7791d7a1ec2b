package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverRegistry;
import io.h2hdse.solver.SolverResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The polish on the hand-computed cases of {@link PolishFixtures}, alone and at the end of the mapping searches. */
class PolishTest {
    private static final double SECONDS = 1;
    private static final double TRANSFERS = 1e-9;
    /** The settings of a sweep or {@code dse solve} by default. */
    private static final SearchSettings POLISHED =
            SearchSettings.defaults().withPolish(SearchSettings.DEFAULT_POLISH_SECONDS);

    @Test
    void rechoosesTheResidencyTheDefaultPolicyMisses() {
        Problem problem = PolishFixtures.residency();
        Evaluator evaluator = new Evaluator(problem);
        Plan decoded = Plan.of(new int[] {0, 0, 0});
        assertEquals(PolishFixtures.DEFAULT_RESIDENCY, latency(evaluator, decoded), 1e-12);

        PlanPolish.Polished polished = PlanPolish.polish(problem, decoded, evaluator, SECONDS);
        assertEquals(PolishFixtures.RESIDENCY_OPTIMUM, polished.latency(), 1e-12);
        assertTrue(polished.improved());
        assertEquals("optimal", polished.status());
        assertArrayEquals(new boolean[] {false, true, true}, polished.plan().resident());
        assertEquals(polished.latency(), latency(evaluator, polished.plan()), 0, "the evaluator's latency of the plan");
    }

    @Test
    void reordersWhereTheRankDecoderWillNotWait() {
        Problem problem = PolishFixtures.order();
        Evaluator evaluator = new Evaluator(problem);
        Plan decoded = Plan.of(new int[] {1, 0, 1, 0});
        assertEquals(PolishFixtures.DECODER_ORDER, latency(evaluator, decoded), TRANSFERS);

        PlanPolish.Polished polished = PlanPolish.polish(problem, decoded, evaluator, SECONDS);
        assertEquals(PolishFixtures.ORDER_OPTIMUM, polished.latency(), TRANSFERS);
        assertArrayEquals(new int[] {1, 3}, polished.plan().order()[0], "Q, then P on acc0");
        assertEquals(polished.latency(), latency(evaluator, polished.plan()), 0);
    }

    @Test
    void keepsAnOptimalPlanAsItIs() {
        Problem problem = PolishFixtures.order();
        Evaluator evaluator = new Evaluator(problem);
        Plan optimal = PlanPolish.polish(problem, Plan.of(new int[] {1, 0, 1, 0}), evaluator, SECONDS)
                .plan();
        PlanPolish.Polished again = PlanPolish.polish(problem, optimal, evaluator, SECONDS);
        assertFalse(again.improved());
        assertEquals(latency(evaluator, optimal), again.latency(), 0);
    }

    @Test
    void everyMappingSearchEndsPolishedUnlessTurnedOff() {
        SolverRegistry registry = SolverRegistry.standard();
        for (Problem problem : new Problem[] {PolishFixtures.order(), PolishFixtures.residency()}) {
            boolean order = problem.accelerators() == 2;
            double decoder = order ? PolishFixtures.DECODER_ORDER : PolishFixtures.DEFAULT_RESIDENCY;
            double optimum = order ? PolishFixtures.ORDER_OPTIMUM : PolishFixtures.RESIDENCY_OPTIMUM;
            // OptaPlanner's are left out: on a problem with a single mapping its move selectors find no move and
            // never return; SolverQualityTest measures their polish (82.5 % to 97.5 % within 1 % of the optimum).
            for (String name : new String[] {"ga", "nsga2", "random"}) {
                SolverResult polished = registry.create(name).solve(problem, Budget.evaluations(200), 1, POLISHED);
                assertEquals(optimum, polished.bestLatency(), optimum * TRANSFERS, name);
                assertEquals(polished.bestLatency(), latency(new Evaluator(problem), polished.bestPlan()), 0, name);
                assertEquals(
                        polished.bestLatency(), polished.pareto().getFirst().latency(), 0, name);
                assertEquals(polished.bestLatency(), polished.trace().getLast().bestLatency(), 0, name);
                assertEquals(
                        String.valueOf(SearchSettings.DEFAULT_POLISH_SECONDS),
                        polished.notes().get("polish_s"));

                SolverResult off = registry.create(name).solve(problem, Budget.evaluations(200), 1);
                assertEquals(decoder, off.bestLatency(), decoder * TRANSFERS, name + " without the polish");
                assertEquals("0", off.notes().get("polish_s"));
            }
        }
    }

    @Test
    void theRegistryWrapsTheMappingSearchesInThePolishAndNothingElse() {
        SolverRegistry registry = SolverRegistry.standard();
        for (String name : registry.names()) {
            boolean mappingSearch = !name.equals("enumerate") && !name.equals(CpSatSolver.NAME);
            Solver solver = registry.create(name);
            assertEquals(mappingSearch, solver instanceof PolishedSearch, name);
            assertEquals(name, solver.name());
        }
    }

    @Test
    void enumerateAndCpsatAreNotPolished() {
        Problem problem = PolishFixtures.order();
        SolverRegistry registry = SolverRegistry.standard();
        SolverResult enumerated = registry.create("enumerate").solve(problem, Budget.evaluations(100), 1, POLISHED);
        assertEquals(PolishFixtures.DECODER_ORDER, enumerated.bestLatency(), TRANSFERS);
        assertFalse(enumerated.notes().containsKey("polish_s"));
        SolverResult cpsat = registry.create("cpsat").solve(problem, Budget.evaluations(10_000), 1, POLISHED);
        assertFalse(cpsat.notes().containsKey("polish_s"));
        assertEquals(PolishFixtures.ORDER_OPTIMUM, cpsat.bestLatency(), TRANSFERS);
    }

    @Test
    void aPolishGivesTheSameAnswerOnEveryRun() {
        Problem problem = PolishFixtures.order();
        SolverResult first =
                SolverRegistry.standard().create("ga").solve(problem, Budget.evaluations(200), 3, POLISHED);
        SolverResult second =
                SolverRegistry.standard().create("ga").solve(problem, Budget.evaluations(200), 3, POLISHED);
        assertArrayEquals(first.bestPlan().order()[0], second.bestPlan().order()[0]);
        assertArrayEquals(first.bestPlan().resident(), second.bestPlan().resident());
        assertEquals(first.bestLatency(), second.bestLatency(), 0);
    }

    private static double latency(Evaluator evaluator, Plan plan) {
        double[] figures = new double[2];
        evaluator.evaluate(plan, figures);
        return figures[0];
    }
}
