package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Problem;
import io.h2hdse.system.Accelerator;

/**
 * H2H step 2 as released: per accelerator, a 0/1 knapsack over its layers (in run order) that keeps
 * as much weight volume resident as fits. Volumes are counted in the release's units of 1000
 * elements, rounded up: capacity {@code ceil(S_mem·R_wei·8e9 / bits / 1000)}, item size = value =
 * {@code ceil(w / 1000)}. The choice is the release's table walk: from the last item back, an item is
 * taken when the best volume with it in reach beats the best without it at the remaining capacity.
 * Rows of the table are bitsets of reachable volumes (size = value makes it a subset-sum), which gives
 * the same choices as the release's dense table.
 */
public final class WeightKnapsack {
    static final int UNIT_ELEMENTS = 1000;

    private WeightKnapsack() {}

    /** Which layers keep their weights resident, given each accelerator's layers in run order. */
    public static boolean[] resident(Problem problem, int[][] order) {
        boolean[] resident = new boolean[problem.layers()];
        int bits = problem.workload().elementBits();
        for (int a = 0; a < order.length; a++) {
            int[] layers = order[a];
            int[] sizes = new int[layers.length];
            for (int i = 0; i < layers.length; i++) {
                sizes[i] = Math.toIntExact(
                        Math.ceilDiv(problem.workload().layer(layers[i]).weightElements(), UNIT_ELEMENTS));
            }
            boolean[] taken = choose(sizes, capacityUnits(problem.system().accelerator(a), bits));
            for (int i = 0; i < layers.length; i++) {
                resident[layers[i]] = taken[i];
            }
        }
        return resident;
    }

    /** In the release's arithmetic order, from the accelerator's share of memory in GB. */
    static long capacityUnits(Accelerator acc, int elementBits) {
        double sMemGb = acc.localMemoryBytes() / 1e9;
        return (long) Math.ceil(sMemGb * acc.weightShare() * 8 * 1e9 / elementBits / UNIT_ELEMENTS);
    }

    static boolean[] choose(int[] sizes, long capacity) {
        boolean[] taken = new boolean[sizes.length];
        long total = 0;
        for (int size : sizes) {
            total += size;
        }
        if (total <= capacity) {
            // Everything fits: the best volume grows with every non-empty item, so the walk takes each of them.
            for (int i = 0; i < sizes.length; i++) {
                taken[i] = sizes[i] > 0;
            }
            return taken;
        }
        int cap = Math.toIntExact(capacity);
        int words = (cap >>> 6) + 1;
        long[][] reach = new long[sizes.length + 1][words];
        reach[0][0] = 1L;
        for (int j = 1; j <= sizes.length; j++) {
            shiftOr(reach[j - 1], sizes[j - 1], reach[j], cap);
        }
        int volume = cap;
        for (int j = sizes.length; j >= 1; j--) {
            if (bestAtMost(reach[j], volume) > bestAtMost(reach[j - 1], volume)) {
                taken[j - 1] = true;
                volume -= sizes[j - 1];
            }
        }
        return taken;
    }

    /** {@code out = in | (in << shift)}, bits above {@code cap} dropped. */
    private static void shiftOr(long[] in, int shift, long[] out, int cap) {
        int wordShift = shift >>> 6;
        int bitShift = shift & 63;
        for (int w = 0; w < out.length; w++) {
            long shifted = 0;
            int src = w - wordShift;
            if (src >= 0) {
                shifted = in[src] << bitShift;
                if (bitShift != 0 && src > 0) {
                    shifted |= in[src - 1] >>> (64 - bitShift);
                }
            }
            out[w] = in[w] | shifted;
        }
        int lastBits = (cap & 63) + 1;
        if (lastBits < 64) {
            out[out.length - 1] &= (1L << lastBits) - 1;
        }
    }

    /** The largest reachable volume not above {@code limit}. */
    private static int bestAtMost(long[] reach, int limit) {
        int w = limit >>> 6;
        long word = reach[w] & (-1L >>> (63 - (limit & 63)));
        while (word == 0) {
            word = reach[--w];
        }
        return (w << 6) + 63 - Long.numberOfLeadingZeros(word);
    }
}
