package io.h2hdse.eval;

/**
 * Delta evaluation of single-layer moves from a base mapping (topological order, default
 * residency), for local search.
 *
 * <p>A move changes the moved layer and the layers whose weight residency it flips on the two
 * accelerators concerned ({@link BaseResidency} finds them without replaying the whole policy). Only
 * the stretch of layers from the first to the last of these is rescheduled; the rest of the makespan
 * comes from the base schedule's longest-path tables ({@link CriticalPaths}). A move that flips no
 * residency (always so with ample weight memory) costs the moved layer's degree plus one lookup per
 * accelerator.
 *
 * <p>Latency and energy equal a full evaluation's up to rounding (sums are associated differently;
 * a relative 1e-12 at most in the tests). In the back-to-back activation modes, where a move also
 * changes its neighbours' transfers, a move is evaluated in full. Not thread-safe: one per search thread.
 */
public final class MoveEvaluator {
    private final Problem p;
    private final Evaluator full;
    private final int[] base;
    /** The base with the move under evaluation applied. */
    private final int[] moved;
    private final double[] finish;
    /** [layer * A + acc]: the accelerator's free time when the layer is scheduled; one more row at the end. */
    private final double[] freeBefore;
    /** [layer]: the latest finish of the layers before it. */
    private final double[] prefixMaxFinish;
    /** [layer]: the energy of the layers before it, and of it and the layers after it. */
    private final double[] prefixEnergy;
    private final double[] suffixEnergy;

    private final double[] newFinish;
    private final double[] newFree;
    private final boolean[] flipped;
    private final double[] out = new double[2];
    private final int jumpPairsPerElement;
    private BaseResidency residency;
    private CriticalPaths paths;
    private double latency;
    private double energy;

    public MoveEvaluator(Evaluator evaluator, int[] baseMapping) {
        this(evaluator, baseMapping, CriticalPaths.JUMP_PAIRS_PER_ELEMENT);
    }

    /** With another budget for the longest-path tables' jump lists (tests force their absence with 0). */
    MoveEvaluator(Evaluator evaluator, int[] baseMapping, int jumpPairsPerElement) {
        this.jumpPairsPerElement = jumpPairsPerElement;
        this.p = evaluator.problem();
        this.full = evaluator;
        int layers = p.layers;
        int accs = p.accs;
        this.base = baseMapping.clone();
        moved = base.clone();
        finish = new double[layers];
        freeBefore = new double[(layers + 1) * accs];
        prefixMaxFinish = new double[layers + 1];
        prefixEnergy = new double[layers + 1];
        suffixEnergy = new double[layers + 1];
        newFinish = new double[layers];
        newFree = new double[accs];
        flipped = new boolean[layers];
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
        residency = new BaseResidency(p, base);
        double[] free = new double[accs];
        double[] contribution = new double[layers];
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
            int mode = (residency.resident[l] ? 0 : Problem.WEIGHTS) | p.sourceSinkMode[l];
            finish[l] = start + p.duration[mode][l * accs + a];
            free[a] = finish[l];
            contribution[l] = edgeEnergy + p.energy[mode][l * accs + a];
            prefixEnergy[l + 1] = running += contribution[l];
            prefixMaxFinish[l + 1] = Math.max(prefixMaxFinish[l], finish[l]);
        }
        System.arraycopy(free, 0, freeBefore, layers * accs, accs);
        for (int l = layers - 1; l >= 0; l--) {
            suffixEnergy[l] = suffixEnergy[l + 1] + contribution[l];
        }
        paths = new CriticalPaths(p, base, finish, residency.resident, jumpPairsPerElement);
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

    private void evaluateEdgeMove(int layer, int to, int from, double[] result) {
        BaseResidency r = residency;
        r.replayMove(layer, from, to);
        int first = layer;
        int last = layer;
        for (int i = 0; i < r.flips; i++) {
            int l = r.flipped[i];
            flipped[l] = true;
            first = Math.min(first, l);
            last = Math.max(last, l);
        }
        if (!paths.jumpsKnown()) {
            last = p.layers - 1;
        }
        try {
            reschedule(layer, from, first, last, r.movedResident, result);
        } finally {
            for (int i = 0; i < r.flips; i++) {
                flipped[r.flipped[i]] = false;
            }
        }
    }

    /** Reschedules layers {@code first..last} of the moved mapping; the rest comes from the base's tables. */
    private void reschedule(int layer, int from, int first, int last, boolean movedResident, double[] result) {
        final int accs = p.accs;
        final CriticalPaths cp = paths;
        System.arraycopy(freeBefore, first * accs, newFree, 0, accs);
        double makespan = Math.max(prefixMaxFinish[first], cp.suffixMaxTail[last + 1]);
        double sum = prefixEnergy[first] + suffixEnergy[last + 1];
        for (int l = first; l <= last; l++) {
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
            boolean resident = l == layer ? movedResident : residency.resident[l] != flipped[l];
            int mode = (resident ? 0 : Problem.WEIGHTS) | p.sourceSinkMode[l];
            double f = start + p.duration[mode][l * accs + a];
            newFinish[l] = f;
            newFree[a] = f;
            sum += edgeEnergy + p.energy[mode][l * accs + a];
            makespan = Math.max(makespan, f);
            if (cp.lastConsumer[l] > last) {
                makespan = Math.max(makespan, cp.longestExit(l, a, f, last));
            }
        }
        sum += movedEdgesEnergyChange(layer, from, moved[layer], last);
        makespan = Math.max(makespan, cp.longestChainCrossing(first, last, newFree, from, moved[layer]));
        if (last + 1 < p.layers) {
            makespan = Math.max(makespan, cp.longestJump(first, last));
        }
        result[0] = makespan;
        result[1] = p.withStaticEnergy(sum, makespan);
    }

    /** The moved layer's edges to consumers after the stretch, whose base energy counted them from the old accelerator. */
    private double movedEdgesEnergyChange(int layer, int from, int to, int last) {
        double change = 0;
        for (int k = p.succStart[layer]; k < p.succStart[layer + 1]; k++) {
            int s = p.succs[k];
            if (s > last) {
                change += p.outputBits[layer] * (p.pairJoulesPerBit[to * p.accs + moved[s]] - p.pairJoulesPerBit[from * p.accs + moved[s]]);
            }
        }
        return change;
    }
}
