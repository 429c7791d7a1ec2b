package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.LatencyBound;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.ExecutionOptions.Activations;
import io.h2hdse.system.ExecutionOptions.Energy;
import io.h2hdse.system.ExecutionOptions.Overlap;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CP-SAT model against the evaluator (random plans: mapping, order and residency, under every
 * activation, overlap and energy option), and the solver's answers against the hand-computed optimum
 * and against every mapping of small random problems.
 */
class CpSatSolverTest {
    private static final List<ExecutionOptions> OPTIONS = List.of(
            ExecutionOptions.defaults(),
            ExecutionOptions.h2hRelease(),
            new ExecutionOptions(Activations.EDGE, Overlap.DOUBLE_BUFFERED, Energy.BUSY_POWER),
            new ExecutionOptions(Activations.BACK_TO_BACK, Overlap.DOUBLE_BUFFERED, Energy.COMPONENTS));

    @Test
    void theModelTimesEveryPlanAsTheEvaluatorDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            ExecutionOptions options = OPTIONS.get(i % OPTIONS.size());
            Problem problem = SolverFixtures.problem(5000 + i, 4 + i % 9, 2 + i % 3, options);
            Plan plan = randomPlan(problem, random);
            double[] figures = new double[2];
            new Evaluator(problem, OrderPolicy.RANK).evaluate(plan, figures);
            double model = CpSatSolver.modelLatency(problem, plan, figures[0]);
            assertEquals(figures[0], model, figures[0] * 1e-6, "instance " + i + " under " + options);
            assertTrue(
                    model >= figures[0] * (1 - 1e-12),
                    "instance " + i + ": the model times a plan below the evaluator");
        }
    }

    @Test
    void solvesTheHandComputedCaseToItsOptimum() {
        Problem problem = ThreeLayerFixture.problem();
        SolverResult result = new CpSatSolver().solve(problem, Budget.evaluations(50_000), 1);
        assertEquals(ThreeLayerFixture.OPTIMUM, result.bestLatency(), 1e-9);
        assertEquals("optimal", result.notes().get("cpsat_status"));
        double bound = Double.parseDouble(result.notes().get(AnswerBound.NOTE));
        assertTrue(
                bound <= ThreeLayerFixture.OPTIMUM && bound >= ThreeLayerFixture.OPTIMUM * (1 - 1e-6),
                "bound " + bound);
    }

    @Test
    void provesSmallProblemsOptimalAndEveryBoundStaysBelowTheOptimum() {
        for (int i = 0; i < 8; i++) {
            ExecutionOptions options = OPTIONS.get(i % 2);
            Problem problem = SolverFixtures.problem(6000 + i, 5 + i % 4, 2 + i % 2, options);
            SolverResult result = new CpSatSolver().solve(problem, Budget.evaluations(100_000), 1);
            String where = "instance " + i;
            assertEquals("optimal", result.notes().get("cpsat_status"), where);
            double optimum = result.bestLatency();
            double[] figures = new double[2];
            new Evaluator(problem, OrderPolicy.RANK).evaluate(result.bestPlan(), figures);
            assertEquals(optimum, figures[0], 0, where + ": the answer is the evaluator's latency of its plan");
            double modelLatency = Double.parseDouble(result.notes().get("model_latency_s"));
            assertEquals(modelLatency, optimum, optimum * 1e-6, where);
            double cpsatBound = Double.parseDouble(result.notes().get(AnswerBound.NOTE));
            assertTrue(cpsatBound <= optimum && cpsatBound >= optimum * (1 - 1e-6), where + ": bound " + cpsatBound);
            double assignment = AssignmentBound.of(problem, Duration.ofSeconds(5));
            assertTrue(assignment <= optimum, where + ": assignment bound " + assignment + " above " + optimum);
            assertTrue(LatencyBound.of(problem) <= optimum, where);
            // Mapping, order and residency together: never slower than the best mapping under the rank decoder.
            assertTrue(optimum <= SolverFixtures.optimumLatency(problem) * (1 + 1e-12), where);
        }
    }

    /** A random mapping, a random order consistent with the data edges, a random residency within capacity. */
    private static Plan randomPlan(Problem problem, Random random) {
        int layers = problem.layers();
        int[] mapping = problem.randomMapping(random);
        int[] waiting = new int[layers];
        List<Integer> ready = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            waiting[l] = problem.predecessors(l).length;
            if (waiting[l] == 0) {
                ready.add(l);
            }
        }
        List<List<Integer>> order = new ArrayList<>();
        for (int a = 0; a < problem.accelerators(); a++) {
            order.add(new ArrayList<>());
        }
        while (!ready.isEmpty()) {
            int l = ready.remove(random.nextInt(ready.size()));
            order.get(mapping[l]).add(l);
            for (int c : problem.successors(l)) {
                if (--waiting[c] == 0) {
                    ready.add(c);
                }
            }
        }
        boolean[] resident = new boolean[layers];
        double[] left = new double[problem.accelerators()];
        for (int a = 0; a < left.length; a++) {
            left[a] = problem.weightCapacityBits(a);
        }
        for (int l = 0; l < layers; l++) {
            double w = problem.weightBits(l);
            resident[l] = w == 0 || random.nextBoolean() && w <= left[mapping[l]];
            if (resident[l]) {
                left[mapping[l]] -= w;
            }
        }
        int[][] orders = order.stream()
                .map(q -> q.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        return new Plan(mapping, orders, resident, true);
    }
}
