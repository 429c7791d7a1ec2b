/**
 * OptaPlanner solvers: one planning entity per layer whose variable is its accelerator, scored with full
 * evaluations; {@code optaplanner} (construction heuristic, then late acceptance, restarted from the
 * perturbed best mapping when it stagnates) and {@code optaplanner-eps} (ε-constraint runs for the
 * Pareto front). Uses {@code eval} and {@code solver}.
 */
package io.h2hdse.solver.constraint;
