package io.h2hdse.solver.genetic;

import io.jenetics.IntegerGene;

import java.util.random.RandomGenerator;

/** Uniform crossover: each gene swapped with probability ½, as Jenetics' {@code UniformCrossover(p, 0.5)} draws it. */
final class UniformGeneCrossover<C extends Comparable<? super C>> extends GenePairCrossover<C> {
    /** {@code nextInt() < HALF} with probability ½, as Jenetics' {@code Probabilities.toInt(0.5)}. */
    private static final int HALF = (int) (4294967295.0 * 0.5 + -2147483648.0);

    UniformGeneCrossover(double probability, AcceleratorGenes genes) {
        super(probability, genes);
    }

    @Override
    void exchange(IntegerGene[] first, IntegerGene[] second, RandomGenerator random) {
        for (int i = 0; i < first.length; i++) {
            if (random.nextInt() < HALF) {
                swap(first, second, i, i + 1);
            }
        }
    }
}
