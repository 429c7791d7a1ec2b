package io.h2hdse.eval;

/**
 * How the evaluator orders each accelerator's layers when a plan gives no order (package doc).
 */
public enum OrderPolicy {
    /** Each accelerator runs its layers in the workload's topological order (layer ids). */
    TOPOLOGICAL,
    /**
     * The rank decoder: layers are dispatched by decreasing upward rank under the mapping's own
     * durations and transfers, ties by lower id, as list schedulers (HEFT) do.
     */
    RANK
}
