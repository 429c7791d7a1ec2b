package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/**
 * Uniform integers in {@code [0, bound)}, as many from one 64-bit draw as fit: a draw x taken as the
 * fraction x / 2^64 and multiplied by bound^k gives k base-{@code bound} digits, each uniform and
 * independent once the draws whose low word falls below (2^64 − bound^k) mod bound^k are rejected
 * (Lemire's nearly-divisionless method on the product of the bounds, as in Brackett-Rozinsky and
 * Lemire's batched draws). For the genetic loop's bounds (a population of 80, a handful of
 * accelerators) that is 10 to 24 values per draw instead of one, and no division.
 */
final class UniformDigits {
    private final int bound;
    private final int[] digits;
    /** Draws whose low word is below this are rejected: (2^64 − bound^k) mod bound^k. */
    private final long rejectBelow;

    private int next;

    UniformDigits(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, got " + bound);
        }
        this.bound = bound;
        int k = 1;
        long product = bound;
        // Grow k while bound^(k+1) still fits in 64 unsigned bits; one digit of bound 1 is all there is.
        while (bound > 1 && Math.unsignedMultiplyHigh(product, bound) == 0 && k < 64) {
            product *= bound;
            k++;
        }
        digits = new int[k];
        next = k;
        rejectBelow = Long.remainderUnsigned(-product, product);
    }

    /** The next uniform integer in {@code [0, bound)}. */
    int next(RandomGenerator random) {
        if (next == digits.length) {
            refill(random);
        }
        return digits[next++];
    }

    /** Fills {@code values[0 .. count)} with the next uniform integers in {@code [0, bound)}. */
    void fill(RandomGenerator random, int[] values, int count) {
        for (int at = 0; at < count; ) {
            if (next == digits.length) {
                refill(random);
            }
            int n = Math.min(count - at, digits.length - next);
            System.arraycopy(digits, next, values, at, n);
            next += n;
            at += n;
        }
    }

    /** How many values one 64-bit draw gives. */
    int perDraw() {
        return digits.length;
    }

    private void refill(RandomGenerator random) {
        long low;
        do {
            low = random.nextLong();
            for (int i = 0; i < digits.length; i++) {
                digits[i] = (int) Math.unsignedMultiplyHigh(low, bound);
                low *= bound;
            }
        } while (Long.compareUnsigned(low, rejectBelow) < 0);
        next = 0;
    }
}
