package io.h2hdse.eval;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then a list schedule in time. Each accelerator keeps two int heaps of its
 * released layers (all producers dispatched): the pending ones by data arrival, the ready ones by
 * rank. The next dispatch is on the accelerator that can start a layer earliest (ties: lower id);
 * there every pending layer whose data has arrived by then becomes ready, and the ready layer of
 * highest rank (ties: lower id) starts. O((L + E) log L + L·A) for A accelerators, which are few.
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
        final double[] rank;
        final int[] sequence;
        /** When a released layer's last input arrives. */
        private final double[] arrival;
        /** When a dispatched layer finishes. */
        private final double[] finish;
        /** Minus the rank: the ready heaps are min-heaps like the pending ones. */
        private final double[] priority;

        private final int[] waiting;
        /** Accelerator a's heaps live in [heapStart[a], heapStart[a + 1]) of {@link #pending} and {@link #ready}. */
        private final int[] heapStart;

        private final int[] pending;
        private final int[] pendingSize;
        private final int[] ready;
        private final int[] readySize;
        private final double[] accFree;

        Work(int layers, int accs) {
            rank = new double[layers];
            sequence = new int[layers];
            arrival = new double[layers];
            finish = new double[layers];
            priority = new double[layers];
            waiting = new int[layers];
            heapStart = new int[accs + 1];
            pending = new int[layers];
            pendingSize = new int[accs];
            ready = new int[layers];
            readySize = new int[accs];
            accFree = new double[accs];
        }
    }

    /** Writes the ranks into {@code w.rank} and the dispatch sequence into {@code w.sequence}. */
    static void sequence(Problem p, int[] map, int off, boolean[] resident, Work w) {
        ranks(p, map, off, resident, w.rank);
        int accs = p.accs;
        java.util.Arrays.fill(w.heapStart, 0);
        for (int l = 0; l < p.layers; l++) {
            w.heapStart[map[off + l] + 1]++;
            w.priority[l] = -w.rank[l];
        }
        for (int a = 0; a < accs; a++) {
            w.heapStart[a + 1] += w.heapStart[a];
        }
        java.util.Arrays.fill(w.pendingSize, 0);
        java.util.Arrays.fill(w.readySize, 0);
        java.util.Arrays.fill(w.accFree, 0);
        for (int l = 0; l < p.layers; l++) {
            w.waiting[l] = p.predStart[l + 1] - p.predStart[l];
            if (w.waiting[l] == 0) {
                w.arrival[l] = 0;
                int a = map[off + l];
                w.pendingSize[a] = IntHeap.push(w.pending, w.heapStart[a], w.pendingSize[a], l, w.arrival);
            }
        }
        for (int i = 0; i < p.layers; i++) {
            int a = earliestAccelerator(w);
            double start = startTime(w, a);
            int base = w.heapStart[a];
            while (w.pendingSize[a] > 0 && w.arrival[w.pending[base]] <= start) {
                int arrived = w.pending[base];
                w.pendingSize[a] = IntHeap.pop(w.pending, base, w.pendingSize[a], w.arrival);
                w.readySize[a] = IntHeap.push(w.ready, base, w.readySize[a], arrived, w.priority);
            }
            int l = w.ready[base];
            w.readySize[a] = IntHeap.pop(w.ready, base, w.readySize[a], w.priority);
            w.sequence[i] = l;
            double f = start + p.rankDuration(l, a, resident[l]);
            w.finish[l] = f;
            w.accFree[a] = f;
            for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                int s = p.succs[k];
                if (--w.waiting[s] == 0) {
                    release(p, map, off, s, w);
                }
            }
        }
    }

    /** The accelerator whose next layer can start earliest (ties: lower id); one with released layers exists. */
    private static int earliestAccelerator(Work w) {
        int best = -1;
        double bestStart = Double.POSITIVE_INFINITY;
        for (int a = 0; a < w.accFree.length; a++) {
            if (w.readySize[a] + w.pendingSize[a] > 0) {
                double t = startTime(w, a);
                if (best < 0 || t < bestStart) {
                    best = a;
                    bestStart = t;
                }
            }
        }
        return best;
    }

    /** When accelerator a can start its next layer: when it is free, or later when no input has arrived by then. */
    private static double startTime(Work w, int a) {
        return w.readySize[a] > 0 ? w.accFree[a] : Math.max(w.accFree[a], w.arrival[w.pending[w.heapStart[a]]]);
    }

    /** A layer whose producers are all dispatched joins its accelerator's pending heap at its data's arrival. */
    private static void release(Problem p, int[] map, int off, int layer, Work w) {
        int a = map[off + layer];
        double arrival = 0;
        for (int k = p.predStart[layer], end = p.predStart[layer + 1]; k < end; k++) {
            int producer = p.preds[k];
            double producerFinish = w.finish[producer];
            arrival = Math.max(
                    arrival, p.edgeActivations ? p.arrival(producerFinish, k, map[off + producer], a) : producerFinish);
        }
        w.arrival[layer] = arrival;
        w.pendingSize[a] = IntHeap.push(w.pending, w.heapStart[a], w.pendingSize[a], layer, w.arrival);
    }

    /** Upward ranks: a layer's rank duration plus the longest (transfer + rank) over its consumers. */
    static void ranks(Problem p, int[] map, int off, boolean[] resident, double[] rank) {
        for (int l = p.layers - 1; l >= 0; l--) {
            int a = map[off + l];
            double tail = 0;
            for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                int s = p.succs[k];
                tail = Math.max(tail, p.rankTransferSeconds(l, a, map[off + s]) + rank[s]);
            }
            rank[l] = p.rankDuration(l, a, resident[l]) + tail;
        }
    }
}
