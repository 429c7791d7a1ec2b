package io.h2hdse.solver.genetic;

import io.jenetics.internal.math.Probabilities;

import java.util.random.RandomGenerator;

/** Uniform crossover: each gene swapped with probability ½, as Jenetics' {@code UniformCrossover(p, 0.5)} draws it. */
final class UniformGeneCrossover extends PairCrossover {
    private static final int HALF = Probabilities.toInt(0.5);

    UniformGeneCrossover(double probability) {
        super(probability);
    }

    @Override
    void exchange(int[] rows, int first, int second, int length, RandomGenerator random) {
        for (int i = 0; i < length; i++) {
            // All ones when the draw is below HALF (the gene changes sides), else zero: a coin without a branch to
            // mispredict.
            int swap = (int) (((long) random.nextInt() - HALF) >> 63);
            int differ = (rows[first + i] ^ rows[second + i]) & swap;
            rows[first + i] ^= differ;
            rows[second + i] ^= differ;
        }
    }
}
