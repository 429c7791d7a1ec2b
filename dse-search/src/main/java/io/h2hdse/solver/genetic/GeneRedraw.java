package io.h2hdse.solver.genetic;

import io.jenetics.internal.math.Probabilities;

import java.util.random.RandomGenerator;

/**
 * Per-gene mutation as Jenetics' {@code Mutator} picks genes: an individual, then its chromosome, then
 * each gene is picked with probability q = p^(1/3), so each gene with probability p, and a share q² of
 * the individuals (a third at the default p = 0.2) get about q of their genes re-drawn. A picked gene is
 * re-drawn uniformly among the accelerators (repair then moves it to an allowed one). An individual
 * picked at the first level counts as new even when no gene changed, as Jenetics makes it a new phenotype.
 *
 * <p>At the gene level q is 0.58 at the default p = 0.2, so a gap draw (geometric skips to the next
 * picked gene) would save few draws; instead each 64-bit draw gives two genes their coins (each half
 * against Jenetics' threshold, the probability it uses), the new genes come from {@link UniformDigits}
 * (24 per draw on six accelerators), and a coin selects by a mask, without a branch to mispredict.
 */
final class GeneRedraw implements Variation {
    private final UniformDigits genes;
    /** The re-drawn genes of one chromosome, drawn in bulk. */
    private int[] drawn = new int[0];
    /** {@code nextInt() < threshold} with probability p^(1/3). */
    private final int threshold;

    GeneRedraw(double probability, int accelerators) {
        this.genes = new UniformDigits(accelerators);
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
                if (drawn.length != layers) {
                    drawn = new int[layers];
                }
                int[] fresh = drawn;
                genes.fill(random, fresh, layers);
                long coins = 0;
                for (int l = 0, at = i * layers; l < layers; l++, at++) {
                    if ((l & 1) == 0) {
                        coins = random.nextLong();
                    }
                    int coin = (int) (coins >>> ((l & 1) << 5));
                    // All ones when the half-draw is below the threshold (the gene is re-drawn), else zero.
                    int picked = (int) (((long) coin - threshold) >> 63);
                    rows[at] ^= (rows[at] ^ fresh[l]) & picked;
                }
            }
            population.changed(i, generation);
        }
    }
}
