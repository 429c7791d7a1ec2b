package io.h2hdse.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The (latency, energy, area) Pareto filter of explored designs, and the hypervolume of such a front. */
public final class DesignFront {
    private DesignFront() {}

    /** The items no other item beats or equals in all three objectives (minimised), by latency; of equal items the first stays. */
    public static <T> List<T> of(List<T> items, List<ToDoubleFunction<T>> objectives) {
        List<T> sorted = new ArrayList<>(items);
        Comparator<T> order = Comparator.comparingDouble(objectives.getFirst());
        for (ToDoubleFunction<T> objective : objectives.subList(1, objectives.size())) {
            order = order.thenComparingDouble(objective);
        }
        sorted.sort(order);
        List<T> front = new ArrayList<>();
        for (T item : sorted) {
            if (front.stream().noneMatch(kept -> weaklyDominates(kept, item, objectives))) {
                front.add(item);
            }
        }
        return front;
    }

    private static <T> boolean weaklyDominates(T a, T b, List<ToDoubleFunction<T>> objectives) {
        return objectives.stream().allMatch(f -> f.applyAsDouble(a) <= f.applyAsDouble(b));
    }

    /**
     * The volume the points dominate below {@code reference} (3 objectives, minimised): the sum over slices
     * between consecutive third coordinates of the 2-D area the points at or below the slice dominate.
     * Points not below the reference in every objective add nothing.
     */
    public static double hypervolume(List<double[]> points, double[] reference) {
        List<double[]> inside = points.stream()
                .filter(p -> p[0] < reference[0] && p[1] < reference[1] && p[2] < reference[2])
                .sorted(Comparator.comparingDouble(p -> p[2]))
                .toList();
        double volume = 0;
        for (int i = 0; i < inside.size(); i++) {
            double top = i + 1 < inside.size() ? inside.get(i + 1)[2] : reference[2];
            if (top > inside.get(i)[2]) {
                volume += area(inside.subList(0, i + 1), reference) * (top - inside.get(i)[2]);
            }
        }
        return volume;
    }

    private static double area(List<double[]> points, double[] reference) {
        double[][] sorted = points.toArray(double[][]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(p -> p[0]));
        double area = 0;
        double lowest = reference[1];
        for (double[] p : sorted) {
            if (p[1] < lowest) {
                area += (reference[0] - p[0]) * (lowest - p[1]);
                lowest = p[1];
            }
        }
        return area;
    }
}
