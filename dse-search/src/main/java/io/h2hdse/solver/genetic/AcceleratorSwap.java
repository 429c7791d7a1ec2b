package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;

import java.util.random.RandomGenerator;

/**
 * Exchanges two accelerators in an individual: every layer on one moves to the other and back, where
 * allowed. Moving whole groups of layers at once is what per-gene mutation and crossover rarely do,
 * and it is how a mapping escapes when two branches must trade places (the genetic twin of
 * OptaPlanner's pillar swap).
 */
final class AcceleratorSwap implements Variation {
    private final Problem problem;
    private final double probability;

    AcceleratorSwap(Problem problem, double probability) {
        this.problem = problem;
        this.probability = probability;
    }

    @Override
    public void alter(Population population, int from, int to, long generation, RandomGenerator random) {
        int accs = problem.accelerators();
        int[] rows = population.rows;
        int layers = population.layers;
        for (int i = from; i < to; i++) {
            if (accs < 2 || random.nextDouble() >= probability) {
                continue;
            }
            int x = random.nextInt(accs);
            int y = (x + 1 + random.nextInt(accs - 1)) % accs;
            int exchange = x ^ y;
            for (int l = 0, at = i * layers; l < layers; l++, at++) {
                int a = rows[at];
                // Branch-free: a gene on x or y flips to the other where that is allowed.
                int b = a ^ exchange;
                int moves = (a == x ? 1 : 0) | (a == y ? 1 : 0);
                int allowed = problem.allowed(l, (b & -moves) | (a & (moves - 1))) ? 1 : 0;
                rows[at] = a ^ (exchange & -(moves & allowed));
            }
            population.changed(i, generation);
        }
    }
}
