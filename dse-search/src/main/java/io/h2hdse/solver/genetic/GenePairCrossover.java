package io.h2hdse.solver.genetic;

import io.jenetics.Chromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.Recombinator;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;

import java.util.random.RandomGenerator;

/**
 * Crossover of two parents, each child made from one gene array. Jenetics' {@code Crossover} copies
 * each parent's chromosome through an iterator into a sequence and back (a quarter of a generation on
 * a 174-layer model); this does the same exchange on arrays, drawing the same numbers in the same
 * order, so runs are unchanged. Jenetics' {@link Recombinator} still picks the parents.
 */
abstract sealed class GenePairCrossover<C extends Comparable<? super C>> extends Recombinator<IntegerGene, C>
        permits UniformGeneCrossover, MultiPointGeneCrossover {
    private final AcceleratorGenes genes;

    GenePairCrossover(double probability, AcceleratorGenes genes) {
        super(probability, 2);
        this.genes = genes;
    }

    @Override
    protected final int recombine(MSeq<Phenotype<IntegerGene, C>> population, int[] parents, long generation) {
        RandomGenerator random = RandomRegistry.random();
        // Jenetics draws which chromosome to cross; there is one.
        random.nextInt(1);
        IntegerGene[] first = genesOf(population.get(parents[0]));
        IntegerGene[] second = genesOf(population.get(parents[1]));
        exchange(first, second, random);
        population.set(parents[0], Phenotype.of(genes.genotype(first), generation));
        population.set(parents[1], Phenotype.of(genes.genotype(second), generation));
        return 2;
    }

    /** Exchanges genes between the two children in place. */
    abstract void exchange(IntegerGene[] first, IntegerGene[] second, RandomGenerator random);

    static void swap(IntegerGene[] first, IntegerGene[] second, int from, int to) {
        for (int i = from; i < to; i++) {
            IntegerGene gene = first[i];
            first[i] = second[i];
            second[i] = gene;
        }
    }

    private static IntegerGene[] genesOf(Phenotype<IntegerGene, ?> individual) {
        Chromosome<IntegerGene> chromosome = individual.genotype().chromosome();
        IntegerGene[] copy = new IntegerGene[chromosome.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = chromosome.get(i);
        }
        return copy;
    }
}
