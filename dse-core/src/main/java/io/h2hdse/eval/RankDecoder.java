package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then a list schedule in time. Each accelerator keeps two int heaps of its
 * released layers (all producers dispatched): the pending ones by data arrival, the ready ones by
 * rank. The next dispatch is on the accelerator that can start a layer earliest (ties: lower id);
 * there every pending layer whose data has arrived by then becomes ready, and the ready layer of
 * highest rank (ties: lower id) starts. O((L + E) log L + L·A) for A accelerators, which are few.
 *
 * <p>In {@code EDGE} mode the dispatch's start and finish times are the schedule's (a layer starts
 * at the later of its accelerator's free time and its inputs' arrival, and takes its schedule
 * duration), so the dispatch also sums the energy and the makespan: no second pass.
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
        /** Minus the upward rank: the ready heaps are min-heaps like the pending ones. */
        final double[] priority;

        final int[] sequence;
        /** When a released layer's last input arrives. */
        private final double[] arrival;
        /** When a dispatched layer finishes. */
        private final double[] finish;
        /** Joules of a released layer's incoming activations ({@code EDGE} mode). */
        private final double[] edgeEnergy;

        private final int[] waiting;
        /** Accelerator a's heaps live in [heapStart[a], heapStart[a + 1]) of {@link #pending} and {@link #ready}. */
        private final int[] heapStart;

        private final int[] pending;
        private final int[] pendingSize;
        private final int[] ready;
        private final int[] readySize;
        private final double[] accFree;
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
            arrival = new double[layers];
            finish = new double[layers];
            edgeEnergy = new double[layers];
            waiting = new int[layers];
            heapStart = new int[accs + 1];
            pending = new int[layers];
            pendingSize = new int[accs];
            ready = new int[layers];
            readySize = new int[accs];
            accFree = new double[accs];
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
        final int accs = p.accs;
        final int[] heapStart = w.heapStart;
        for (int a = 0; a < accs; a++) {
            heapStart[a + 1] += heapStart[a];
        }
        Arrays.fill(w.pendingSize, 0);
        Arrays.fill(w.readySize, 0);
        Arrays.fill(w.accFree, 0);
        Arrays.fill(w.nextStart, IDLE);
        System.arraycopy(p.predCount, 0, w.waiting, 0, p.layers);
        for (int source : p.sources) {
            int a = map[off + source];
            w.arrival[source] = 0;
            w.edgeEnergy[source] = 0;
            w.readySize[a] = IntHeap.push(w.ready, heapStart[a], w.readySize[a], source, w.priority);
            w.nextStart[a] = 0;
        }
        final boolean edge = p.edgeActivations;
        final double[] costs = p.edgeCosts;
        double energy = 0;
        double makespan = 0;
        for (int i = 0; i < p.layers; i++) {
            int a = earliestAccelerator(w.nextStart);
            double start = Double.longBitsToDouble(w.nextStart[a]);
            int base = heapStart[a];
            while (w.pendingSize[a] > 0 && w.arrival[w.pending[base]] <= start) {
                int arrived = w.pending[base];
                w.pendingSize[a] = IntHeap.pop(w.pending, base, w.pendingSize[a], w.arrival);
                w.readySize[a] = IntHeap.push(w.ready, base, w.readySize[a], arrived, w.priority);
            }
            int l = w.ready[base];
            w.readySize[a] = IntHeap.pop(w.ready, base, w.readySize[a], w.priority);
            w.sequence[i] = l;
            double f;
            if (edge) {
                int c = p.edgeCostIndex(l, a, resident[l]);
                f = start + costs[c];
                energy += w.edgeEnergy[l] + costs[c + 1];
            } else {
                f = start + p.rankDuration(l, a, resident[l]);
            }
            w.finish[l] = f;
            w.accFree[a] = f;
            makespan = Math.max(makespan, f);
            for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                int s = p.succs[k];
                if (--w.waiting[s] == 0) {
                    // Released (inlined by hand: as a method, the JIT compiles it apart and calls it).
                    int b = map[off + s];
                    double arrival = edge ? edgeArrival(p, map, off, s, b, w) : producersFinish(p, s, w.finish);
                    w.arrival[s] = arrival;
                    int sBase = heapStart[b];
                    if (arrival <= w.accFree[b]) {
                        w.readySize[b] = IntHeap.push(w.ready, sBase, w.readySize[b], s, w.priority);
                    } else {
                        w.pendingSize[b] = IntHeap.push(w.pending, sBase, w.pendingSize[b], s, w.arrival);
                    }
                    w.nextStart[b] = nextStart(w, b);
                }
            }
            w.nextStart[a] = nextStart(w, a);
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

    /** When accelerator a can start its next layer: when it is free, or later when no input has arrived by then. */
    private static long nextStart(Work w, int a) {
        if (w.readySize[a] > 0) {
            return Double.doubleToRawLongBits(w.accFree[a]);
        }
        if (w.pendingSize[a] > 0) {
            return Double.doubleToRawLongBits(Math.max(w.accFree[a], w.arrival[w.pending[w.heapStart[a]]]));
        }
        return IDLE;
    }

    /**
     * When a released layer's last input arrives on accelerator {@code to} in {@code EDGE} mode; writes
     * the joules of its incoming activations into {@code w.edgeEnergy}. A released layer joins its
     * accelerator's ready heap at once if its data is there by the time the accelerator is free (it is
     * then by any later dispatch there, which would move it), else the pending heap.
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
     * (transfer + rank) over its consumers. Also counts each accelerator's layers into
     * {@code w.heapStart[a + 1]} (zeroing {@code w.heapStart} first).
     */
    private static void ranks(Problem p, int[] map, int off, boolean[] resident, Work w) {
        final double[] priority = w.priority;
        final int[] count = w.heapStart;
        Arrays.fill(count, 0);
        final boolean edge = p.edgeActivations;
        for (int l = p.layers - 1; l >= 0; l--) {
            int a = map[off + l];
            count[a + 1]++;
            double tail = 0;
            for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                int s = p.succs[k];
                double transfer = edge ? p.transferSeconds(l, a, map[off + s]) : 0;
                tail = Math.max(tail, transfer - priority[s]);
            }
            priority[l] = -(p.rankDuration(l, a, resident[l]) + tail);
        }
    }
}
