package io.h2hdse.eval;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then a heap sort of the layer ids by decreasing rank, ties by lower id;
 * O((L + E) + L log L).
 */
final class RankDecoder {
    private RankDecoder() {
    }

    /** Writes the ranks into {@code rank} and the dispatch sequence into {@code sequence}. */
    static void sequence(Problem p, int[] map, int off, boolean[] resident, double[] rank, int[] sequence) {
        ranks(p, map, off, resident, rank);
        for (int l = 0; l < p.layers; l++) {
            sequence[l] = l;
        }
        heapSort(sequence, p.layers, rank);
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

    /** Whether layer x is dispatched after layer y. */
    private static boolean later(int x, int y, double[] rank) {
        return rank[x] < rank[y] || (rank[x] == rank[y] && x > y);
    }

    /** Sorts {@code ids[0 .. n)} into dispatch order, with a max-heap on {@link #later}. */
    private static void heapSort(int[] ids, int n, double[] rank) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(ids, i, n, rank);
        }
        for (int end = n - 1; end > 0; end--) {
            int root = ids[0];
            ids[0] = ids[end];
            ids[end] = root;
            siftDown(ids, 0, end, rank);
        }
    }

    private static void siftDown(int[] ids, int i, int n, double[] rank) {
        int x = ids[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && later(ids[child + 1], ids[child], rank)) {
                child++;
            }
            if (!later(ids[child], x, rank)) {
                break;
            }
            ids[i] = ids[child];
            i = child;
        }
        ids[i] = x;
    }
}
