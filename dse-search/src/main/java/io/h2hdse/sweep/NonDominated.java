package io.h2hdse.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The (latency, energy) Pareto filter the result files and the report share. */
public final class NonDominated {
    private NonDominated() {}

    /** The items no other item beats in both latency and energy, by latency; of equal items the first stays. */
    public static <T> List<T> of(List<T> items, ToDoubleFunction<T> latency, ToDoubleFunction<T> energy) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(latency).thenComparingDouble(energy));
        List<T> front = new ArrayList<>();
        double lowestEnergy = Double.POSITIVE_INFINITY;
        for (T item : sorted) {
            if (energy.applyAsDouble(item) < lowestEnergy) {
                front.add(item);
                lowestEnergy = energy.applyAsDouble(item);
            }
        }
        return front;
    }
}
