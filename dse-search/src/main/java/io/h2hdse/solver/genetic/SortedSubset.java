package io.h2hdse.solver.genetic;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A uniformly drawn k-subset of {@code [0, n)} in ascending order (what Jenetics' {@code Subsets.next}
 * returns), by Floyd's algorithm: k bounded draws, each subset equally likely. More than half of the
 * range is drawn as the complement of the rest, so it never takes more than n / 2 draws; the work
 * beyond the draws is quadratic in those draws (k is 2 for cut points), plus n for a complement.
 */
final class SortedSubset {
    private int[] chosen = new int[0];

    /** Fills {@code subset} (its length is k, at most n) with a uniform k-subset of {@code [0, n)}, ascending. */
    void next(RandomGenerator random, int n, int[] subset) {
        int k = subset.length;
        if (k > n) {
            throw new IllegalArgumentException("a subset of " + k + " from " + n);
        }
        boolean complement = 2 * k > n;
        int drawn = complement ? n - k : k;
        if (chosen.length < drawn) {
            chosen = new int[drawn];
        }
        for (int c = 0, j = n - drawn; c < drawn; c++, j++) {
            int t = random.nextInt(j + 1);
            chosen[c] = contains(c, t) ? j : t;
        }
        Arrays.sort(chosen, 0, drawn);
        if (!complement) {
            System.arraycopy(chosen, 0, subset, 0, k);
            return;
        }
        int at = 0;
        int skip = 0;
        for (int v = 0; v < n; v++) {
            if (skip < drawn && chosen[skip] == v) {
                skip++;
            } else {
                subset[at++] = v;
            }
        }
    }

    private boolean contains(int count, int value) {
        for (int c = 0; c < count; c++) {
            if (chosen[c] == value) {
                return true;
            }
        }
        return false;
    }
}
