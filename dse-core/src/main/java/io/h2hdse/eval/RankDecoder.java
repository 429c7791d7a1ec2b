package io.h2hdse.eval;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then a list schedule that repeatedly dispatches the ready layer (all producers
 * dispatched) of highest rank, ties by lower id, from an int max-heap of the ready layers. The
 * highest-priority layer not yet dispatched is always ready (its producers rank at least as high and
 * have lower ids), so this is the sort of all layers by (rank descending, id) that {@link Schedule}
 * does, at O((L + E) + L log W) for a ready set of at most W layers, a few on branchy DNNs. Sorting all
 * L layers instead (a heap sort, then a radix sort of the ranks' bits) cost 4 to 10 times the
 * schedule it feeds.
 */
final class RankDecoder {
    private RankDecoder() {}

    /** Working arrays of one thread. */
    static final class Work {
        final double[] rank;
        final int[] sequence;
        private final int[] ready;
        private final int[] waiting;

        Work(int layers) {
            rank = new double[layers];
            sequence = new int[layers];
            ready = new int[layers];
            waiting = new int[layers];
        }
    }

    /** Writes the ranks into {@code w.rank} and the dispatch sequence into {@code w.sequence}. */
    static void sequence(Problem p, int[] map, int off, boolean[] resident, Work w) {
        double[] rank = w.rank;
        ranks(p, map, off, resident, rank);
        int[] heap = w.ready;
        int[] waiting = w.waiting;
        int size = 0;
        for (int l = 0; l < p.layers; l++) {
            waiting[l] = p.predStart[l + 1] - p.predStart[l];
            if (waiting[l] == 0) {
                size = push(heap, size, l, rank);
            }
        }
        for (int i = 0; i < p.layers; i++) {
            int l = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, rank);
            w.sequence[i] = l;
            for (int k = p.succStart[l], end = p.succStart[l + 1]; k < end; k++) {
                int s = p.succs[k];
                if (--waiting[s] == 0) {
                    size = push(heap, size, s, rank);
                }
            }
        }
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

    /** Whether layer x is dispatched before layer y. */
    private static boolean before(int x, int y, double[] rank) {
        return rank[x] > rank[y] || (rank[x] == rank[y] && x < y);
    }

    private static int push(int[] heap, int size, int layer, double[] rank) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(layer, heap[parent], rank)) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = layer;
        return size + 1;
    }

    private static void siftDown(int[] heap, int size, double[] rank) {
        if (size == 0) {
            return;
        }
        int x = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child], rank)) {
                child++;
            }
            if (!before(heap[child], x, rank)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}
