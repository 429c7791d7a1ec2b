package io.h2hdse.eval;

/**
 * One evaluation's inputs beyond the problem.
 *
 * @param mapping          layer id → accelerator id
 * @param order            per accelerator, its layers in run order; null = the evaluator's
 *                         {@link OrderPolicy}, the rank decoder unless another is asked for
 * @param resident         layer id → weights resident; null = the evaluator's default policy
 * @param localActivations in the back-to-back activation modes, whether consecutive layers back to
 *                         back on one accelerator keep their activation local (H2H step 3)
 */
public record Plan(int[] mapping, int[][] order, boolean[] resident, boolean localActivations) {
    public Plan {
        if (mapping == null) {
            throw new IllegalArgumentException("a plan needs a mapping");
        }
    }

    /** The mapping alone: the evaluator's order policy (the rank decoder by default), default residency, local activations. */
    public static Plan of(int[] mapping) {
        return new Plan(mapping, null, null, true);
    }
}
