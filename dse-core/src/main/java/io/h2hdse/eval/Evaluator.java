package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The fast path: mapping(s) → latency and energy, with the semantics of the package doc. Thread-safe
 * (working arrays are per thread) and allocation-free per call on the batch and move entry points.
 */
public final class Evaluator {
    private final Problem p;
    private final ThreadLocal<Scratch> scratch;

    public Evaluator(Problem problem) {
        this.p = problem;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(problem.layers, problem.accs));
    }

    public Problem problem() {
        return p;
    }

    /** {latency seconds, energy joules} of a mapping in topological order with default residency. */
    public double[] evaluate(int[] mapping) {
        double[] out = new double[2];
        evaluate(Plan.of(mapping), out);
        return out;
    }

    /** Evaluates a plan; {@code out[0]} = latency, {@code out[1]} = energy (infinite if the plan deadlocks). */
    public void evaluate(Plan plan, double[] out) {
        Scratch s = scratch.get();
        out[0] = plan.order() == null
                ? runTopological(plan.mapping(), 0, plan.resident(), plan.localActivations(), s)
                : runOrdered(plan.mapping(), plan.order(), plan.resident(), plan.localActivations(), s);
        out[1] = s.energy;
    }

    /**
     * Batch entry point for a population: {@code mappings} holds {@code count} mappings of
     * {@code layers()} ints each, back to back.
     */
    public void evaluate(int[] mappings, int count, double[] latencyOut, double[] energyOut) {
        Scratch s = scratch.get();
        int layers = p.layers;
        for (int m = 0; m < count; m++) {
            latencyOut[m] = runTopological(mappings, m * layers, null, true, s);
            energyOut[m] = s.energy;
        }
    }

    private double runTopological(int[] map, int off, boolean[] residentGiven, boolean local, Scratch s) {
        boolean[] resident = residentGiven != null ? residentGiven : defaultResidency(map, off, s);
        return p.edgeActivations ? runEdge(map, off, resident, s) : runBackToBack(map, off, resident, local, s);
    }

    /**
     * EDGE activations in topological order, the hot path of every solver. Branch-free on the
     * mapping's data, since those branches are unpredictable across mappings: an edge within one
     * accelerator adds {@code bits * 0.0} (the pair tables' diagonal), exactly nothing.
     */
    private double runEdge(int[] map, int off, boolean[] resident, Scratch s) {
        final int accs = p.accs;
        final int[] predStart = p.predStart;
        final int[] preds = p.preds;
        final double[] predBits = p.predBits;
        final double[] perBit = p.pairPerBit;
        final double[] costs = p.edgeCosts;
        final double[] finish = s.finish;
        final double[] accFree = s.accFree;
        Arrays.fill(accFree, 0);
        double energy = 0;
        for (int l = 0; l < p.layers; l++) {
            int a = map[off + l];
            double start = accFree[a];
            double edgeEnergy = 0;
            for (int k = predStart[l], end = predStart[l + 1]; k < end; k++) {
                int pred = preds[k];
                int pair = (map[off + pred] * accs + a) * 2;
                double bits = predBits[k];
                start = max(start, finish[pred] + bits * perBit[pair]);
                edgeEnergy += bits * perBit[pair + 1];
            }
            int c = ((l * accs + a) * 2 + (resident[l] ? 0 : 1)) * 2;
            double f = start + costs[c];
            finish[l] = f;
            accFree[a] = f;
            energy += edgeEnergy + costs[c + 1];
        }
        // A consumer never finishes before its producers, so the last layer to finish is a sink.
        double makespan = 0;
        for (int sink : p.sinks) {
            makespan = max(makespan, finish[sink]);
        }
        s.energy = p.withStaticEnergy(energy, makespan);
        return makespan;
    }

    /**
     * The larger of two times without a branch: times are non-negative (or +infinity), where IEEE
     * order is the integer order of the bit patterns, and the maximum of two longs compiles to a
     * conditional move ({@code Math.max} on doubles compiles to branches unless its own profile
     * looks unpredictable).
     */
    private static double max(double x, double y) {
        return Double.longBitsToDouble(Math.max(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(y)));
    }

    private double runBackToBack(int[] map, int off, boolean[] resident, boolean local, Scratch s) {
        final Problem p = this.p;
        final int accs = p.accs;
        final double[] finish = s.finish;
        final double[] accFree = s.accFree;
        if (local) {
            fillNextOnAcc(map, off, s);
        }
        Arrays.fill(accFree, 0);
        Arrays.fill(s.lastOnAcc, -1);
        double makespan = 0;
        double energy = 0;
        for (int l = 0; l < p.layers; l++) {
            int a = map[off + l];
            double start = accFree[a];
            for (int k = p.predStart[l], end = p.predStart[l + 1]; k < end; k++) {
                double ready = finish[p.preds[k]];
                if (ready > start) {
                    start = ready;
                }
            }
            int mode = (resident[l] ? 0 : Problem.WEIGHTS) | ioMode(l, s.lastOnAcc[a], local ? s.nextOnAcc[l] : -1, local);
            s.lastOnAcc[a] = l;
            int i = l * accs + a;
            double f = start + p.duration[mode][i];
            finish[l] = f;
            accFree[a] = f;
            energy += p.energy[mode][i];
            if (f > makespan) {
                makespan = f;
            }
        }
        s.energy = p.withStaticEnergy(energy, makespan);
        return makespan;
    }

    /** Input and output transfer bits of a layer in the back-to-back modes, given its neighbours on its accelerator. */
    private int ioMode(int layer, int prevOnAcc, int nextOnAcc, boolean local) {
        boolean inputLocal = local && prevOnAcc >= 0 && p.localSuccessor[prevOnAcc] == layer;
        boolean outputLocal = local && nextOnAcc >= 0 && p.localSuccessor[layer] == nextOnAcc;
        return (inputLocal ? 0 : Problem.INPUT) | (outputLocal ? 0 : Problem.OUTPUT);
    }

    private void fillNextOnAcc(int[] map, int off, Scratch s) {
        int[] last = s.lastOnAcc;
        Arrays.fill(last, -1);
        for (int l = p.layers - 1; l >= 0; l--) {
            int a = map[off + l];
            s.nextOnAcc[l] = last[a];
            last[a] = l;
        }
    }

    private boolean[] defaultResidency(int[] map, int off, Scratch s) {
        if (p.residentEverywhere != null) {
            return p.residentEverywhere;
        }
        p.defaultResidency(map, off, s.remainingCapacity, s.resident);
        return s.resident;
    }

    /** List schedule with a given per-accelerator order; infinity if the order contradicts the edges. */
    private double runOrdered(int[] map, int[][] order, boolean[] residentGiven, boolean local, Scratch s) {
        final Problem p = this.p;
        final int accs = p.accs;
        final boolean[] resident = residentGiven != null ? residentGiven : defaultResidency(map, 0, s);
        final boolean edge = p.edgeActivations;
        final boolean backToBack = !edge && local;
        for (int l = 0; l < p.layers; l++) {
            s.waitingPreds[l] = p.predStart[l + 1] - p.predStart[l];
        }
        Arrays.fill(s.accFree, 0);
        Arrays.fill(s.position, 0);
        double makespan = 0;
        int done = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int a = 0; a < accs; a++) {
                int[] queue = order[a];
                while (s.position[a] < queue.length && s.waitingPreds[queue[s.position[a]]] == 0) {
                    int pos = s.position[a]++;
                    int l = queue[pos];
                    double start = s.accFree[a];
                    double edgeEnergy = 0;
                    for (int k = p.predStart[l], end = p.predStart[l + 1]; k < end; k++) {
                        int pred = p.preds[k];
                        double ready = s.finish[pred];
                        int from = map[pred];
                        if (edge && from != a) {
                            int pair = (from * accs + a) * 2;
                            double bits = p.outputBits[pred];
                            ready += bits * p.pairPerBit[pair];
                            edgeEnergy += bits * p.pairPerBit[pair + 1];
                        }
                        start = Math.max(start, ready);
                    }
                    int mode = resident[l] ? 0 : Problem.WEIGHTS;
                    if (edge) {
                        mode |= p.sourceSinkMode[l];
                    } else {
                        int prev = pos > 0 ? queue[pos - 1] : -1;
                        int next = pos + 1 < queue.length ? queue[pos + 1] : -1;
                        mode |= ioMode(l, prev, next, backToBack);
                    }
                    int i = l * accs + a;
                    double f = start + p.duration[mode][i];
                    s.finish[l] = f;
                    s.accFree[a] = f;
                    s.layerEnergy[l] = edgeEnergy + p.energy[mode][i];
                    makespan = Math.max(makespan, f);
                    for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                        s.waitingPreds[p.succs[k]]--;
                    }
                    done++;
                    progress = true;
                }
            }
        }
        if (done < p.layers) {
            s.energy = Double.POSITIVE_INFINITY;
            return Double.POSITIVE_INFINITY;
        }
        double energy = 0;
        for (int l = 0; l < p.layers; l++) {
            energy += s.layerEnergy[l];
        }
        s.energy = p.withStaticEnergy(energy, makespan);
        return makespan;
    }
}
