package io.h2hdse.solver.genetic;

import java.util.function.DoubleBinaryOperator;

/**
 * What a run's individuals are compared by, as two numbers made from (latency, energy): compared
 * lexicographically by the single-objective GA, as a Pareto pair by NSGA-II.
 */
record Fitness(DoubleBinaryOperator first, DoubleBinaryOperator second) {
    static Fitness latencyThenEnergy() {
        return new Fitness((latency, energy) -> latency, (latency, energy) -> energy);
    }

    /** {@code w · latency / L + (1 − w) · energy / E}, ties broken by latency. */
    static Fitness weighted(double w, double latencyScale, double energyScale) {
        return new Fitness(
                (latency, energy) -> w * latency / latencyScale + (1 - w) * energy / energyScale,
                (latency, energy) -> latency);
    }

    void set(Population population, int i, double latency, double energy) {
        population.first[i] = first.applyAsDouble(latency, energy);
        population.second[i] = second.applyAsDouble(latency, energy);
        population.evaluated[i] = true;
    }
}
