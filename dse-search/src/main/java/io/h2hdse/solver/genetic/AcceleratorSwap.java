package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.Chromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;

import java.util.random.RandomGenerator;

/**
 * Exchanges two accelerators in an individual: every layer on one moves to the other and back, where
 * allowed. Moving whole groups of layers at once is what per-gene mutation and crossover rarely do,
 * and it is how a mapping escapes when two branches must trade places (the genetic twin of
 * OptaPlanner's pillar swap).
 */
final class AcceleratorSwap<C extends Comparable<? super C>> implements Alterer<IntegerGene, C> {
    private final Problem problem;
    private final AcceleratorGenes genes;
    private final double probability;

    AcceleratorSwap(Problem problem, AcceleratorGenes genes, double probability) {
        this.problem = problem;
        this.genes = genes;
        this.probability = probability;
    }

    @Override
    public AltererResult<IntegerGene, C> alter(Seq<Phenotype<IntegerGene, C>> population, long generation) {
        RandomGenerator random = RandomRegistry.random();
        int accs = problem.accelerators();
        MSeq<Phenotype<IntegerGene, C>> altered = MSeq.of(population);
        int alterations = 0;
        for (int i = 0; i < altered.size(); i++) {
            if (accs < 2 || random.nextDouble() >= probability) {
                continue;
            }
            int x = random.nextInt(accs);
            int y = (x + 1 + random.nextInt(accs - 1)) % accs;
            Chromosome<IntegerGene> chromosome = altered.get(i).genotype().chromosome();
            IntegerGene[] swapped = new IntegerGene[chromosome.length()];
            for (int l = 0; l < swapped.length; l++) {
                IntegerGene gene = chromosome.get(l);
                int a = gene.intValue();
                int b = a == x ? y : a == y ? x : a;
                swapped[l] = b != a && problem.allowed(l, b) ? genes.gene(b) : gene;
            }
            altered.set(i, Phenotype.of(genes.genotype(swapped), generation));
            alterations++;
        }
        return new AltererResult<>(altered.toISeq(), alterations);
    }
}
