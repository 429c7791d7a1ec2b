package io.h2hdse.solver.genetic;

/** What a genetic run minimises. */
public sealed interface Objective {
    /** Latency, ties broken by energy ({@code ga}). */
    record Latency() implements Objective {}

    /**
     * {@code w · latency / L + (1 − w) · energy / E}, ties broken by latency, where (L, E) is the
     * problem's {@link io.h2hdse.solver.ReferencePoint} so that the two objectives weigh on one scale.
     */
    record Weighted(double latencyWeight) implements Objective {
        public Weighted {
            if (!(latencyWeight >= 0 && latencyWeight <= 1)) {
                throw new IllegalArgumentException("latency weight must be in [0, 1], got " + latencyWeight);
            }
        }
    }

    /** Both, as a Pareto front: NSGA-II-style selection ({@code nsga2}). */
    record Pareto() implements Objective {}
}
