/**
 * Genetic solvers ({@link io.h2hdse.solver.genetic.GeneticSolver}): a genetic algorithm with latency then energy
 * (or a weighted scalar) and NSGA-II-style multi-objective search, one gene per layer. The loop is Jenetics'
 * engine and operators rewritten on {@code int[]} population rows, each operator with Jenetics' distribution
 * (its probability thresholds are used as they are) but fewer random draws, with each generation's new mappings
 * evaluated in one batch and repeated ones recalled. Uses {@code eval} and {@code solver}.
 */
package io.h2hdse.solver.genetic;
