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
 */
public record SearchSettings(OrderPolicy order, Plan seed) {
    public SearchSettings {
        if (order == null) {
            throw new IllegalArgumentException("search settings need an order policy");
        }
    }

    /** The rank decoder, no seed. */
    public static SearchSettings defaults() {
        return new SearchSettings(OrderPolicy.RANK, null);
    }

    public SearchSettings withSeed(Plan plan) {
        return new SearchSettings(order, plan);
    }
}
