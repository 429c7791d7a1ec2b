package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.solver.h2h.H2h;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code optaplanner-list} against exhaustive search over mappings and orders on tiny graphs, its
 * start, pins and reproducibility. The general solver contract (budget, wall time) is
 * {@link io.h2hdse.solver.SolverContractTest}'s.
 */
class OptaPlannerListSolverTest {
    private static final Budget BUDGET = Budget.evaluations(20_000);

    @Test
    void reachesTheOptimumOverMappingsAndOrdersOnTinyGraphs() {
        for (long seed = 80; seed < 86; seed++) {
            ExecutionOptions options = seed % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(seed, 7, seed % 3 == 0 ? 3 : 2, options);
            double optimum = exhaustiveOptimum(problem)[0];
            SolverResult result = new OptaPlannerListSolver().solve(problem, BUDGET, 1);
            assertEquals(optimum, result.bestLatency(), 1e-12 * optimum, "seed " + seed);
        }
    }

    /**
     * Where no mapping in topological order (each accelerator running its layers by id, timed as an explicit plan, not
     * through an order policy) reaches the optimum over all orders, the solver's answer beats every such mapping: it
     * searches the order, not only the mapping.
     */
    @Test
    void orderIsPartOfTheAnswerWhereTopologicalOrderLoses() {
        int instancesWhereOrderMatters = 0;
        for (long seed = 80; seed < 86; seed++) {
            ExecutionOptions options = seed % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(seed, 7, seed % 3 == 0 ? 3 : 2, options);
            double[] optima = exhaustiveOptimum(problem);
            if (optima[0] < optima[1] * (1 - 1e-9)) {
                instancesWhereOrderMatters++;
                SolverResult result = new OptaPlannerListSolver().solve(problem, BUDGET, 1);
                assertTrue(
                        result.bestLatency() < optima[1] * (1 - 1e-9),
                        "seed " + seed + ": " + result.bestLatency() + " not below the topological optimum "
                                + optima[1]);
            }
        }
        assertTrue(instancesWhereOrderMatters > 0, "the tiny graphs must exercise the order, not only the mapping");
    }

    @Test
    void respectsPinsAndForbiddenPairsAndFindsTheRestrictedOptimum() {
        Problem free = SolverFixtures.problem(87, 7, 3);
        int accs = free.accelerators();
        boolean[] allowed = new boolean[free.layers() * accs];
        Arrays.fill(allowed, true);
        for (int a = 0; a < accs; a++) {
            allowed[a] = a == 1;
        }
        allowed[3 * accs] = false;
        Problem problem = free.restrict(allowed);
        SolverResult result = new OptaPlannerListSolver().solve(problem, BUDGET, 3);
        for (ParetoPoint point : result.pareto()) {
            assertEquals(1, point.mapping()[0]);
            assertTrue(point.mapping()[3] != 0);
        }
        double optimum = exhaustiveOptimum(problem)[0];
        assertEquals(optimum, result.bestLatency(), 1e-12 * optimum);
    }

    @Test
    void sameSeedSameResult() {
        Problem problem = SolverFixtures.problem(88, 14, 3);
        SolverResult first = new OptaPlannerListSolver().solve(problem, Budget.evaluations(3_000), 7);
        SolverResult second = new OptaPlannerListSolver().solve(problem, Budget.evaluations(3_000), 7);
        assertArrayEquals(first.bestMapping(), second.bestMapping());
        assertEquals(first.bestLatency(), second.bestLatency());
        assertEquals(first.pareto(), second.pareto());
        assertEquals(first.evaluations(), second.evaluations());
    }

