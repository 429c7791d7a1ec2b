package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then a list schedule in time over one unordered list of the released layers
 * (all producers dispatched), each with its accelerator and its data's arrival. A released layer can
 * start at the later of its accelerator's free time and its arrival; the next dispatch is the one
 * that can start first (ties: lower accelerator id, then higher rank, then lower layer id). That is
 * the package doc's rule: the earliest start of an accelerator is the earliest over its released
 * layers, and among an accelerator's layers those that start at its earliest start are exactly those
 * whose data has arrived by then. O(L·R + E) for at most R layers released at a time.
 *
 * <p>One list over all accelerators, not one per accelerator: R is small (on
 * {@code EvaluatorBenchmark}'s problem 1 to 3), and a dispatch then needs neither a scan over the
 * accelerators nor each accelerator's earliest arrival kept up to date. Per-accelerator lists (and
 * before them two heaps per accelerator, waiting by arrival and ready by rank) were the previous
 * versions: the single list decodes 1.3 to 1.4 times as fast as those lists (by thread CPU time, both
 * {@code EvaluatorBenchmark}'s and {@code ZooEvaluatorBenchmark}'s problems).
 *
 * <p>The ranks pass keeps what the dispatch needs and does not depend on the times: each layer's
 * duration and (in {@code EDGE} mode) joules, incoming activations' included, and each edge's
 * transfer time. Each edge's joules are computed beside its transfer time, from the same entry of
 * the per-pair tables, and summed per consumer in predecessor order, as {@link Problem#edgeStep}
 * sums them. A dispatch then adds its finish and each outgoing edge's transfer time to its
 * consumers' arrivals: in {@code EDGE} mode the dispatch's start and finish times are the schedule's
 * (a layer starts at the later of its accelerator's free time and its inputs' arrival, and takes its
 * schedule duration), so the decode also returns the schedule's latency and energy: no second pass.
 *
 * <p>A static sort by rank (each accelerator strictly in rank order, waiting for a high-rank layer
 * whose inputs are still in flight while a ready one could run) was the first version: H2H's own
 * mappings of the zoo's multi-branch models, on the 12 problems of {@code search-vs-h2h.yaml}, took
 * 1.05 to 1.24 times H2H's latency when ordered by that sort, and 0.95 to 1.08 times under this list schedule.
 */
final class RankDecoder {
    private RankDecoder() {}

    /** Working arrays of one thread. */
    static final class Work {
        /** Minus the upward rank. */
        final double[] priority;

        final int[] sequence;
        /** A layer's rank duration on its accelerator: in {@code EDGE} mode its duration in the schedule. */
        private final double[] duration;
        /** A layer's joules, its incoming activations' included ({@code EDGE} mode). */
        private final double[] joules;
        /** Per CSR successor entry, the activation's transfer seconds (0 in the back-to-back modes). */
        private final double[] transfer;
        /** Per CSR predecessor entry, the activation's joules ({@code EDGE} mode). */
        private final double[] edgeJoules;
        /** The bits of the latest arrival so far of a layer's inputs from its dispatched producers. */
        private final long[] ready;

        private final int[] waiting;
        /** The released layers (all producers dispatched) in slots [0, released): layer, accelerator, data's arrival bits. */
        private final int[] releasedLayer;

        private final int[] releasedAcc;
        private final long[] releasedArrival;
        /** Per accelerator, the bits of the time it is free. */
        private final long[] accFree;
        /** The energy of the last decode in {@code EDGE} mode, static energy included. */
        double energy;

        Work(int layers, int accs, int edges) {
            priority = new double[layers];
            sequence = new int[layers];
            duration = new double[layers];
            joules = new double[layers];
            ready = new long[layers];
            transfer = new double[edges];
            edgeJoules = new double[edges];
            waiting = new int[layers];
            releasedLayer = new int[layers];
            releasedAcc = new int[layers];
            releasedArrival = new long[layers];
            accFree = new long[accs];
        }
    }

    /**
     * Writes the dispatch sequence into {@code w.sequence}; in {@code EDGE} mode returns the makespan
     * and writes the energy into {@code w.energy} (in the back-to-back modes the return value and
     * {@code w.energy} are those of the rank durations, not the schedule's).
     */
    static double decode(Problem p, int[] map, int off, boolean[] resident, Work w) {
        ranks(p, map, off, resident, w);
        final int[] releasedLayer = w.releasedLayer;
        final int[] releasedAcc = w.releasedAcc;
        final long[] releasedArrival = w.releasedArrival;
        final long[] accFree = w.accFree;
        final double[] priority = w.priority;
        Arrays.fill(accFree, 0);
        System.arraycopy(p.predCount, 0, w.waiting, 0, p.layers);
        int released = 0;
        for (int source : p.sources) {
            releasedLayer[released] = source;
            releasedAcc[released] = map[off + source];
            releasedArrival[released] = 0;
            released++;
        }
        final double[] duration = w.duration;
        final double[] joules = w.joules;
        final double[] transfer = w.transfer;
        final long[] ready = w.ready;
        final int[] succStart = p.succStart;
        final int[] succs = p.succs;
        final int[] waiting = w.waiting;
        final int[] sequence = w.sequence;
        double energy = 0;
        long makespan = 0;
        for (int i = 0; i < p.layers; i++) {
            // The released layer that can start first: at the later of its accelerator's free time and its
            // data's arrival (bits: times are non-negative, where the bits' order is the times' order);
            // ties: lower accelerator id, then higher rank, then lower layer id.
            int chosen = 0;
            int l = releasedLayer[0];
            int a = releasedAcc[0];
            long start = Math.max(accFree[a], releasedArrival[0]);
            for (int j = 1; j < released; j++) {
                int b = releasedAcc[j];
                long t = Math.max(accFree[b], releasedArrival[j]);
                if (t < start || t == start && (b < a || b == a && higherRank(releasedLayer[j], l, priority))) {
                    chosen = j;
                    start = t;
                    a = b;
                    l = releasedLayer[j];
                }
            }
            released--;
            releasedLayer[chosen] = releasedLayer[released];
            releasedAcc[chosen] = releasedAcc[released];
            releasedArrival[chosen] = releasedArrival[released];
            sequence[i] = l;
            double f = Double.longBitsToDouble(start) + duration[l];
            energy += joules[l];
            long fBits = Double.doubleToRawLongBits(f);
            makespan = Math.max(makespan, fBits);
            accFree[a] = fBits;
            for (int k = succStart[l], end = succStart[l + 1]; k < end; k++) {
                int s = succs[k];
                long arrival = Math.max(ready[s], Double.doubleToRawLongBits(f + transfer[k]));
                ready[s] = arrival;
                if (--waiting[s] == 0) {
                    releasedLayer[released] = s;
                    releasedAcc[released] = map[off + s];
                    releasedArrival[released] = arrival;
                    released++;
                }
            }
        }
        // The latest finish of all: no layer finishes after the last sink.
        double m = Double.longBitsToDouble(makespan);
        w.energy = p.withStaticEnergy(energy, m);
        return m;
    }

    /** Whether layer {@code x} has a higher rank than {@code y} (ties: lower id). */
    private static boolean higherRank(int x, int y, double[] priority) {
        return priority[x] < priority[y] || priority[x] == priority[y] && x < y;
    }

    /**
     * Minus the upward ranks into {@code w.priority}: a layer's rank duration plus the longest
     * (transfer + rank) over its consumers. Also keeps each layer's rank duration and, in
     * {@code EDGE} mode, its joules for the dispatch.
     */
    private static void ranks(Problem p, int[] map, int off, boolean[] resident, Work w) {
        final double[] priority = w.priority;
        final double[] duration = w.duration;
        final double[] transfer = w.transfer;
        final double[] edgeJoules = w.edgeJoules;
        final long[] ready = w.ready;
        final boolean edge = p.edgeActivations;
        final double[] costs = p.edgeCosts;
        final int[] succStart = p.succStart;
        final int[] succs = p.succs;
        final int[] succToPred = p.succToPred;
        for (int l = p.layers - 1; l >= 0; l--) {
            int a = map[off + l];
            double tail = 0;
            if (edge) {
                double bits = p.outputBits[l];
                for (int k = succStart[l], end = succStart[l + 1]; k < end; k++) {
                    int s = succs[k];
                    int pair = p.pair(a, map[off + s]);
                    double t = p.seconds(bits, pair);
                    transfer[k] = t;
                    edgeJoules[succToPred[k]] = p.joules(bits, pair);
                    tail = Math.max(tail, t - priority[s]);
                }
            } else {
                for (int k = succStart[l], end = succStart[l + 1]; k < end; k++) {
                    transfer[k] = 0;
                    tail = Math.max(tail, 0 - priority[succs[k]]);
                }
            }
            double d;
            if (edge) {
                int c = p.edgeCostIndex(l, a, resident[l]);
                d = costs[c];
                w.joules[l] = costs[c + 1];
            } else {
                d = p.rankDuration(l, a, resident[l]);
            }
            duration[l] = d;
            priority[l] = -(d + tail);
            ready[l] = 0;
        }
        if (edge) {
            // Each layer's incoming activations' joules, summed in predecessor order, before its own.
            final int[] predStart = p.predStart;
            final double[] joules = w.joules;
            for (int l = 0, k = 0; l < p.layers; l++) {
                double e = 0;
                for (int end = predStart[l + 1]; k < end; k++) {
                    e += edgeJoules[k];
                }
                joules[l] = e + joules[l];
            }
        }
    }
}
