package io.h2hdse.solver.genetic;

import io.jenetics.internal.math.Probabilities;

import java.util.random.RandomGenerator;

/**
 * Per-gene mutation: an individual, then its chromosome, then each gene is picked with probability
 * p^(1/3) and a picked gene is re-drawn uniformly among the accelerators (repair then moves it to an
 * allowed one). This is Jenetics' {@code Mutator} step for step, drawing the same numbers from the
 * same generator in the same order; an individual picked at the first level counts as new even when
 * no gene changed, as Jenetics makes it a new phenotype.
 */
final class GeneRedraw implements Variation {
    private final int accelerators;
    /** {@code nextInt() < threshold} with probability p^(1/3). */
    private final int threshold;

    GeneRedraw(double probability, int accelerators) {
        this.accelerators = accelerators;
        this.threshold = Probabilities.toInt(Math.pow(probability, 1.0 / 3));
    }

    @Override
    public void alter(Population population, int from, int to, long generation, RandomGenerator random) {
        int[] rows = population.rows;
        int layers = population.layers;
        for (int i = from; i < to; i++) {
            if (random.nextInt() >= threshold) {
                continue;
            }
            if (random.nextInt() < threshold) {
                population.unchecked[i] = true;
                for (int l = i * layers, end = l + layers; l < end; l++) {
                    if (random.nextInt() < threshold) {
                        rows[l] = random.nextInt(0, accelerators);
                    }
                }
            }
            population.changed(i, generation);
        }
    }
}
