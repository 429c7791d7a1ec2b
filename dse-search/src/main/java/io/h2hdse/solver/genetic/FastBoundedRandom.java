package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * A generator that draws exactly what its source draws, with {@code nextInt(bound)} and
 * {@code nextInt(origin, bound)} computed as the JDK's defaults compute them ({@code RandomSupport}'s
 * bounded draws: the same candidates, the same rejections) but with the remainder {@code u % n} taken
 * by Lemire's multiply-high method instead of a division, which is exact for every 31-bit {@code u}.
 * Bounded draws pick mates, cut points, NSGA-II's tournament subsets, swapped accelerators and random
 * mappings, and the division was their cost.
 */
final class FastBoundedRandom implements RandomGenerator {
    /** Bounds below this keep their multiplier. */
    private static final int CACHED = 4096;

    private final RandomGenerator source;
    private final long[] multipliers = new long[CACHED];

    FastBoundedRandom(RandomGenerator source) {
        this.source = source;
    }

    @Override
    public long nextLong() {
        return source.nextLong();
    }

    @Override
    public int nextInt() {
        return source.nextInt();
    }

    @Override
    public double nextDouble() {
        return source.nextDouble();
    }

    @Override
    public boolean nextBoolean() {
        return source.nextBoolean();
    }

    @Override
    public int nextInt(int bound) {
        if (bound <= 0) {
            return source.nextInt(bound);
        }
        return below(bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
        if (origin >= bound || bound - origin <= 0) {
            return source.nextInt(origin, bound);
        }
        return origin + below(bound - origin);
    }

    /** {@code RandomSupport.boundedNextInt(rng, n)} for n > 0. */
    private int below(int n) {
        int m = n - 1;
        int r = source.nextInt();
        if ((n & m) == 0) {
            return r & m;
        }
        long multiplier = multiplier(n);
        for (int u = r >>> 1; ; u = source.nextInt() >>> 1) {
            r = (int) Math.unsignedMultiplyHigh(multiplier * u, n);
            if (u + m - r >= 0) {
                return r;
            }
        }
    }

    /** ⌊(2^64 − 1) / n⌋ + 1, with which {@code u % n} is the high word of {@code (multiplier · u mod 2^64) · n}. */
    private long multiplier(int n) {
        if (n >= CACHED) {
            return Long.divideUnsigned(-1L, n) + 1;
        }
        long multiplier = multipliers[n];
        if (multiplier == 0) {
            multiplier = Long.divideUnsigned(-1L, n) + 1;
            multipliers[n] = multiplier;
        }
        return multiplier;
    }
}
