/**
 * Exact search for small problems ({@link io.h2hdse.solver.exact.ExactSearch}): enumeration of every mapping for the
 * exact Pareto front, or branch and bound on compute-only bounds; it refuses problems it cannot finish. Uses
 * {@code eval} and {@code solver}.
 */
package io.h2hdse.solver.exact;
