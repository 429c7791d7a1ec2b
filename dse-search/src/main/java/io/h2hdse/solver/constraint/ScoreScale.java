package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.ReferencePoint;

/**
 * Latency and energy as score longs: relative to the problem's {@link ReferencePoint} at a resolution
 * of 1e-15 of it, so the score keeps full double precision whatever the units' magnitudes.
 */
final class ScoreScale {
    private static final double SCALE = 1e15;

    private final double latencyUnit;
    private final double energyUnit;

    ScoreScale(Problem problem) {
        ReferencePoint reference = ReferencePoint.worstCase(problem);
        latencyUnit = reference.latency() / SCALE;
        energyUnit = reference.energy() / SCALE;
    }

    long latency(double seconds) {
        return Math.round(seconds / latencyUnit);
    }

    long energy(double joules) {
        return Math.round(joules / energyUnit);
    }

    /** Energy above a cap, rounded up so that any excess counts. */
    long energyExcess(double joules, double cap) {
        return joules > cap ? (long) Math.ceil((joules - cap) / energyUnit) : 0;
    }
}
