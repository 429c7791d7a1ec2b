package io.h2hdse.solver.genetic;

import io.jenetics.IntegerGene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.Selector;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;

import java.util.random.RandomGenerator;

/**
 * Tournament selection: each pick draws {@code sampleSize} individuals uniformly with replacement and
 * keeps the best, the first drawn on ties. This is Jenetics' {@code TournamentSelector} step for step,
 * drawing the same numbers in the same order and keeping the same individual, so runs are unchanged;
 * it replaces the stock selector's stream, reversed comparator and optional per pick (a sixth of the
 * genetic loop's own time on vgg3) with a loop.
 */
final class LoopTournament<C extends Comparable<? super C>> implements Selector<IntegerGene, C> {
    private final int sampleSize;

    LoopTournament(int sampleSize) {
        if (sampleSize < 2) {
            throw new IllegalArgumentException("a tournament needs at least 2 individuals, got " + sampleSize);
        }
        this.sampleSize = sampleSize;
    }

    @Override
    public ISeq<Phenotype<IntegerGene, C>> select(
            Seq<Phenotype<IntegerGene, C>> population, int count, Optimize optimize) {
        if (count < 0) {
            throw new IllegalArgumentException("selection count " + count + " is negative");
        }
        if (population.isEmpty()) {
            return ISeq.empty();
        }
        RandomGenerator random = RandomRegistry.random();
        int size = population.size();
        boolean minimum = optimize == Optimize.MINIMUM;
        MSeq<Phenotype<IntegerGene, C>> selected = MSeq.ofLength(count);
        for (int i = 0; i < count; i++) {
            Phenotype<IntegerGene, C> best = population.get(random.nextInt(size));
            for (int s = 1; s < sampleSize; s++) {
                Phenotype<IntegerGene, C> other = population.get(random.nextInt(size));
                if (minimum ? other.compareTo(best) < 0 : best.compareTo(other) < 0) {
                    best = other;
                }
            }
            selected.set(i, best);
        }
        return selected.toISeq();
    }
}
