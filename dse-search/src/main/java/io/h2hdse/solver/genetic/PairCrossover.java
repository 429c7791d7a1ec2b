package io.h2hdse.solver.genetic;

import io.jenetics.internal.math.Probabilities;

import java.util.random.RandomGenerator;

/**
 * Crossover of two parents on their rows, as Jenetics' {@code Recombinator} runs it: each offspring in
 * turn is crossed with the given probability (Jenetics' threshold on one 32-bit draw), with a mate
 * chosen as Jenetics chooses it, and both are changed in place.
 */
abstract sealed class PairCrossover implements Variation permits UniformGeneCrossover, MultiPointGeneCrossover {
    private final double probability;
    private final int threshold;

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
            int first = from + i;
            int second = from + mate(i, size, random);
            exchange(population.rows, first * population.layers, second * population.layers, population.layers, random);
            boolean unchecked = population.unchecked[first] || population.unchecked[second];
            population.unchecked[first] = unchecked;
            population.unchecked[second] = unchecked;
            population.changed(first, generation);
            population.changed(second, generation);
        }
    }

    /**
     * The mate of offspring {@code i} of {@code size}, as Jenetics' {@code Recombinator} picks it: a uniform
     * pair a &lt; b of {@code [0, size)} (two bounded draws here, Jenetics' subset routine there), in which i
     * replaces b when a &lt; i, else a; the one left is the mate. Mate m is drawn with probability
     * (size − 1 − m) / C(size, 2) below i and (m − i) / C(size, 2) above: the first offspring, a copy of the
     * elite in the single-objective GA, twice as often as a uniform choice would.
     */
    static int mate(int i, int size, RandomGenerator random) {
        int a = random.nextInt(size);
        int b = random.nextInt(size - 1);
        b += b >= a ? 1 : 0;
        int low = Math.min(a, b);
        return low < i ? low : Math.max(a, b);
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