    /** H2H's plan, re-timed as the solver times plans (its mapping and order, default residency). */
    @Test
    void neverSlowerThanItsH2hStart() {
        for (long seed = 90; seed < 96; seed++) {
            ExecutionOptions options = seed % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(seed, 24, 4, options);
            Plan h2h = H2h.run(problem).last().plan();
            double[] start = new double[2];
            new Evaluator(problem).evaluate(new Plan(h2h.mapping(), h2h.order(), null, true), start);
            SolverResult result = new OptaPlannerListSolver().solve(problem, Budget.evaluations(300), 1);
            assertTrue(
                    result.bestLatency() <= start[0], "seed " + seed + ": " + result.bestLatency() + " > " + start[0]);
            assertTrue(
                    java.util.Set.of("h2h", "rank-of-h2h-mapping")
                            .contains(result.notes().get("start")),
                    "starts from one of its candidates: " + result.notes().get("start"));
        }
    }

    @Test
    void countsTheLayersADeadlockedOrderBlocks() {
        Problem problem = SolverFixtures.problem(89, 8, 2);
        QueueDeadlock deadlock = new QueueDeadlock(problem);
        int[] byId = new int[problem.layers()];
        Arrays.setAll(byId, l -> l);
        assertEquals(0, deadlock.unscheduled(new int[][] {byId, {}}));
        int last = problem.layers() - 1;
        assertTrue(problem.predecessors(last).length > 0);
        int[] lastFirst = new int[problem.layers()];
        lastFirst[0] = last;
        for (int l = 0; l < last; l++) {
            lastFirst[l + 1] = l;
        }
        // The queue's front waits for layers queued behind it: nothing runs.
        assertEquals(problem.layers(), deadlock.unscheduled(new int[][] {lastFirst, {}}));
        // The last layer alone on the second accelerator waits for the first queue, which runs through.
        assertEquals(0, deadlock.unscheduled(new int[][] {Arrays.copyOf(byId, last), {last}}));
    }

    /**
     * The lowest latency over every allowed mapping and every order of each accelerator's layers, and the lowest over
     * every allowed mapping with each accelerator's layers in id (topological) order, both timed as explicit plans.
     */
    private static double[] exhaustiveOptimum(Problem problem) {
        Evaluator evaluator = new Evaluator(problem);
        double best = Double.POSITIVE_INFINITY;
        double topological = Double.POSITIVE_INFINITY;
        double[] out = new double[2];
        for (ParetoPoint mapped : SolverFixtures.bruteForce(problem)) {
            int[] mapping = mapped.mapping();
            int[][] byId = new int[problem.accelerators()][];
            for (int a = 0; a < byId.length; a++) {
                final int acc = a;
                byId[a] = java.util.stream.IntStream.range(0, mapping.length)
                        .filter(l -> mapping[l] == acc)
                        .toArray();
            }
            evaluator.evaluate(new Plan(mapping, byId, null, true), out);
            topological = Math.min(topological, out[0]);
            List<List<int[]>> perAccelerator = new ArrayList<>();
            for (int a = 0; a < problem.accelerators(); a++) {
                final int acc = a;
                perAccelerator.add(permutations(java.util.stream.IntStream.range(0, mapping.length)
                        .filter(l -> mapping[l] == acc)
                        .toArray()));
            }
            int[] choice = new int[perAccelerator.size()];
            while (true) {
                int[][] order = new int[choice.length][];
                for (int a = 0; a < choice.length; a++) {
                    order[a] = perAccelerator.get(a).get(choice[a]);
                }
                evaluator.evaluate(new Plan(mapping, order, null, true), out);
                best = Math.min(best, out[0]);
                int a = 0;
                while (a < choice.length && ++choice[a] == perAccelerator.get(a).size()) {
                    choice[a++] = 0;
                }
                if (a == choice.length) {
                    break;
                }
            }
        }
        return new double[] {best, topological};
    }

    private static List<int[]> permutations(int[] items) {
        List<int[]> all = new ArrayList<>();
        permute(items.clone(), 0, all);
        return all;
    }

    private static void permute(int[] items, int from, List<int[]> out) {
        if (from >= items.length - 1) {
            out.add(items.clone());
            return;
        }
        for (int i = from; i < items.length; i++) {
            swap(items, from, i);
            permute(items, from + 1, out);
            swap(items, from, i);
        }
    }

    private static void swap(int[] items, int i, int j) {
        int t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}
