package io.h2hdse.solver.genetic;

import java.util.Arrays;

/**
 * Non-dominated ranks and crowding distances of a population of (x, y) pairs, both minimised and
 * compared with {@link Double#compare}, with Jenetics' meaning ({@code Pareto.rank},
 * {@code Pareto.crowdingDistance} as {@code UFTournamentSelector} calls them for minimisation), on
 * primitive arrays and in O(n log n) for the two objectives:
 * <ul>
 *   <li>rank 0 is the non-dominated set, rank k+1 what is non-dominated once ranks ≤ k are removed.
 *       Sorted by (x, y), a point is dominated by front k exactly when it is dominated by the front's
 *       last point so far (the one of least y), so one pass over the sorted points ranks them.</li>
 *   <li>the crowding distance is Jenetics' over the whole population: for each objective the first
 *       point of least value and the last of greatest get infinity. Jenetics divides the neighbours'
 *       gap by (least − greatest), which under minimisation is never positive, so the interior
 *       distances stay 0, except that a NaN span (all values infinite) makes them NaN.</li>
 * </ul>
 * Points of equal fitness (equal bits) are grouped, in population order, for the tournament's draw
 * among equals.
 */
final class ParetoRanks {
    private final int[] order;
    private final int[] rank;
    private final double[] crowding;
    private final int[] frontLast;
    private final int[] groupStart;
    private final int[] groupSize;
    /** x and y as longs whose signed order is {@link Double#compare}'s: one integer comparison per objective. */
    private final long[] keyX;

    private final long[] keyY;
    private double[] x;
    private double[] y;
    private int size;

    ParetoRanks(int capacity) {
        order = new int[capacity];
        rank = new int[capacity];
        crowding = new double[capacity];
        frontLast = new int[capacity];
        groupStart = new int[capacity];
        groupSize = new int[capacity];
        keyX = new long[capacity];
        keyY = new long[capacity];
    }

    void compute(double[] x, double[] y) {
        this.x = x;
        this.y = y;
        this.size = x.length;
        for (int i = 0; i < size; i++) {
            keyX[i] = orderKey(x[i]);
            keyY[i] = orderKey(y[i]);
        }
        sortByXThenY();
        int fronts = 0;
        for (int s = 0; s < size; s++) {
            int q = order[s];
            int front = 0;
            while (front < fronts && dominates(frontLast[front], q)) {
                front++;
            }
            rank[q] = front;
            frontLast[front] = q;
            fronts = Math.max(fronts, front + 1);
        }
        for (int s = 0; s < size; ) {
            int end = s + 1;
            while (end < size && compare(order[s], order[end]) == 0) {
                end++;
            }
            for (int t = s; t < end; t++) {
                groupStart[order[t]] = s;
                groupSize[order[t]] = end - s;
            }
            s = end;
        }
        crowding();
    }

    int rank(int i) {
        return rank[i];
    }

    double crowding(int i) {
        return crowding[i];
    }

    /** Jenetics' crowded comparison: a lower rank, or the same rank and a greater distance. */
    boolean crowdedBetter(int i, int j) {
        return rank[i] < rank[j] || rank[i] == rank[j] && crowding[i] > crowding[j];
    }

    /** How many individuals have individual i's fitness (i included). */
    int equalFitnessCount(int i) {
        return groupSize[i];
    }

    /** The k-th individual, in population order, of those with individual i's fitness. */
    int equalFitness(int i, int k) {
        return order[groupStart[i] + k];
    }

    private void crowding() {
        Arrays.fill(crowding, 0, size, size < 3 ? Double.POSITIVE_INFINITY : 0);
        if (size < 3) {
            return;
        }
        for (double[] values : new double[][] {x, y}) {
            int least = 0;
            int greatest = 0;
            for (int i = 1; i < size; i++) {
                if (Double.compare(values[i], values[least]) < 0) {
                    least = i;
                }
                if (Double.compare(values[i], values[greatest]) >= 0) {
                    greatest = i;
                }
            }
            crowding[least] = Double.POSITIVE_INFINITY;
            crowding[greatest] = Double.POSITIVE_INFINITY;
            if (Double.compare(values[least] - values[greatest], 0) > 0) {
                for (int i = 0; i < size; i++) {
                    if (i != least && i != greatest) {
                        crowding[i] = Double.NaN;
                    }
                }
            }
        }
    }

    private boolean dominates(int p, int q) {
        return keyX[p] <= keyX[q] && keyY[p] <= keyY[q] && (keyX[p] < keyX[q] || keyY[p] < keyY[q]);
    }

    private int compare(int p, int q) {
        int byX = Long.compare(keyX[p], keyX[q]);
        return byX != 0 ? byX : Long.compare(keyY[p], keyY[q]);
    }

    /**
     * {@link Double#compare}'s total order as a long's: {@link Double#doubleToLongBits} (NaN canonical,
     * so above +∞; −0.0 below 0.0) with a negative value's magnitude bits flipped.
     */
    static long orderKey(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /** Stable binary insertion sort of the indices. */
    private void sortByXThenY() {
        for (int s = 0; s < size; s++) {
            int q = s;
            int low = 0;
            int high = s;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (compare(q, order[mid]) < 0) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            System.arraycopy(order, low, order, low + 1, s - low);
            order[low] = q;
        }
    }
}
