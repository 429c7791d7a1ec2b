/**
 * Sweeps: a spec ({@link io.h2hdse.sweep.SweepSpec}) expands into jobs over models × system points × solvers ×
 * seeds × budgets; {@link io.h2hdse.sweep.SweepRunner} runs them in parallel and resumably, and the result files,
 * summary and plots are written here. Uses every layer below {@code cli}.
 */
package io.h2hdse.sweep;
