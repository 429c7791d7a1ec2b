package io.h2hdse.solver.genetic;

/** Turns an evaluation into the engine's fitness. */
@FunctionalInterface
interface FitnessOf<C> {
    C of(double latency, double energy);
}
