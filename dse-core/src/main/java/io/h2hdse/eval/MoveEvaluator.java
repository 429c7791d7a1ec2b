package io.h2hdse.eval;

import java.util.Arrays;

/**
 * Delta evaluation of single-layer moves from a base mapping (topological order, default
 * residency), for local search.
 *
 * <p>A move that leaves weight residency as it is (every weight mapped to the two accelerators
 * concerned stays resident) is evaluated from the base schedule's longest-path tables
 * ({@link CriticalPaths}) in time proportional to the moved layer's degree. A move that changes
 * residency recomputes the schedule from the first layer it affects and stops as soon as the schedule
 * state (accelerator free times and every producer still awaited) equals the base's again.
 *
 * <p>Latency and energy equal a full evaluation's up to rounding (sums are associated differently;
 * a relative 1e-12 at most in the tests). In the back-to-back activation modes, where a move also
 * changes its neighbours' transfers, a move is evaluated in full. Not thread-safe: one per search thread.
 */
public final class MoveEvaluator {
    private final Problem p;
    private final Evaluator full;
    private final int[] base;
    private final double[] finish;
    private final double[] contribution;
    private final boolean[] resident;
    /** [layer * A + acc]: the accelerator's free time when the layer is scheduled. */
    private final double[] freeBefore;
    private final double[] prefixMaxFinish;
    private final double[] suffixMaxFinish;
    private final double[] prefixEnergy;
    private final double[] suffixEnergy;
    private final int[] lastConsumer;
    private final double[] accWeightBits;
    private final boolean[] allResident;

    private final double[] newFinish;
    private final double[] newFree;
    private final boolean[] newResident;
    private final int[] expiring;
    private final double[] remaining;
    private final int[] moved;
    private final double[] out = new double[2];
    private CriticalPaths paths;
    private double latency;
    private double energy;

    public MoveEvaluator(Evaluator evaluator, int[] baseMapping) {
        this.p = evaluator.problem();
        this.full = evaluator;
        int layers = p.layers;
        int accs = p.accs;
        this.base = baseMapping.clone();
        finish = new double[layers];
        contribution = new double[layers];
        resident = new boolean[layers];
        freeBefore = new double[(layers + 1) * accs];
        prefixMaxFinish = new double[layers + 1];
        suffixMaxFinish = new double[layers + 1];
        prefixEnergy = new double[layers + 1];
        suffixEnergy = new double[layers + 1];
        lastConsumer = new int[layers];
        accWeightBits = new double[accs];
        allResident = new boolean[accs];
        newFinish = new double[layers];
        newFree = new double[accs];
        newResident = new boolean[layers];
        expiring = new int[layers + 1];
        remaining = new double[accs];
        moved = base.clone();
        for (int l = 0; l < layers; l++) {
            lastConsumer[l] = p.succStart[l + 1] > p.succStart[l] ? p.succs[p.succStart[l + 1] - 1] : -1;
        }
        rebuild();
    }

    /** Latency of the current base mapping. */
    public double latency() {
        return latency;
    }

    /** Energy of the current base mapping. */
    public double energy() {
        return energy;
    }

    /** The current base mapping (a copy). */
    public int[] mapping() {
        return base.clone();
    }

    /** Makes the move permanent: the base becomes the moved mapping. */
    public void apply(int layer, int acc) {
        base[layer] = acc;
        moved[layer] = acc;
        rebuild();
    }

