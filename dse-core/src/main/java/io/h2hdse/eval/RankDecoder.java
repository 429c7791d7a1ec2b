package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then a list schedule in time. Each accelerator keeps an unordered list of its
 * released layers (all producers dispatched) with their data's arrival, and the bits of its
 * earliest arrival. It can start its next layer at the later of its free time and that
 * earliest arrival; the next dispatch is on the accelerator that can start earliest (ties: lower
 * id), and there the layer of highest rank (ties: lower id) among those whose data has arrived by
 * then starts. O(L·(W + A) + E) for A accelerators and at most W released layers on one accelerator
 * at a time.
 *
 * <p>Lists, not heaps: W is small (on {@code EvaluatorBenchmark}'s problem 1 at 83 % of dispatches,
 * 2 at the rest), where a scan costs less than a heap's upkeep. Two heaps per accelerator (waiting
 * by arrival, ready by rank) were the previous version: the lists decode the zoo's problems of
 * {@code ZooEvaluatorBenchmark} 1.55 to 1.65 times as fast (by thread CPU time).
 *
 * <p>In {@code EDGE} mode the dispatch's start and finish times are the schedule's (a layer starts
 * at the later of its accelerator's free time and its inputs' arrival, and takes its schedule
 * duration), so the dispatch also sums the energy: no second pass.
 *
 * <p>A static sort by rank (each accelerator strictly in rank order, waiting for a high-rank layer
 * whose inputs are still in flight while a ready one could run) was the first version: H2H's own
 * mappings of the zoo's multi-branch models, on the 12 problems of {@code search-vs-h2h.yaml}, took
 * 1.05 to 1.24 times H2H's latency when ordered by that sort, and 0.95 to 1.08 times under this list schedule.
 */
final class RankDecoder {
    /** The start key of an accelerator without released layers: above every time's bits, +infinity's included. */
    private static final long IDLE = Long.MAX_VALUE;

    private RankDecoder() {}

    /** Working arrays of one thread. */
    static final class Work {
        /** Minus the upward rank. */
        final double[] priority;

        final int[] sequence;
        /** When a dispatched layer finishes. */
        private final double[] finish;
        /** A layer's rank duration on its accelerator: in {@code EDGE} mode its duration in the schedule. */
        private final double[] duration;
        /** A layer's own joules on its accelerator ({@code EDGE} mode). */
        private final double[] layerJoules;
        /** Joules of a released layer's incoming activations ({@code EDGE} mode). */
        private final double[] edgeEnergy;

        private final int[] waiting;
        /**
         * Accelerator a's released layers are in slots [listStart[a], listStart[a] + listSize[a]), a
         * slot holding a layer and its data's arrival. Each accelerator has room for every layer:
         * sizing the lists by counting each mapping's layers per accelerator cost more (3-7 %) than
         * the untouched room.
         */
        private final int[] listStart;

        private final int[] listSize;
        private final int[] slotLayer;
        private final double[] slotArrival;
        /** Per accelerator, the bits of its released layers' earliest arrival ({@link #IDLE} if none). */
        private final long[] earliestArrival;

        /** Per accelerator, the bits of the time it is free. */
        private final long[] accFree;
        /**
         * Per accelerator, the bits of the time it can start its next layer ({@link #IDLE} if it has no
         * released layer): times are non-negative, where the bits' order is the times' order.
         */
        private final long[] nextStart;
        /** The energy of the last decode in {@code EDGE} mode, static energy included. */
        double energy;

        Work(int layers, int accs) {
            priority = new double[layers];
            sequence = new int[layers];
            finish = new double[layers];
            edgeEnergy = new double[layers];
            duration = new double[layers];
            layerJoules = new double[layers];
            waiting = new int[layers];
            listStart = new int[accs];
            for (int a = 0; a < accs; a++) {
                listStart[a] = a * layers;
            }
            listSize = new int[accs];
            slotLayer = new int[accs * layers];
            slotArrival = new double[accs * layers];
            earliestArrival = new long[accs];
            accFree = new long[accs];
            nextStart = new long[accs];
        }
    }

