package io.h2hdse.solver.cpsat;

/**
 * Seconds as CP-SAT's integers: one unit is {@code unit} seconds. {@link #floor} never exceeds the time
 * and {@link #ceil} never falls short of it, floating-point rounding of the division included, so a
 * model on floored times bounds the real schedule from below and one on ceiled times from above.
 */
record TimeScale(double unit) {
    /** Relative margin that covers the rounding of {@code seconds / unit}. */
    private static final double MARGIN = 1e-12;

    TimeScale {
        if (!(unit > 0) || Double.isInfinite(unit)) {
            throw new IllegalArgumentException("a time unit must be positive and finite, got " + unit);
        }
    }

    /** A scale with {@code steps} units in {@code reference} seconds (one second's worth if the reference is 0). */
    static TimeScale of(double reference, double steps) {
        return new TimeScale((reference > 0 ? reference : 1) / steps);
    }

    long floor(double seconds) {
        return (long) Math.floor(seconds / unit * (1 - MARGIN));
    }

    long ceil(double seconds) {
        return (long) Math.ceil(seconds / unit * (1 + MARGIN));
    }

    double seconds(double units) {
        return units * unit;
    }
}
