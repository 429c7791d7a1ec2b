package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * NSGA-II's selection: binary tournaments on (non-dominated rank, crowding distance), as Jenetics'
 * {@code UFTournamentSelector} runs them: neighbours in a uniform subset of the population (ascending,
 * as its {@code Subsets.next} returns it; drawn by {@link SortedSubset}) are paired, a coin decides
 * ties, and the winner is replaced by a uniformly drawn individual of equal fitness. Ranks and
 * distances are computed once per generation on the population's arrays ({@link ParetoRanks}) instead
 * of per selection on objects.
 */
final class CrowdedTournament implements Selection {
    private ParetoRanks ranks;
    private final SortedSubset subsets = new SortedSubset();
    private int[] subset = new int[0];

    @Override
    public void prepare(Population population) {
        if (ranks == null) {
            ranks = new ParetoRanks(population.size);
        }
        ranks.compute(population.first, population.second);
    }

    @Override
    public void select(Population population, int count, int[] picks, RandomGenerator random) {
        int size = population.size;
        int selected = 0;
        while (selected < count) {
            int k = Math.min(2 * count - selected, size);
            if (subset.length != k) {
                subset = new int[k];
            }
            subsets.next(random, size, subset);
            for (int j = 0; j < k - 1 && selected < count; j += 2) {
                int a = subset[j];
                int b = subset[j + 1];
                int winner;
                if (ranks.crowdedBetter(a, b)) {
                    winner = a;
                } else if (ranks.crowdedBetter(b, a)) {
                    winner = b;
                } else {
                    winner = random.nextBoolean() ? a : b;
                }
                picks[selected++] = ranks.equalFitness(winner, random.nextInt(ranks.equalFitnessCount(winner)));
            }
        }
    }
}
