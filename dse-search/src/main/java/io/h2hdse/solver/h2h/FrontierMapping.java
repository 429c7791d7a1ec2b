package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Plan;

/**
 * The computation-prioritized mapping (H2H step 1).
 *
 * @param mapping        layer id → accelerator id
 * @param order          per accelerator, its layers in the order they were committed (= run order)
 * @param greedyFallback true when some frontier had more candidates than the enumeration limit and was
 *                       mapped layer by layer instead of exhaustively
 */
public record FrontierMapping(int[] mapping, int[][] order, boolean greedyFallback) {
    /** Every layer fetches its weights and input and stores its output over the network. */
    public Plan plan() {
        return new Plan(mapping.clone(), Orders.copy(order), new boolean[mapping.length], false);
    }
}
