package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * The single-objective GA's selection: the best individual first (the first of equals), then
 * 3-individual tournaments, each drawing its individuals uniformly with replacement and keeping the
 * best, the first drawn on ties. These are Jenetics' {@code EliteSelector(1)} over its
 * {@code TournamentSelector(3)}, with the individuals drawn as {@link UniformDigits} (ten per 64-bit
 * draw from a population of 80) instead of one bounded draw each.
 */
final class EliteTournament implements Selection {
    private static final int SAMPLE = 3;

    private int elite;
    private UniformDigits individuals;
    /** Per individual its fitness pair as longs in {@link Double#compare}'s order, for comparisons without branches. */
    private long[] first = new long[0];

    private long[] second = new long[0];

    @Override
    public void prepare(Population population) {
        int size = population.size;
        if (first.length != size) {
            first = new long[size];
            second = new long[size];
            individuals = new UniformDigits(size);
        }
        for (int i = 0; i < size; i++) {
            first[i] = ordered(population.first[i]);
            second[i] = ordered(population.second[i]);
        }
        elite = 0;
        for (int i = 1; i < size; i++) {
            if (less(i, elite)) {
                elite = i;
            }
        }
    }

    @Override
    public void select(Population population, int count, int[] picks, RandomGenerator random) {
        if (count == 0) {
            return;
        }
        picks[0] = elite;
        for (int k = 1; k < count; k++) {
            int best = individuals.next(random);
            for (int s = 1; s < SAMPLE; s++) {
                int other = individuals.next(random);
                // A select, not a branch: which of two random individuals is better is a coin to the predictor.
                best = less(other, best) ? other : best;
            }
            picks[k] = best;
        }
    }

    /** Whether individual i's fitness is below j's: first values, ties by the second. */
    @SuppressWarnings("ShortCircuitBoolean") // both sides are cheap loads; short-circuiting would bring the branch back
    private boolean less(int i, int j) {
        long a = first[i];
        long b = first[j];
        return a < b | (a == b & second[i] < second[j]);
    }

    /** A long whose signed order is {@link Double#compare}'s order of the doubles (NaN above +∞, −0 below 0). */
    static long ordered(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
