package io.h2hdse.eval;

/**
 * How the evaluator orders each accelerator's layers when a plan gives no order (package doc).
 */
public enum OrderPolicy {
    /** Each accelerator runs its layers in the workload's topological order (layer ids). */
    TOPOLOGICAL,
    /**
     * The rank decoder: a list schedule in time, as list schedulers (HEFT) do: when an accelerator can
     * start a layer, it starts, among its layers whose inputs have arrived, the one of highest upward
     * rank on mean costs (HEFT's: the longest remaining path to a sink at each layer's mean duration over
     * the accelerators that can run it and the mean transfer time), ties by lower id.
     */
    RANK
}
