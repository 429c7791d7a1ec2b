package io.h2hdse.solver;

import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;

/**
 * Settings every search solver takes besides budget and seed.
 *
 * @param order how the evaluator orders each accelerator's layers for the mappings the solver tries
 *              ({@link OrderPolicy#RANK} by default: the rank decoder)
 * @param seed  a plan to start from (mapping, order, residency; e.g. H2H's), or null. It is evaluated
 *              in its own order and counts as a candidate, so the answer is never slower than it;
 *              its mapping also joins the solver's start (initial population, starting solution).
 * @param threads threads the solver may use (CP-SAT's workers; the other solvers run on one)
 */
public record SearchSettings(OrderPolicy order, Plan seed, int threads) {
    public SearchSettings {
        if (order == null) {
            throw new IllegalArgumentException("search settings need an order policy");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a solver needs at least one thread, got " + threads);
        }
    }

    /** One thread. */
    public SearchSettings(OrderPolicy order, Plan seed) {
        this(order, seed, 1);
    }

    /** The rank decoder, no seed. */
    public static SearchSettings defaults() {
        return new SearchSettings(OrderPolicy.RANK, null);
    }

    public SearchSettings withSeed(Plan plan) {
        return new SearchSettings(order, plan, threads);
    }
}
