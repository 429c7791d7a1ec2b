package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * The single-objective GA's selection: the best individual first (the first of equals), then
 * 3-individual tournaments, each drawing its individuals uniformly with replacement and keeping the
 * best, the first drawn on ties. These are Jenetics' {@code EliteSelector(1)} over its
 * {@code TournamentSelector(3)} step for step: the same numbers drawn in the same order, the same
 * individual kept.
 */
final class EliteTournament implements Selection {
    private static final int SAMPLE = 3;

    private int elite;

    @Override
    public void prepare(Population population) {
        elite = 0;
        for (int i = 1; i < population.size; i++) {
            if (population.less(i, elite)) {
                elite = i;
            }
        }
    }

    @Override
    public void select(Population population, int count, int[] picks, RandomGenerator random) {
        if (count == 0) {
            return;
        }
        int size = population.size;
        picks[0] = elite;
        for (int k = 1; k < count; k++) {
            int best = random.nextInt(size);
            for (int s = 1; s < SAMPLE; s++) {
                int other = random.nextInt(size);
                if (population.less(other, best)) {
                    best = other;
                }
            }
            picks[k] = best;
        }
    }
}