    /**
     * Writes the dispatch sequence into {@code w.sequence}; in {@code EDGE} mode returns the makespan
     * and writes the energy into {@code w.energy} (in the back-to-back modes the return value and
     * {@code w.energy} are those of the rank durations, not the schedule's).
     */
    static double decode(Problem p, int[] map, int off, boolean[] resident, Work w) {
        ranks(p, map, off, resident, w);
        final int[] listStart = w.listStart;
        final int[] listSize = w.listSize;
        final int[] slotLayer = w.slotLayer;
        final double[] slotArrival = w.slotArrival;
        final double[] priority = w.priority;
        final long[] earliestArrival = w.earliestArrival;
        final long[] accFree = w.accFree;
        final long[] nextStart = w.nextStart;
        final double[] finish = w.finish;
        Arrays.fill(listSize, 0);
        Arrays.fill(accFree, 0);
        Arrays.fill(earliestArrival, IDLE);
        Arrays.fill(nextStart, IDLE);
        System.arraycopy(p.predCount, 0, w.waiting, 0, p.layers);
        for (int source : p.sources) {
            int a = map[off + source];
            int j = listStart[a] + listSize[a]++;
            slotLayer[j] = source;
            slotArrival[j] = 0;
            w.edgeEnergy[source] = 0;
            earliestArrival[a] = 0;
            nextStart[a] = 0;
        }
        final boolean edge = p.edgeActivations;
        final double[] duration = w.duration;
        final int[] succStart = p.succStart;
        final int[] succs = p.succs;
        final int[] waiting = w.waiting;
        final double[] edgeEnergy = w.edgeEnergy;
        final double[] layerJoules = w.layerJoules;
        final int[] sequence = w.sequence;
        double energy = 0;
        for (int i = 0; i < p.layers; i++) {
            int a = earliestAccelerator(nextStart);
            double start = Double.longBitsToDouble(nextStart[a]);
            // Among a's released layers whose data has arrived by the start, the one of highest rank; a
            // lone released layer has arrived by then (the start is at least its arrival).
            int first = listStart[a];
            int last = first + listSize[a] - 1;
            int chosen = first;
            int l = slotLayer[first];
            long earliest = IDLE;
            if (last > first) {
                chosen = -1;
                l = Integer.MAX_VALUE;
                double best = Double.POSITIVE_INFINITY;
                for (int j = first; j <= last; j++) {
                    if (slotArrival[j] <= start) {
                        int layer = slotLayer[j];
                        double pr = priority[layer];
                        if (pr < best || (pr == best && layer < l)) {
                            chosen = j;
                            best = pr;
                            l = layer;
                        }
                    }
                }
                slotLayer[chosen] = slotLayer[last];
                slotArrival[chosen] = slotArrival[last];
                for (int j = first; j < last; j++) {
                    earliest = Math.min(earliest, Double.doubleToRawLongBits(slotArrival[j]));
                }
            }
            listSize[a]--;
            earliestArrival[a] = earliest;
            sequence[i] = l;
            double f = start + duration[l];
            energy += edgeEnergy[l] + layerJoules[l];
            finish[l] = f;
            long fBits = Double.doubleToRawLongBits(f);
            accFree[a] = fBits;
            for (int k = succStart[l], end = succStart[l + 1]; k < end; k++) {
                int s = succs[k];
                if (--waiting[s] == 0) {
                    int b = map[off + s];
                    double arrival = edge ? edgeArrival(p, map, off, s, b, w) : producersFinish(p, s, finish);
                    int j = listStart[b] + listSize[b]++;
                    slotLayer[j] = s;
                    slotArrival[j] = arrival;
                    long e = Math.min(earliestArrival[b], Double.doubleToRawLongBits(arrival));
                    earliestArrival[b] = e;
                    nextStart[b] = Math.max(accFree[b], e);
                }
            }
            nextStart[a] = Math.max(fBits, earliestArrival[a]);
        }
        // A consumer never finishes before its producers, so the last layer to finish is a sink.
        double makespan = 0;
        for (int sink : p.sinks) {
            makespan = Math.max(makespan, finish[sink]);
        }
        w.energy = p.withStaticEnergy(energy, makespan);
        return makespan;
    }

    /** The accelerator whose next layer can start earliest (ties: lower id); one with released layers exists. */
    private static int earliestAccelerator(long[] nextStart) {
        int best = 0;
        long bestStart = nextStart[0];
        for (int a = 1; a < nextStart.length; a++) {
            if (nextStart[a] < bestStart) {
                best = a;
                bestStart = nextStart[a];
            }
        }
        return best;
    }

    /**
     * When a released layer's last input arrives on accelerator {@code to} in {@code EDGE} mode; writes
     * the joules of its incoming activations into {@code w.edgeEnergy}.
     */
    private static double edgeArrival(Problem p, int[] map, int off, int layer, int to, Work w) {
        double arrival = 0;
        double joules = 0;
        for (int k = p.predStart[layer], end = p.predStart[layer + 1]; k < end; k++) {
            int producer = p.preds[k];
            int from = map[off + producer];
            arrival = Math.max(arrival, p.arrival(w.finish[producer], k, from, to));
            joules += p.edgeJoules(k, from, to);
        }
        w.edgeEnergy[layer] = joules;
        return arrival;
    }

    /** The latest finish of a layer's producers: its data's arrival in the back-to-back modes. */
    private static double producersFinish(Problem p, int layer, double[] finish) {
        double arrival = 0;
        for (int k = p.predStart[layer], end = p.predStart[layer + 1]; k < end; k++) {
            arrival = Math.max(arrival, finish[p.preds[k]]);
        }
        return arrival;
    }

    /**
     * Minus the upward ranks into {@code w.priority}: a layer's rank duration plus the longest
     * (transfer + rank) over its consumers. Also keeps each layer's rank duration and, in
     * {@code EDGE} mode, its joules for the dispatch.
     */
    private static void ranks(Problem p, int[] map, int off, boolean[] resident, Work w) {
        final double[] priority = w.priority;
        final double[] duration = w.duration;
        final boolean edge = p.edgeActivations;
        final double[] costs = p.edgeCosts;
        for (int l = p.layers - 1; l >= 0; l--) {
            int a = map[off + l];
            double tail = 0;
            for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                int s = p.succs[k];
                double transfer = edge ? p.transferSeconds(l, a, map[off + s]) : 0;
                tail = Math.max(tail, transfer - priority[s]);
            }
            double d;
            if (edge) {
                int c = p.edgeCostIndex(l, a, resident[l]);
                d = costs[c];
                w.layerJoules[l] = costs[c + 1];
            } else {
                d = p.rankDuration(l, a, resident[l]);
            }
            duration[l] = d;
            priority[l] = -(d + tail);
        }
    }
}
