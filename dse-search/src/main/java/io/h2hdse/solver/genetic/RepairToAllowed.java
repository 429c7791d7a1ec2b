package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.jenetics.Chromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.engine.Constraint;

/**
 * Keeps genes on allowed accelerators: a gene drawn on a disallowed one (random initialisation,
 * mutation) moves to the nearest allowed accelerator id, ties to the lower id. Repair beats a penalty
 * here because the evaluator gives disallowed mappings an infinite, uninformative cost.
 */
final class RepairToAllowed<C extends Comparable<? super C>> implements Constraint<IntegerGene, C> {
    private final AcceleratorGenes genes;
    private final int accs;
    /** [layer * A + acc]: the allowed accelerator nearest to acc. */
    private final int[] nearest;

    RepairToAllowed(Problem problem, AcceleratorGenes genes) {
        this.genes = genes;
        this.accs = problem.accelerators();
        nearest = new int[problem.layers() * accs];
        for (int l = 0; l < problem.layers(); l++) {
            int[] allowed = problem.allowedAccelerators(l);
            for (int a = 0; a < accs; a++) {
                int best = allowed[0];
                for (int candidate : allowed) {
                    if (Math.abs(candidate - a) < Math.abs(best - a)) {
                        best = candidate;
                    }
                }
                nearest[l * accs + a] = best;
            }
        }
    }

    @Override
    public boolean test(Phenotype<IntegerGene, C> individual) {
        Chromosome<IntegerGene> chromosome = individual.genotype().chromosome();
        for (int l = 0; l < chromosome.length(); l++) {
            int a = chromosome.get(l).intValue();
            if (nearest[l * accs + a] != a) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Phenotype<IntegerGene, C> repair(Phenotype<IntegerGene, C> individual, long generation) {
        Chromosome<IntegerGene> chromosome = individual.genotype().chromosome();
        IntegerGene[] repaired = new IntegerGene[chromosome.length()];
        for (int l = 0; l < repaired.length; l++) {
            IntegerGene gene = chromosome.get(l);
            int a = gene.intValue();
            int allowed = nearest[l * accs + a];
            repaired[l] = allowed == a ? gene : genes.gene(allowed);
        }
        return Phenotype.of(genes.genotype(repaired), generation);
    }
}
