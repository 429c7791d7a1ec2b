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
            if (random.nextInt() < HALF) {
                int gene = rows[first + i];
                rows[first + i] = rows[second + i];
                rows[second + i] = gene;
            }
        }
    }
}
