package io.h2hdse.eval;

import java.util.Arrays;

/**
 * Delta evaluation of single-layer moves from a base mapping (topological order, default
 * residency), for local search.
 *
 * <p>A move changes the moved layer and the layers whose weight residency it flips on the two
 * accelerators concerned ({@link BaseResidency} finds them without replaying the whole policy). Only
 * the stretch of layers from the first to the last of these is rescheduled; the rest of the makespan
 * comes from the base schedule's longest-path tables ({@link CriticalPaths}). A move that flips no
 * residency (always so with ample weight memory) costs the moved layer's degree and a few lookups.
 * Moves that flip the same layers come to share a base schedule with those flips made
 * ({@link FlipCache}), from which each reschedules its own layer only.
 *
 * <p>Latency and energy equal a full evaluation's up to rounding (sums are associated differently;
 * a relative 1e-12 at most in the tests). In the back-to-back activation modes, where a move also
 * changes its neighbours' transfers, and under the rank order policy, where a move reorders other
 * layers, a move is evaluated in full. Not thread-safe: one per search thread.
 */
public final class MoveEvaluator {
    /**
     * Flip sets kept per move evaluator (a few per accelerator pair cover the moves from one base when
     * weights come in a few sizes), fewer on big problems: their schedules hold about 4 M table entries at most.
     */
    private static final int FLIP_SETS_KEPT = 32;

    private static final long FLIP_CACHE_ENTRIES = 1L << 22;

    private final Problem p;
    private final Evaluator full;
    private final int jumpPairsPerElement;
    /** Whether moves are rescheduled from the base schedule (EDGE activations, topological order) rather than evaluated in full. */
    private final boolean delta;

    private final int[] base;
    /** The base with the move under evaluation applied. */
    private final int[] moved;

    private final double[] newFinish;
    private final double[] newFree;
    /** Layers whose residency the move under evaluation flips, when rescheduled against the base's own residency. */
    private final boolean[] flipped;

    private final FlipCache flipCache;
    private BaseResidency residency;
    private BaseSchedule schedule;
    private double latency;
    private double energy;

    public MoveEvaluator(Evaluator evaluator, int[] baseMapping) {
        this(evaluator, baseMapping, CriticalPaths.JUMP_PAIRS_PER_ELEMENT);
    }

    /** With another budget for the longest-path tables' jump lists (tests force their absence with 0). */
    MoveEvaluator(Evaluator evaluator, int[] baseMapping, int jumpPairsPerElement) {
        this.p = evaluator.problem();
        this.full = evaluator;
        this.jumpPairsPerElement = jumpPairsPerElement;
        this.delta = p.edgeActivations && evaluator.policy() == OrderPolicy.TOPOLOGICAL;
        this.base = baseMapping.clone();
        moved = base.clone();
        newFinish = new double[p.layers];
        newFree = new double[p.accs];
        flipped = new boolean[p.layers];
        long entriesPerSchedule = (long) (p.layers + 1) * p.accs;
        flipCache = new FlipCache((int) Math.max(2, Math.min(FLIP_SETS_KEPT, FLIP_CACHE_ENTRIES / entriesPerSchedule)));
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
        flipCache.clear();
        if (!delta) {
            // Moves are evaluated in full: only the base's own figures are kept.
            double[] out = new double[2];
            full.evaluate(Plan.of(base), out);
            latency = out[0];
            energy = out[1];
            return;
        }
        residency = new BaseResidency(p, base);
        schedule = new BaseSchedule(p, base, residency.resident, jumpPairsPerElement);
        latency = schedule.latency;
        energy = schedule.energy;
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
            if (!delta) {
                full.evaluate(Plan.of(moved), result);
                return;
            }
            evaluateEdgeMove(layer, from, result);
        } finally {
            moved[layer] = from;
        }
    }

    private void evaluateEdgeMove(int layer, int from, double[] result) {
        BaseResidency r = residency;
        r.replayMove(layer, from, moved[layer]);
        if (r.flips == 0) {
            reschedule(schedule, layer, from, layer, layer, r.movedResident, result);
            return;
        }
        Arrays.sort(r.flipped, 0, r.flips);
        int slot = flipCache.lookUp(r.flipped, r.flips);
        BaseSchedule withFlips = flipCache.schedule(slot);
        if (withFlips == null && flipCache.rescheduled(slot) >= p.layers) {
            withFlips = new BaseSchedule(p, base, flippedResidency(r), jumpPairsPerElement);
            flipCache.keep(slot, withFlips);
        }
        if (withFlips != null) {
            reschedule(withFlips, layer, from, layer, layer, r.movedResident, result);
            return;
        }
        int first = Math.min(layer, r.flipped[0]);
        int last = Math.max(layer, r.flipped[r.flips - 1]);
        flipCache.addRescheduled(slot, last - first + 1);
        for (int i = 0; i < r.flips; i++) {
            flipped[r.flipped[i]] = true;
        }
        try {
            reschedule(schedule, layer, from, first, last, r.movedResident, result);
        } finally {
            for (int i = 0; i < r.flips; i++) {
                flipped[r.flipped[i]] = false;
            }
        }
    }

    private static boolean[] flippedResidency(BaseResidency r) {
        boolean[] resident = r.resident.clone();
        for (int i = 0; i < r.flips; i++) {
            resident[r.flipped[i]] = !resident[r.flipped[i]];
        }
        return resident;
    }

    /**
     * Reschedules layers {@code first..last} of the moved mapping against base schedule {@code s}
     * (its residency, with {@link #flipped} flipped); the rest comes from its tables. Without jump
     * lists the stretch runs to the last layer.
     */
    private void reschedule(
            BaseSchedule s, int layer, int from, int first, int stretchEnd, boolean movedResident, double[] result) {
        final int accs = p.accs;
        final CriticalPaths cp = s.paths;
        final int last = cp.jumpsKnown() ? stretchEnd : p.layers - 1;
        System.arraycopy(s.freeBefore, first * accs, newFree, 0, accs);
        double makespan = Math.max(s.prefixMaxFinish[first], cp.suffixMaxTail[last + 1]);
        double sum = s.prefixEnergy[first] + s.suffixEnergy[last + 1];
        for (int l = first; l <= last; l++) {
            int a = moved[l];
            double edgeEnergy = 0;
            double start = newFree[a];
            for (int k = p.predStart[l]; k < p.predStart[l + 1]; k++) {
                int pred = p.preds[k];
                double produced = pred < first ? s.finish[pred] : newFinish[pred];
                start = Math.max(start, p.arrival(produced, k, moved[pred], a));
                edgeEnergy += p.edgeJoules(k, moved[pred], a);
            }
            boolean resident = l == layer ? movedResident : s.resident[l] != flipped[l];
            int c = p.edgeCostIndex(l, a, resident);
            double f = start + p.edgeCosts[c];
            newFinish[l] = f;
            newFree[a] = f;
            sum += edgeEnergy + p.edgeCosts[c + 1];
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
                change += p.outputBits[layer]
                        * (p.transferJoulesPerBit(to, moved[s]) - p.transferJoulesPerBit(from, moved[s]));
            }
        }
        return change;
    }
}
