package io.h2hdse.solver.genetic;

import io.jenetics.internal.math.Probabilities;
import io.jenetics.internal.math.Subsets;

import java.util.random.RandomGenerator;

/**
 * Crossover of two parents on their rows. Each offspring in turn is crossed with the given
 * probability, with a mate drawn among the others, as Jenetics' {@code Recombinator} picks them:
 * the same numbers drawn in the same order (with Jenetics' own subset draw), so runs are the runs
 * of Jenetics' {@code UniformCrossover} and {@code MultiPointCrossover}.
 */
abstract sealed class PairCrossover implements Variation permits UniformGeneCrossover, MultiPointGeneCrossover {
    private final double probability;
    private final int threshold;
    private final int[] pair = new int[2];

    PairCrossover(double probability) {
        this.probability = probability;
        this.threshold = Probabilities.toInt(probability);
    }

    @Override
    public final void alter(Population population, int from, int to, long generation, RandomGenerator random) {
        int size = to - from;
        if (size < 2 || Probabilities.isZero(probability)) {
            return;
        }
        boolean always = Probabilities.isOne(probability);
        for (int i = 0; i < size; i++) {
            if (!always && random.nextInt() >= threshold) {
                continue;
            }
            Subsets.next(random, size, pair);
            // The individual in turn takes the slot of the drawn pair that keeps the pair distinct.
            int slot = pair[0] < i ? 1 : 0;
            pair[slot] = i;
            // Jenetics draws which chromosome to cross; there is one.
            random.nextInt(1);
            int first = from + pair[0];
            int second = from + pair[1];
            exchange(population.rows, first * population.layers, second * population.layers, population.layers, random);
            boolean unchecked = population.unchecked[first] || population.unchecked[second];
            population.unchecked[first] = unchecked;
            population.unchecked[second] = unchecked;
            population.changed(first, generation);
            population.changed(second, generation);
        }
    }

    /** Exchanges genes between the two rows in place. */
    abstract void exchange(int[] rows, int first, int second, int length, RandomGenerator random);

    static void swap(int[] rows, int first, int second, int from, int to) {
        for (int i = from; i < to; i++) {
            int gene = rows[first + i];
            rows[first + i] = rows[second + i];
            rows[second + i] = gene;
        }
    }
}
