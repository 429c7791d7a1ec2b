package io.h2hdse.solver;

import java.util.Arrays;

/** A non-dominated (latency s, energy J) point and the mapping that reaches it. */
public record ParetoPoint(double latency, double energy, int[] mapping) {
    public ParetoPoint {
        mapping = mapping.clone();
    }

    @Override
    public int[] mapping() {
        return mapping.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParetoPoint p
                && Double.compare(latency, p.latency) == 0
                && Double.compare(energy, p.energy) == 0
                && Arrays.equals(mapping, p.mapping);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(latency) + Double.hashCode(energy)) + Arrays.hashCode(mapping);
    }

    @Override
    public String toString() {
        return "ParetoPoint[latency=" + latency + ", energy=" + energy + ", mapping=" + Arrays.toString(mapping) + "]";
    }
}
