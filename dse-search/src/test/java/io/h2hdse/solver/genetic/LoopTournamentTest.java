package io.h2hdse.solver.genetic;

import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.random.RandomGeneratorFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LoopTournamentTest {
    /** Jenetics' own selector is the reference: same seed, same picks, the same objects (ties included). */
    @Test
    void picksWhatJeneticsTournamentSelectorPicks() {
        MSeq<Phenotype<IntegerGene, Lexicographic>> population = MSeq.ofLength(30);
        for (int i = 0; i < population.size(); i++) {
            // Few distinct fitness values: most tournaments meet ties, where the first drawn must win.
            Lexicographic fitness = new Lexicographic(i % 4, i % 3);
            population.set(i, Phenotype.of(Genotype.of(IntegerChromosome.of(0, 4, 5)), 0, fitness));
        }
        for (Optimize optimize : List.of(Optimize.MINIMUM, Optimize.MAXIMUM)) {
            for (int sampleSize : new int[] {2, 3, 5}) {
                for (long seed = 1; seed <= 5; seed++) {
                    ISeq<Phenotype<IntegerGene, Lexicographic>> expected =
                            select(new TournamentSelector<>(sampleSize), population, optimize, seed);
                    ISeq<Phenotype<IntegerGene, Lexicographic>> actual =
                            select(new LoopTournament<>(sampleSize), population, optimize, seed);
                    assertEquals(expected.size(), actual.size());
                    for (int k = 0; k < expected.size(); k++) {
                        assertSame(expected.get(k), actual.get(k), optimize + " s=" + sampleSize + " seed " + seed);
                    }
                }
            }
        }
    }

    private static ISeq<Phenotype<IntegerGene, Lexicographic>> select(
            io.jenetics.Selector<IntegerGene, Lexicographic> selector,
            MSeq<Phenotype<IntegerGene, Lexicographic>> population,
            Optimize optimize,
            long seed) {
        return RandomRegistry.with(
                RandomGeneratorFactory.of("L64X256MixRandom").create(seed),
                r -> selector.select(population, 50, optimize));
    }
}
