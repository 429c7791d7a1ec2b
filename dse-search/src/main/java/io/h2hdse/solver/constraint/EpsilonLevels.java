package io.h2hdse.solver.constraint;

/**
 * The energy caps of the ε-constraint solves: {@code points} caps spaced evenly from the energy of the
 * fastest mapping found (exclusive) down to the least energy found (inclusive),
 * ε_k = E_fast − k / K · (E_fast − E_min) for k = 1 … K. Each cap asks for the fastest mapping within
 * it; the last asks for a mapping as frugal as the leanest found but faster.
 */
final class EpsilonLevels {
    private EpsilonLevels() {}

    static double[] between(double fastestEnergy, double leastEnergy, int points) {
        if (points < 1 || !(leastEnergy <= fastestEnergy)) {
            throw new IllegalArgumentException("need at least one cap and least energy " + leastEnergy
                    + " ≤ fastest mapping's energy " + fastestEnergy + ", got " + points + " caps");
        }
        double[] caps = new double[points];
        for (int k = 1; k <= points; k++) {
            // Never below the least energy: E_fast - K/K * (E_fast - E_min) can round below E_min, and the
            // last solve starts from the leanest mapping within its cap.
            caps[k - 1] = Math.max(leastEnergy, fastestEnergy - k * (fastestEnergy - leastEnergy) / points);
        }
        return caps;
    }
}
