package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;

import java.util.random.RandomGenerator;

/**
 * Keeps genes on allowed accelerators: a gene drawn on a disallowed one (random initialisation,
 * mutation) moves to the nearest allowed accelerator id, ties to the lower id. Repair beats a penalty
 * here because the evaluator gives disallowed mappings an infinite, uninformative cost.
 */
final class RepairToAllowed {
    private final int layers;
    private final int accs;
    /** [layer * A + acc]: the allowed accelerator nearest to acc. */
    private final int[] nearest;

    RepairToAllowed(Problem problem) {
        this.layers = problem.layers();
        this.accs = problem.accelerators();
        nearest = new int[layers * accs];
        for (int l = 0; l < layers; l++) {
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

    /** Whether every gene of {@code rows[offset ..]} is on an allowed accelerator. */
    boolean test(int[] rows, int offset) {
        for (int l = 0; l < layers; l++) {
            int a = rows[offset + l];
            if (nearest[l * accs + a] != a) {
                return false;
            }
        }
        return true;
    }

    void repair(int[] rows, int offset) {
        for (int l = 0; l < layers; l++) {
            rows[offset + l] = nearest[l * accs + rows[offset + l]];
        }
    }

    /** A random allowed mapping into {@code rows[offset ..]}: each gene drawn uniformly, then repaired. */
    void random(int[] rows, int offset, RandomGenerator random) {
        for (int l = 0; l < layers; l++) {
            rows[offset + l] = random.nextInt(0, accs);
        }
        repair(rows, offset);
    }
}
