package io.h2hdse.solver;

import io.h2hdse.eval.Problem;

/**
 * A search for mappings of a problem's layers onto its accelerators. Every solver evaluates through
 * the shared {@link io.h2hdse.eval.Evaluator}, keeps to {@link Problem#allowed(int, int)}, stops within
 * the budget and returns the best mapping found so far (by latency, then energy).
 */
public interface Solver {
    /** The registry name, e.g. {@code ga}. */
    String name();

    /** Solves with {@link SearchSettings#defaults()}: the rank decoder, no seed plan, no polish. */
    default SolverResult solve(Problem problem, Budget budget, long seed) {
        return solve(problem, budget, seed, SearchSettings.defaults());
    }

    SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings settings);
}
