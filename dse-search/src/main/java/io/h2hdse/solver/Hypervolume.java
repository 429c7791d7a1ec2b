package io.h2hdse.solver;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The 2-D hypervolume (area dominated, both objectives minimised) up to a reference point. */
public final class Hypervolume {
    private Hypervolume() {}

    /**
     * Area of the region dominated by the points and bounded by the reference point; points need not
     * be non-dominated, and points not strictly better than the reference in both objectives add nothing.
     */
    public static double of(double[] latency, double[] energy, double refLatency, double refEnergy) {
        if (latency.length != energy.length) {
            throw new IllegalArgumentException("latency and energy must have the same length");
        }
        Integer[] order = new Integer[latency.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> latency[i]).thenComparingDouble(i -> energy[i]));
        double area = 0;
        double lowestEnergy = refEnergy;
        for (int i : order) {
            if (latency[i] < refLatency && energy[i] < lowestEnergy) {
                area += (refLatency - latency[i]) * (lowestEnergy - energy[i]);
                lowestEnergy = energy[i];
            }
        }
        return area;
    }

    /** Of a set of points (any order). */
    public static double of(List<ParetoPoint> points, ReferencePoint reference) {
        double[] latency = points.stream().mapToDouble(ParetoPoint::latency).toArray();
        double[] energy = points.stream().mapToDouble(ParetoPoint::energy).toArray();
        return of(latency, energy, reference.latency(), reference.energy());
    }
}
