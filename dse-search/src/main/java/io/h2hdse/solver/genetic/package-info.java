/**
 * Jenetics solvers ({@link io.h2hdse.solver.genetic.GeneticSolver}): a genetic algorithm with latency then energy
 * (or a weighted scalar) and NSGA-II-style multi-objective search, one gene per layer, populations evaluated in
 * batches. Uses {@code eval} and {@code solver}.
 */
package io.h2hdse.solver.genetic;
