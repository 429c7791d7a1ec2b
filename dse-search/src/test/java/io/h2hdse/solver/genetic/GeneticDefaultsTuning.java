package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.cpsat.CpSatSolver;
import io.h2hdse.solver.enumerate.MappingEnumeration;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * How GA's and NSGA-II's defaults were chosen: a measurement, not a test (its name is outside Surefire's
 * default includes, so {@code mvn verify} never runs it). Run it with
 * {@code bin/with-jdk21 ./mvnw -B -ntp -o -pl dse-core,dse-search -am test -Dtest=GeneticDefaultsTuning
 * -Dsurefire.failIfNoSpecifiedTests=false}. On {@value #INSTANCES} instances of the quality test's shape
 * (6–12 layers, 2–4 accelerators, both execution options) drawn from other generator seeds ({@value
 * #FIRST_SEED} on) than {@code SolverQualityTest}'s (2000–2039), and solver seeds {@link #SEEDS} (the
 * test's are 0–39), each population size × gene mutation runs at the test's budget; it prints per setting
 * how many runs reach within 1 % of the best mapping ({@code enumerate}, the best a mapping search can
 * reach) and of CP-SAT's proven optimum, and the mean gap to the best mapping.
 */
class GeneticDefaultsTuning {
    private static final int INSTANCES = 40;
    private static final long FIRST_SEED = 9000;
    private static final List<Long> SEEDS = List.of(101L, 102L, 103L);
    private static final long BUDGET = 5_000;
    private static final int[] POPULATIONS = {40, 80, 120};
    private static final double[] MUTATIONS = {0.1, 0.2, 0.3};
    private static final double TOLERANCE = 0.01;

    private record Instance(Problem problem, double bestMapping, double optimum) {}

    @Test
    void tune() {
        List<Instance> instances = new ArrayList<>();
        int proven = 0;
        for (int i = 0; i < INSTANCES; i++) {
            ExecutionOptions options = i % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(FIRST_SEED + i, 6 + i % 7, 2 + i % 3, options);
            SolverResult truth = new CpSatSolver().solve(problem, Budget.evaluations(20_000), 0);
            proven += "optimal".equals(truth.notes().get("cpsat_status")) ? 1 : 0;
            double bestMapping = new MappingEnumeration()
                    .solve(problem, Budget.evaluations(MappingEnumeration.MAX_MAPPINGS), 0)
                    .bestLatency();
            instances.add(new Instance(problem, bestMapping, truth.bestLatency()));
        }
        System.out.printf(
                "%n%d instances (%d proven optimal), seeds %s, %d evaluations; runs within 1 %% of the best mapping"
                        + " / of the optimum, mean gap to the best mapping%n",
                INSTANCES, proven, SEEDS, BUDGET);
        for (Objective objective : List.of(new Objective.Latency(), new Objective.Pareto())) {
            for (int population : POPULATIONS) {
                for (double mutation : MUTATIONS) {
                    GeneticSettings defaults = GeneticSettings.defaults();
                    GeneticSettings settings = new GeneticSettings(
                            population,
                            defaults.uniformCrossover(),
                            defaults.multiPointCrossover(),
                            defaults.crossoverPoints(),
                            mutation,
                            defaults.acceleratorSwap(),
                            List.of());
                    measure(objective, settings, instances);
                }
            }
        }
    }

    private static void measure(Objective objective, GeneticSettings settings, List<Instance> instances) {
        int nearBestMapping = 0;
        int nearOptimum = 0;
        double gapSum = 0;
        for (Instance instance : instances) {
            for (long seed : SEEDS) {
                double latency = new GeneticSolver("tuning", objective, settings)
                        .solve(instance.problem(), Budget.evaluations(BUDGET), seed)
                        .bestLatency();
                nearBestMapping += latency <= instance.bestMapping() * (1 + TOLERANCE) ? 1 : 0;
                nearOptimum += latency <= instance.optimum() * (1 + TOLERANCE) ? 1 : 0;
                gapSum += latency / instance.bestMapping() - 1;
            }
        }
        int runs = instances.size() * SEEDS.size();
        System.out.printf(
                "%-8s population %3d mutation %.1f: %3d / %d, %3d / %d, mean gap %.3f %%%n",
                objective instanceof Objective.Pareto ? "nsga2" : "ga",
                settings.populationSize(),
                settings.mutation(),
                nearBestMapping,
                runs,
                nearOptimum,
                runs,
                100 * gapSum / runs);
    }
}
