package io.h2hdse.eval;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: upward ranks in one backward
 * pass over the edges, then the layer ids sorted by decreasing rank, ties by lower id, with a stable
 * least-significant-digit radix sort on the ranks' bit patterns (non-negative doubles, +∞ included,
 * order as their bits do), skipping the bytes all ranks share. A comparison sort's branches on the
 * ranks mispredicted about half the time: the heap sort first written here made the decoder ten
 * times slower than the schedule it feeds at 200 layers. O(L + E) per mapping.
 */
final class RankDecoder {
    private static final int RADIX = 256;
    private static final int BYTES = Long.BYTES;

    private RankDecoder() {
    }

    /** Working arrays of one thread. */
    static final class Work {
        final double[] rank;
        final int[] sequence;
        private final long[] keys;
        private final long[] keysSwap;
        private final int[] idsSwap;
        private final int[] counts = new int[BYTES * RADIX];

        Work(int layers) {
            rank = new double[layers];
            sequence = new int[layers];
            keys = new long[layers];
            keysSwap = new long[layers];
            idsSwap = new int[layers];
        }
    }

    /** Writes the ranks into {@code w.rank} and the dispatch sequence into {@code w.sequence}. */
    static void sequence(Problem p, int[] map, int off, boolean[] resident, Work w) {
        ranks(p, map, off, resident, w.rank);
        int n = p.layers;
        int[] counts = w.counts;
        java.util.Arrays.fill(counts, 0);
        for (int l = 0; l < n; l++) {
            // Decreasing rank = increasing complement of the bits, compared unsigned byte by byte.
            long key = ~Double.doubleToRawLongBits(w.rank[l]);
            w.keys[l] = key;
            w.sequence[l] = l;
            for (int b = 0; b < BYTES; b++) {
                counts[b * RADIX + ((int) (key >>> (8 * b)) & 0xFF)]++;
            }
        }
        long[] keys = w.keys;
        long[] keysOut = w.keysSwap;
        int[] ids = w.sequence;
        int[] idsOut = w.idsSwap;
        for (int b = 0; b < BYTES; b++) {
            int base = b * RADIX;
            int firstByte = (int) (keys[0] >>> (8 * b)) & 0xFF;
            if (counts[base + firstByte] == n) {
                continue;
            }
            int sum = 0;
            for (int d = 0; d < RADIX; d++) {
                int c = counts[base + d];
                counts[base + d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long key = keys[i];
                int slot = counts[base + ((int) (key >>> (8 * b)) & 0xFF)]++;
                keysOut[slot] = key;
                idsOut[slot] = ids[i];
            }
            long[] k = keys;
            keys = keysOut;
            keysOut = k;
            int[] d = ids;
            ids = idsOut;
            idsOut = d;
        }
        if (ids != w.sequence) {
            System.arraycopy(ids, 0, w.sequence, 0, n);
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
}
