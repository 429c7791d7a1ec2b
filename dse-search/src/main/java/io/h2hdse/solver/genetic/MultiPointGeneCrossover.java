package io.h2hdse.solver.genetic;

import io.jenetics.internal.math.Subsets;

import java.util.random.RandomGenerator;

/**
 * Multi-point crossover: the genes between every other pair of cut points change sides, as Jenetics'
 * {@code MultiPointCrossover} does; the cut points come from the Jenetics routine it uses.
 */
final class MultiPointGeneCrossover extends PairCrossover {
    private final int points;

    MultiPointGeneCrossover(double probability, int points) {
        super(probability);
        this.points = points;
    }

    @Override
    void exchange(int[] rows, int first, int second, int length, RandomGenerator random) {
        int k = Math.min(length, points);
        int[] cuts = k > 0 ? Subsets.next(random, length, k) : new int[0];
        for (int i = 0; i + 1 < cuts.length; i += 2) {
            swap(rows, first, second, cuts[i], cuts[i + 1]);
        }
        if (cuts.length % 2 == 1) {
            swap(rows, first, second, cuts[cuts.length - 1], length);
        }
    }
}
