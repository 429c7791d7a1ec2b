package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * Multi-point crossover: the genes between every other pair of cut points change sides, as Jenetics'
 * {@code MultiPointCrossover} does; the cut points are a uniform subset of the gene positions, as its
 * are, drawn by {@link SortedSubset}.
 */
final class MultiPointGeneCrossover extends PairCrossover {
    private final int points;
    private final SortedSubset subsets = new SortedSubset();
    private int[] cuts = new int[0];

    MultiPointGeneCrossover(double probability, int points) {
        super(probability);
        this.points = points;
    }

    @Override
    void exchange(int[] rows, int first, int second, int length, RandomGenerator random) {
        int k = Math.min(length, points);
        if (cuts.length != k) {
            cuts = new int[k];
        }
        subsets.next(random, length, cuts);
        for (int i = 0; i + 1 < k; i += 2) {
            swap(rows, first, second, cuts[i], cuts[i + 1]);
        }
        if (k % 2 == 1) {
            swap(rows, first, second, cuts[k - 1], length);
        }
    }
}
