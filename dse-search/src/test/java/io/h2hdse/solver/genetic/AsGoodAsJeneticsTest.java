package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GeneticSolver} against {@link JeneticsOracle}, Jenetics' engine with its own operators, at the
 * same settings and evaluation budget. The draws differ (the loop draws fewer numbers for the same
 * distributions), so single runs differ (GA's best latency, ours / Jenetics, spreads 0.92 to 1.20 per
 * run); over problems and seeds the best latencies (GA) and hypervolumes (NSGA-II) must match Jenetics'
 * on average. 96 runs, since over 24 the geometric mean's standard error (1.2 %) exceeded the 1 %
 * allowed: measured 0.9939 (standard error 0.5 %) and 1.0006.
 */
class AsGoodAsJeneticsTest {
    private static final GeneticSettings DEFAULTS = GeneticSettings.defaults();

    @Test
    void gaAndNsga2AreAsGoodAsJeneticsOverProblemsAndSeeds() {
        double latencyLog = 0;
        double hypervolumeLog = 0;
        int runs = 0;
        for (long p = 0; p < 6; p++) {
            Problem problem = SolverFixtures.problem(50 + p, 24 + 4 * (int) p, 3 + (int) (p % 3));
            for (long seed = 1; seed <= 16; seed++) {
                Budget budget = Budget.evaluations(3_000);
                latencyLog += Math.log(new GeneticSolver("ga", new Objective.Latency(), DEFAULTS)
                                .solve(problem, budget, seed)
                                .bestLatency()
                        / jenetics(problem, new Objective.Latency(), budget, seed)
                                .bestLatency());
                hypervolumeLog += Math.log(new GeneticSolver("nsga2", new Objective.Pareto(), DEFAULTS)
                                .solve(problem, budget, seed)
                                .hypervolume()
                        / jenetics(problem, new Objective.Pareto(), budget, seed)
                                .hypervolume());
                runs++;
            }
        }
        double latency = Math.exp(latencyLog / runs);
        double hypervolume = Math.exp(hypervolumeLog / runs);
        String summary = String.format(
                "GA best latency, ours / Jenetics, geomean %.4f; NSGA-II hypervolume %.4f", latency, hypervolume);
        System.out.println(summary);
        assertTrue(latency < 1.01, summary);
        assertTrue(hypervolume > 0.99, summary);
    }

    private static SolverResult jenetics(Problem problem, Objective objective, Budget budget, long seed) {
        return JeneticsOracle.solve(problem, objective, DEFAULTS, budget, seed, SearchSettings.defaults());
    }
}
