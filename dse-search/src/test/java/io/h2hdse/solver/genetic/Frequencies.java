package io.h2hdse.solver.genetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks of observed frequencies against probabilities computed by hand, for the draw tests. */
final class Frequencies {
    /** Standard deviations an observed count may stray from its expectation (fixed seeds make it pass or fail for good). */
    private static final double SIGMAS = 5;

    private Frequencies() {}

    /** {@code count} of {@code trials} independent trials is within {@link #SIGMAS} standard deviations of probability p. */
    static void assertNear(long count, long trials, double p, String what) {
        double expected = trials * p;
        double sigma = Math.sqrt(trials * p * (1 - p));
        assertTrue(
                Math.abs(count - expected) <= SIGMAS * sigma,
                what + ": " + count + " of " + trials + ", expected " + expected + " ± " + SIGMAS * sigma);
    }
}