    private void rebuild() {
        if (!p.edgeActivations) {
            // Moves are evaluated in full in these modes: only the base's own figures are kept.
            full.evaluate(Plan.of(base), out);
            latency = out[0];
            energy = out[1];
            return;
        }
        int layers = p.layers;
        int accs = p.accs;
        p.defaultResidency(base, 0, remaining, resident);
        double[] free = new double[accs];
        double running = 0;
        for (int l = 0; l < layers; l++) {
            System.arraycopy(free, 0, freeBefore, l * accs, accs);
            int a = base[l];
            double edgeEnergy = 0;
            double start = free[a];
            for (int k = p.predStart[l]; k < p.predStart[l + 1]; k++) {
                int pred = p.preds[k];
                double ready = finish[pred];
                if (base[pred] != a) {
                    int pair = base[pred] * accs + a;
                    ready += p.outputBits[pred] * p.pairSecondsPerBit[pair];
                    edgeEnergy += p.outputBits[pred] * p.pairJoulesPerBit[pair];
                }
                start = Math.max(start, ready);
            }
            int mode = (resident[l] ? 0 : Problem.WEIGHTS) | p.sourceSinkMode[l];
            finish[l] = start + p.duration[mode][l * accs + a];
            free[a] = finish[l];
            contribution[l] = edgeEnergy + p.energy[mode][l * accs + a];
            prefixEnergy[l + 1] = running += contribution[l];
            prefixMaxFinish[l + 1] = Math.max(prefixMaxFinish[l], finish[l]);
        }
        System.arraycopy(free, 0, freeBefore, layers * accs, accs);
        for (int l = layers - 1; l >= 0; l--) {
            suffixMaxFinish[l] = Math.max(suffixMaxFinish[l + 1], finish[l]);
            suffixEnergy[l] = suffixEnergy[l + 1] + contribution[l];
        }
        Arrays.fill(accWeightBits, 0);
        for (int l = 0; l < layers; l++) {
            accWeightBits[base[l]] += p.weightBits[l];
        }
        for (int a = 0; a < accs; a++) {
            allResident[a] = accWeightBits[a] <= p.weightCapacityBits[a];
        }
        paths = new CriticalPaths(p, base, finish, resident);
        // The pass above is the fast path's schedule, summed in the same order: no need to evaluate again.
        latency = prefixMaxFinish[layers];
        energy = p.withStaticEnergy(prefixEnergy[layers], latency);
    }

    /**
     * Evaluates moving one layer to another accelerator without changing the base.
     * {@code out[0]} = latency, {@code out[1]} = energy.
     */
    public void evaluateMove(int layer, int acc, double[] result) {
        int from = base[layer];
        if (acc == from) {
            result[0] = latency;
            result[1] = energy;
            return;
        }
        moved[layer] = acc;
        try {
            if (!p.edgeActivations) {
                full.evaluate(Plan.of(moved), result);
                return;
            }
            evaluateEdgeMove(layer, acc, from, result);
        } finally {
            moved[layer] = from;
        }
    }

    private void evaluateEdgeMove(int layer, int acc, int from, double[] result) {
        // While both accelerators hold all their weights, residency cannot change (and the moved layer stays resident).
        boolean residencyKept = allResident[from]
                && allResident[acc] && accWeightBits[acc] + p.weightBits[layer] <= p.weightCapacityBits[acc];
        if (residencyKept) {
            evaluateFromPaths(layer, acc, from, result);
        } else {
            evaluateByRecomputing(layer, result);
        }
    }

