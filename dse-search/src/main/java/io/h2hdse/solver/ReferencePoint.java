package io.h2hdse.solver;

import io.h2hdse.eval.Problem;
import io.h2hdse.system.ExecutionOptions;

/**
 * A (latency, energy) point no allowed mapping of a problem can exceed: the hypervolume reference of
 * every run's trace, the same for every solver on one problem so their traces compare.
 */
public record ReferencePoint(double latency, double energy) {
    /**
     * Every layer run one after another at its slowest allowed duration (all its own transfers paid),
     * plus every edge moved over the slowest pair link; energy likewise at the most expensive choices,
     * plus static power over that latency.
     */
    public static ReferencePoint worstCase(Problem problem) {
        int accs = problem.accelerators();
        double slowestPair = 0;
        double costliestPair = 0;
        for (int a = 0; a < accs; a++) {
            for (int b = 0; b < accs; b++) {
                slowestPair = Math.max(slowestPair, problem.transferSecondsPerBit(a, b));
                costliestPair = Math.max(costliestPair, problem.transferJoulesPerBit(a, b));
            }
        }
        double latency = 0;
        double energy = 0;
        for (int l = 0; l < problem.layers(); l++) {
            double slowest = 0;
            double costliest = 0;
            for (int a : problem.allowedAccelerators(l)) {
                for (int mode = 0; mode < 8; mode++) {
                    boolean weights = (mode & 4) != 0;
                    boolean input = (mode & 2) != 0;
                    boolean output = (mode & 1) != 0;
                    slowest = Math.max(slowest, problem.duration(l, a, weights, input, output));
                    costliest = Math.max(costliest, problem.energy(l, a, weights, input, output));
                }
            }
            latency += slowest;
            energy += costliest;
            for (int pred : problem.predecessors(l)) {
                latency += problem.outputBits(pred) * slowestPair;
                energy += problem.outputBits(pred) * costliestPair;
            }
        }
        if (problem.options().energy() == ExecutionOptions.Energy.COMPONENTS) {
            for (int a = 0; a < accs; a++) {
                energy += problem.system().accelerator(a).staticPowerW() * latency;
            }
        }
        return new ReferencePoint(latency, energy);
    }
}
