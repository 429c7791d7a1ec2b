package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The default residency of a base mapping, laid out per accelerator in the policy's order (largest
 * weights first), so that the residency changes of a single-layer move are found by replaying the
 * policy on the two accelerators concerned only, from the moved layer's place, until it agrees with
 * the base again. Weights and capacities are whole numbers of bits, so the policy's sums are exact.
 */
final class BaseResidency {
    private final Problem p;
    /** The base's residency per layer. */
    final boolean[] resident;
    /** Per accelerator, the range of its weighted layers in {@link #listed}. */
    private final int[] listStart;
    /** Weighted layers (weightless ones are always resident), per accelerator, in the policy's order. */
    private final int[] listed;
    /** Per listed position: the capacity left before the layer there is decided. */
    private final double[] remainingBefore;
    /** Per accelerator: the capacity left after its last listed layer. */
    private final double[] remainingAtEnd;
    /** Per listed position: the smallest and the total weight of that layer and the ones after it on its accelerator. */
    private final double[] suffixMinWeight;

    private final double[] suffixWeight;
    /** Per layer: its position in the policy's global order, and in {@link #listed} (-1 if weightless). */
    private final int[] rank;

    private final int[] position;

    /** Layers whose residency the last replayed move flips, the moved layer aside. */
    final int[] flipped;

    int flips;
    /** Whether the last replayed move's layer is resident on its new accelerator. */
    boolean movedResident;

    BaseResidency(Problem p, int[] map) {
        this.p = p;
        int layers = p.layers;
        int accs = p.accs;
        resident = new boolean[layers];
        p.defaultResidency(map, 0, new double[accs], resident);
        rank = new int[layers];
        for (int r = 0; r < layers; r++) {
            rank[p.residencyOrder[r]] = r;
        }
        listStart = new int[accs + 1];
        for (int l = 0; l < layers; l++) {
            if (p.weightBits[l] > 0) {
                listStart[map[l] + 1]++;
            }
        }
        for (int a = 0; a < accs; a++) {
            listStart[a + 1] += listStart[a];
        }
        listed = new int[listStart[accs]];
        position = new int[layers];
        Arrays.fill(position, -1);
        int[] fill = Arrays.copyOf(listStart, accs);
        for (int l : p.residencyOrder) {
            if (p.weightBits[l] > 0) {
                position[l] = fill[map[l]];
                listed[fill[map[l]]++] = l;
            }
        }
        remainingBefore = new double[listed.length];
        remainingAtEnd = new double[accs];
        suffixMinWeight = new double[listed.length];
        suffixWeight = new double[listed.length];
        for (int a = 0; a < accs; a++) {
            double left = p.weightCapacityBits[a];
            for (int i = listStart[a]; i < listStart[a + 1]; i++) {
                remainingBefore[i] = left;
                if (resident[listed[i]]) {
                    left -= p.weightBits[listed[i]];
                }
            }
            remainingAtEnd[a] = left;
            double min = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int i = listStart[a + 1] - 1; i >= listStart[a]; i--) {
                min = Math.min(min, p.weightBits[listed[i]]);
                sum += p.weightBits[listed[i]];
                suffixMinWeight[i] = min;
                suffixWeight[i] = sum;
            }
        }
        flipped = new int[layers];
    }

    /**
     * Replays the policy for moving {@code layer} from accelerator {@code from} to {@code to}: fills
     * {@link #flipped}, {@link #flips} and {@link #movedResident}.
     */
    void replayMove(int layer, int from, int to) {
        flips = 0;
        double weight = p.weightBits[layer];
        if (weight == 0) {
            movedResident = true;
            return;
        }
        int at = position[layer];
        if (resident[layer]) {
            // Its weights leave room for the layers after it on the old accelerator.
            replay(from, at + 1, remainingBefore[at]);
        }
        int insertAt = insertionPoint(to, rank[layer]);
        double left = insertAt < listStart[to + 1] ? remainingBefore[insertAt] : remainingAtEnd[to];
        movedResident = weight <= left;
        if (movedResident) {
            replay(to, insertAt, left - weight);
        }
    }

    /** The first position on the accelerator whose layer comes after the given rank in the policy's order. */
    private int insertionPoint(int acc, int layerRank) {
        int low = listStart[acc];
        int high = listStart[acc + 1];
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (rank[listed[mid]] < layerRank) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Decides the accelerator's layers from position {@code i} on with {@code left} bits free, noting where it departs from the base. */
    private void replay(int acc, int i, double left) {
        for (int end = listStart[acc + 1]; i < end; i++) {
            double baseLeft = remainingBefore[i];
            boolean sameFromHere = left == baseLeft
                    || left < suffixMinWeight[i] && baseLeft < suffixMinWeight[i]
                    || left >= suffixWeight[i] && baseLeft >= suffixWeight[i];
            if (sameFromHere) {
                return;
            }
            int l = listed[i];
            boolean fits = p.weightBits[l] <= left;
            if (fits != resident[l]) {
                flipped[flips++] = l;
            }
            if (fits) {
                left -= p.weightBits[l];
            }
        }
    }
}
