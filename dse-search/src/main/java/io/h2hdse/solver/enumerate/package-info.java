/**
 * {@code enumerate} ({@link io.h2hdse.solver.enumerate.MappingEnumeration}): every mapping of a small problem,
 * each under the order policy's decoder, by enumeration (the complete front of that space) or branch and bound
 * on compute-only bounds; it refuses problems it cannot finish. Not the optimum over orders and residency:
 * that is {@code cpsat}'s. Uses {@code eval} and {@code solver}.
 */
package io.h2hdse.solver.enumerate;
