package io.h2hdse.solver.genetic;

import io.jenetics.Chromosome;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;

import java.util.Arrays;

/**
 * The genes of one problem: a gene is an accelerator id in [0, A), so the A possible genes are made
 * once and shared by every individual (genes are immutable values). Chromosomes built here skip
 * Jenetics' range check of {@code IntegerChromosome.of(genes)}, which streams every gene's range into
 * a hash set: it was a tenth of a generation on a 174-layer model, and the genes made here are in
 * range by construction.
 */
final class AcceleratorGenes {
    private final IntegerGene[] genes;
    private final IntegerChromosome prototype;

    AcceleratorGenes(int accelerators, int layers) {
        IntRange alleles = new IntRange(0, accelerators);
        genes = new IntegerGene[accelerators];
        for (int a = 0; a < accelerators; a++) {
            genes[a] = IntegerGene.of(a, alleles);
        }
        IntegerGene[] first = new IntegerGene[layers];
        Arrays.fill(first, genes[0]);
        prototype = IntegerChromosome.of(first);
    }

    /** Accelerator ids; Jenetics 8 ranges exclude their upper end. */
    IntRange alleles() {
        return new IntRange(0, genes.length);
    }

    int count() {
        return genes.length;
    }

    IntegerGene gene(int accelerator) {
        return genes[accelerator];
    }

    /** A genotype of one chromosome holding {@code genes} (taken over, not copied). */
    Genotype<IntegerGene> genotype(IntegerGene[] genes) {
        Chromosome<IntegerGene> chromosome = prototype.newInstance(ISeq.of(genes));
        return Genotype.of(chromosome);
    }
}
