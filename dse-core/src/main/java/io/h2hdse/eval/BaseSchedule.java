package io.h2hdse.eval;

/**
 * A mapping's schedule (edge activations, topological order) with a given residency, kept with the
 * prefix and suffix figures and longest-path tables from which a move's stretch is rescheduled.
 */
final class BaseSchedule {
    final boolean[] resident;
    final double[] finish;
    /** [layer * A + acc]: the accelerator's free time when the layer is scheduled; one more row at the end. */
    final double[] freeBefore;
    /** [layer]: the latest finish of the layers before it. */
    final double[] prefixMaxFinish;
    /** [layer]: the energy of the layers before it, and of it and the layers after it. */
    final double[] prefixEnergy;

    final double[] suffixEnergy;
    final CriticalPaths paths;
    final double latency;
    final double energy;

    BaseSchedule(Problem p, int[] map, boolean[] resident, int jumpPairsPerElement) {
        int layers = p.layers;
        int accs = p.accs;
        this.resident = resident;
        finish = new double[layers];
        freeBefore = new double[(layers + 1) * accs];
        prefixMaxFinish = new double[layers + 1];
        prefixEnergy = new double[layers + 1];
        suffixEnergy = new double[layers + 1];
        double[] free = new double[accs];
        double[] contribution = new double[layers];
        double running = 0;
        for (int l = 0; l < layers; l++) {
            System.arraycopy(free, 0, freeBefore, l * accs, accs);
            int a = map[l];
            double edgeEnergy = 0;
            double start = free[a];
            for (int k = p.predStart[l]; k < p.predStart[l + 1]; k++) {
                int pred = p.preds[k];
                start = Math.max(start, p.arrival(finish[pred], k, map[pred], a));
                edgeEnergy += p.edgeJoules(k, map[pred], a);
            }
            int c = p.edgeCostIndex(l, a, resident[l]);
            finish[l] = start + p.edgeCosts[c];
            free[a] = finish[l];
            contribution[l] = edgeEnergy + p.edgeCosts[c + 1];
            prefixEnergy[l + 1] = running += contribution[l];
            prefixMaxFinish[l + 1] = Math.max(prefixMaxFinish[l], finish[l]);
        }
        System.arraycopy(free, 0, freeBefore, layers * accs, accs);
        for (int l = layers - 1; l >= 0; l--) {
            suffixEnergy[l] = suffixEnergy[l + 1] + contribution[l];
        }
        paths = new CriticalPaths(p, map, finish, resident, jumpPairsPerElement);
        // The pass above is the fast path's schedule, summed in the same order.
        latency = prefixMaxFinish[layers];
        energy = p.withStaticEnergy(prefixEnergy[layers], latency);
    }
}
