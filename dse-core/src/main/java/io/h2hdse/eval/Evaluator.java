package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The fast path: mapping(s) → latency and energy, with the semantics of the package doc. Thread-safe
 * (working arrays are per thread) and allocation-free per call on the batch entry point.
 */
public final class Evaluator {
    private final Problem p;
    private final OrderPolicy policy;
    private final ThreadLocal<Scratch> scratch;

    /** An evaluator with the rank decoder's order policy ({@link OrderPolicy#RANK}), the one every solver uses. */
    public Evaluator(Problem problem) {
        this(problem, OrderPolicy.RANK);
    }

    /** An evaluator that orders plans without an order of their own by {@code policy}. */
    public Evaluator(Problem problem, OrderPolicy policy) {
        this.p = problem;
        this.policy = policy;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(problem.layers, problem.accs));
    }

    public Problem problem() {
        return p;
    }

    public OrderPolicy policy() {
        return policy;
    }

    /** {latency seconds, energy joules} of a mapping under this evaluator's order policy, with default residency. */
    public double[] evaluate(int[] mapping) {
        double[] out = new double[2];
        evaluate(Plan.of(mapping), out);
        return out;
    }

    /**
     * Evaluates a plan (in its own order if it has one, else by this evaluator's policy);
     * {@code out[0]} = latency, {@code out[1]} = energy (infinite if the plan deadlocks).
     */
    public void evaluate(Plan plan, double[] out) {
        Scratch s = scratch.get();
        out[0] = plan.order() == null
                ? run(plan.mapping(), 0, plan.resident(), plan.localActivations(), s, out, 1)
                : runOrdered(plan.mapping(), plan.order(), plan.resident(), plan.localActivations(), s, out, 1);
    }

    /**
     * Batch entry point for a population: {@code mappings} holds {@code count} mappings of
     * {@code layers()} ints each, back to back, each ordered by this evaluator's policy.
     */
    public void evaluate(int[] mappings, int count, double[] latencyOut, double[] energyOut) {
        Scratch s = scratch.get();
        int layers = p.layers;
        for (int m = 0; m < count; m++) {
            latencyOut[m] = run(mappings, m * layers, null, true, s, energyOut, m);
        }
    }

    /**
     * The per-accelerator order the rank decoder gives the plan's mapping and residency (the plan's
     * own order, if any, is ignored), in the format of {@link Plan#order()}.
     */
    public int[][] rankOrder(Plan plan) {
        Scratch s = scratch.get();
        boolean[] resident = plan.resident() != null ? plan.resident() : defaultResidency(plan.mapping(), 0, s);
        RankDecoder.decode(p, plan.mapping(), 0, resident, s.rank);
        int[] count = new int[p.accs];
        for (int a : plan.mapping()) {
            count[a]++;
        }
        int[][] order = new int[p.accs][];
        for (int a = 0; a < p.accs; a++) {
            order[a] = new int[count[a]];
            count[a] = 0;
        }
        for (int l : s.rank.sequence) {
            int a = plan.mapping()[l];
            order[a][count[a]++] = l;
        }
        return order;
    }

    /** The mapping at {@code map[off ..]} by this evaluator's policy; returns the latency and writes the energy to {@code energyOut[at]}. */
    private double run(
            int[] map, int off, boolean[] residentGiven, boolean local, Scratch s, double[] energyOut, int at) {
        boolean[] resident = residentGiven != null ? residentGiven : defaultResidency(map, off, s);
        int[] sequence = s.topological;
        if (policy == OrderPolicy.RANK) {
            double makespan = RankDecoder.decode(p, map, off, resident, s.rank);
            if (p.edgeActivations) {
                energyOut[at] = s.rank.energy;
                return makespan;
            }
            sequence = s.rank.sequence;
        }
        return p.edgeActivations
                ? runEdge(map, off, sequence, resident, s, energyOut, at)
                : runBackToBack(map, off, sequence, resident, local, s, energyOut, at);
    }

    /**
     * EDGE activations, layers dispatched in {@code sequence} (a topological order), each by
     * {@link Problem#edgeStep}. Calling the step (inlined: "inline (hot)" under -XX:+PrintInlining) runs
     * this pass at 0.88-0.98x (median 0.96) the step written out here with ample weights, 1.0x with tight
     * ones, by thread CPU time in eight alternating pairs of RankCpuRatio runs; a variant returning the
     * finish (joules through an array) ran at 0.89x. The 0.57x once measured was the JIT's run-to-run
     * variance under load, which the written-out loop showed too (one run in five at 0.34x).
     */
    private double runEdge(
            int[] map, int off, int[] sequence, boolean[] resident, Scratch s, double[] energyOut, int at) {
        final Problem p = this.p;
        final double[] finish = s.finish;
        final double[] accFree = s.accFree;
        Arrays.fill(accFree, 0);
        double energy = 0;
        for (int i = 0; i < p.layers; i++) {
            int l = sequence[i];
            int a = map[off + l];
            energy += p.edgeStep(map, off, l, a, accFree[a], resident[l], finish);
            accFree[a] = finish[l];
        }
        // A consumer never finishes before its producers, so the last layer to finish is a sink.
        double makespan = 0;
        for (int sink : p.sinks) {
            makespan = Problem.later(makespan, finish[sink]);
        }
        energyOut[at] = p.withStaticEnergy(energy, makespan);
        return makespan;
    }

    /**
     * The back-to-back modes, layers dispatched in {@code sequence}; {@code local}: an activation stays
     * on its accelerator from a layer to its local successor run right after it.
     */
    private double runBackToBack(
            int[] map,
            int off,
            int[] sequence,
            boolean[] resident,
            boolean local,
            Scratch s,
            double[] energyOut,
            int at) {
        final Problem p = this.p;
        final double[] finish = s.finish;
        final double[] accFree = s.accFree;
        if (local) {
            fillNextOnAcc(map, off, sequence, s);
        }
        Arrays.fill(accFree, 0);
        Arrays.fill(s.lastOnAcc, -1);
        double makespan = 0;
        double energy = 0;
        for (int i = 0; i < p.layers; i++) {
            int l = sequence[i];
            int a = map[off + l];
            int mode =
                    (resident[l] ? 0 : Problem.WEIGHTS) | ioMode(l, s.lastOnAcc[a], local ? s.nextOnAcc[l] : -1, local);
            s.lastOnAcc[a] = l;
            energy += p.backToBackStep(l, a, accFree[a], mode, finish);
            double f = finish[l];
            accFree[a] = f;
            if (f > makespan) {
                makespan = f;
            }
        }
        energyOut[at] = p.withStaticEnergy(energy, makespan);
        return makespan;
    }

    /** Input and output transfer bits of a layer in the back-to-back modes, given its neighbours on its accelerator. */
    private int ioMode(int layer, int prevOnAcc, int nextOnAcc, boolean local) {
        boolean inputLocal = local && prevOnAcc >= 0 && p.localSuccessor[prevOnAcc] == layer;
        boolean outputLocal = local && nextOnAcc >= 0 && p.localSuccessor[layer] == nextOnAcc;
        return (inputLocal ? 0 : Problem.INPUT) | (outputLocal ? 0 : Problem.OUTPUT);
    }

    private void fillNextOnAcc(int[] map, int off, int[] sequence, Scratch s) {
        int[] last = s.lastOnAcc;
        Arrays.fill(last, -1);
        for (int i = p.layers - 1; i >= 0; i--) {
            int l = sequence[i];
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
    private double runOrdered(
            int[] map, int[][] order, boolean[] residentGiven, boolean local, Scratch s, double[] energyOut, int at) {
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
                    double free = s.accFree[a];
                    if (edge) {
                        s.layerEnergy[l] = p.edgeStep(map, 0, l, a, free, resident[l], s.finish);
                    } else {
                        int prev = pos > 0 ? queue[pos - 1] : -1;
                        int next = pos + 1 < queue.length ? queue[pos + 1] : -1;
                        int mode = (resident[l] ? 0 : Problem.WEIGHTS) | ioMode(l, prev, next, backToBack);
                        s.layerEnergy[l] = p.backToBackStep(l, a, free, mode, s.finish);
                    }
                    double f = s.finish[l];
                    s.accFree[a] = f;
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
            energyOut[at] = Double.POSITIVE_INFINITY;
            return Double.POSITIVE_INFINITY;
        }
        double energy = 0;
        for (int l = 0; l < p.layers; l++) {
            energy += s.layerEnergy[l];
        }
        energyOut[at] = p.withStaticEnergy(energy, makespan);
        return makespan;
    }
}
