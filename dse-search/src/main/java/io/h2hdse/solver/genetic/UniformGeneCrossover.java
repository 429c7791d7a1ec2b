package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * Uniform crossover: each gene changes sides with probability ½, independently, as in Jenetics'
 * {@code UniformCrossover(p, 0.5)}; the coins are the bits of 64-bit draws, one draw per 64 genes
 * instead of one per gene, and a gene is swapped under its bit's mask, without a branch to mispredict.
 */
final class UniformGeneCrossover extends PairCrossover {
    UniformGeneCrossover(double probability) {
        super(probability);
    }

    @Override
    void exchange(int[] rows, int first, int second, int length, RandomGenerator random) {
        long coins = 0;
        for (int i = 0; i < length; i++) {
            if ((i & 63) == 0) {
                coins = random.nextLong();
            }
            int swap = -(int) ((coins >>> (i & 63)) & 1);
            int differ = (rows[first + i] ^ rows[second + i]) & swap;
            rows[first + i] ^= differ;
            rows[second + i] ^= differ;
        }
    }
}