    /** Recomputes the moved mapping's schedule from the first layer the move affects until it re-converges. */
    private void evaluateByRecomputing(int layer, double[] result) {
        final int layers = p.layers;
        final int accs = p.accs;
        p.defaultResidency(moved, 0, remaining, newResident);
        int first = layer;
        int lastForced = layer;
        for (int l = 0; l < layers; l++) {
            if (newResident[l] != resident[l]) {
                first = Math.min(first, l);
                lastForced = Math.max(lastForced, l);
            }
        }
        System.arraycopy(freeBefore, first * accs, newFree, 0, accs);
        int differingAccs = 0;
        int awaited = 0;
        double makespan = prefixMaxFinish[first];
        double sum = prefixEnergy[first];
        int l = first;
        for (; l < layers; l++) {
            int a = moved[l];
            double edgeEnergy = 0;
            double start = newFree[a];
            for (int k = p.predStart[l]; k < p.predStart[l + 1]; k++) {
                int pred = p.preds[k];
                double ready = pred < first ? finish[pred] : newFinish[pred];
                if (moved[pred] != a) {
                    int pair = moved[pred] * accs + a;
                    ready += p.outputBits[pred] * p.pairSecondsPerBit[pair];
                    edgeEnergy += p.outputBits[pred] * p.pairJoulesPerBit[pair];
                }
                start = Math.max(start, ready);
            }
            int mode = (newResident[l] ? 0 : Problem.WEIGHTS) | p.sourceSinkMode[l];
            double f = start + p.duration[mode][l * accs + a];
            newFinish[l] = f;
            boolean wasDiffering = newFree[a] != freeBefore[l * accs + a];
            newFree[a] = f;
            sum += edgeEnergy + p.energy[mode][l * accs + a];
            makespan = Math.max(makespan, f);

            differingAccs += countChange(a, l, wasDiffering);
            if (a != base[l]) {
                differingAccs += countChange(base[l], l, newFree[base[l]] != freeBefore[l * accs + base[l]]);
            }
            if ((f != finish[l] || a != base[l]) && lastConsumer[l] > l) {
                awaited++;
                expiring[lastConsumer[l]]++;
            }
            awaited -= expiring[l];
            expiring[l] = 0;
            if (l >= lastForced && differingAccs == 0 && awaited == 0) {
                break;
            }
        }
        if (l < layers) {
            makespan = Math.max(makespan, suffixMaxFinish[l + 1]);
            sum += suffixEnergy[l + 1];
        }
        result[0] = makespan;
        result[1] = p.withStaticEnergy(sum, makespan);
    }

    /**
     * A move with residency unchanged (the moved layer is resident on both sides): the new longest
     * path runs through the moved layer, through its old accelerator's closed gap, or avoids both.
     */
    private void evaluateFromPaths(int layer, int to, int from, double[] result) {
        int accs = p.accs;
        CriticalPaths cp = paths;
        int mode = p.sourceSinkMode[layer];
        double energyChange = -contribution[layer] + p.energy[mode][layer * accs + to];
        int previousOnTo = cp.previousOn[layer * accs + to];
        double head = previousOnTo >= 0 ? finish[previousOnTo] : 0;
        for (int k = p.predStart[layer]; k < p.predStart[layer + 1]; k++) {
            int pred = p.preds[k];
            head = Math.max(head, finish[pred] + cp.transfer(pred, base[pred], to));
            energyChange += p.outputBits[pred] * p.pairJoulesPerBit[base[pred] * accs + to];
        }
        int nextOnTo = cp.nextOn[layer * accs + to];
        double after = nextOnTo >= 0 ? cp.tail[nextOnTo] : 0;
        for (int k = p.succStart[layer]; k < p.succStart[layer + 1]; k++) {
            int s = p.succs[k];
            after = Math.max(after, cp.transfer(layer, to, base[s]) + cp.tail[s]);
            energyChange += p.outputBits[layer] * (p.pairJoulesPerBit[to * accs + base[s]] - p.pairJoulesPerBit[from * accs + base[s]]);
        }
        double makespan = head + p.duration[mode][layer * accs + to] + after;
        int previousOnFrom = cp.previousOn[layer * accs + from];
        int nextOnFrom = cp.nextOn[layer * accs + from];
        if (previousOnFrom >= 0 && nextOnFrom >= 0) {
            makespan = Math.max(makespan, finish[previousOnFrom] + cp.tail[nextOnFrom]);
        }
        makespan = Math.max(makespan, cp.avoiding(layer, to, prefixMaxFinish[layer]));
        result[0] = makespan;
        result[1] = p.withStaticEnergy(prefixEnergy[p.layers] + energyChange, makespan);
    }

    /** +1 if the accelerator's free time now differs from the base's after this layer, -1 if it stopped differing. */
    private int countChange(int a, int l, boolean differedBefore) {
        boolean differsNow = newFree[a] != freeBefore[(l + 1) * p.accs + a];
        return (differsNow ? 1 : 0) - (differedBefore ? 1 : 0);
    }
}
