package io.h2hdse.solver.genetic;

import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.Chromosome;
import io.jenetics.Genotype;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;

import java.util.random.RandomGenerator;

/**
 * Per-gene mutation: an individual, then its chromosome, then each gene is picked with probability
 * p^(1/3) and a picked gene is re-drawn uniformly among the accelerators (repair then moves it to an
 * allowed one). This is Jenetics' {@code Mutator} step for step, drawing the same numbers from the
 * same generator in the same order, so runs are unchanged; it replaces the stock mutator's per-gene
 * stream, result object, gene allocation and {@code RandomRegistry} thread-local look-up (a third of
 * a generation on a 174-layer model) with a loop over one gene array.
 */
final class GeneRedraw<C extends Comparable<? super C>> implements Alterer<IntegerGene, C> {
    private final AcceleratorGenes genes;
    /** {@code nextInt() < threshold} with probability p^(1/3), as Jenetics' {@code Probabilities.toInt}. */
    private final int threshold;

    GeneRedraw(double probability, AcceleratorGenes genes) {
        this.genes = genes;
        double perLevel = Math.pow(probability, 1.0 / 3);
        this.threshold = (int) (4294967295.0 * perLevel + -2147483648.0);
    }

    @Override
    public AltererResult<IntegerGene, C> alter(Seq<Phenotype<IntegerGene, C>> population, long generation) {
        RandomGenerator random = RandomRegistry.random();
        MSeq<Phenotype<IntegerGene, C>> altered = MSeq.of(population);
        int mutations = 0;
        for (int i = 0; i < altered.size(); i++) {
            if (random.nextInt() >= threshold) {
                continue;
            }
            Genotype<IntegerGene> genotype = altered.get(i).genotype();
            if (random.nextInt() < threshold) {
                Chromosome<IntegerGene> chromosome = genotype.chromosome();
                IntegerGene[] redrawn = new IntegerGene[chromosome.length()];
                for (int l = 0; l < redrawn.length; l++) {
                    if (random.nextInt() < threshold) {
                        redrawn[l] = genes.gene(random.nextInt(0, genes.count()));
                        mutations++;
                    } else {
                        redrawn[l] = chromosome.get(l);
                    }
                }
                genotype = genes.genotype(redrawn);
            }
            altered.set(i, Phenotype.of(genotype, generation));
        }
        return new AltererResult<>(altered.toISeq(), mutations);
    }
}
