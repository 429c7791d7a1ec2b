/**
 * H2H (Zhang et al., DAC 2022) as the authors released it, and its step 1 alone as the
 * computation-prioritized baseline. Entry points: {@link io.h2hdse.solver.h2h.H2h#run} and
 * {@link io.h2hdse.solver.h2h.ComputationPrioritized#map}.
 *
 * <h2>What follows the release, and where it is generalised</h2>
 * <ul>
 *   <li>Orders come from a {@link io.h2hdse.solver.h2h.GraphOrder}: the release's graph order for
 *   release cases, the workload's topological and edge order otherwise.</li>
 *   <li>The release's layer types are CNN, LSTM and FC, one per accelerator. Here a "type" is an op
 *   kind, taken in the order CONV, LSTM, FC, then the other kinds in declaration order; the
 *   accelerators of a kind are those that run it, and an assignment to an accelerator the problem
 *   does not allow is never chosen. Step 4 moves a layer only to an accelerator allowed for it (the
 *   release: same type).</li>
 *   <li>Step 1 enumerates exhaustively up to an enumeration limit per frontier group, greedily above
 *   it; the result says when that happened.</li>
 *   <li>The knapsack's weight volume is the layer's weight elements; its capacity is the
 *   accelerator's weight share of local memory in elements of the workload's width.</li>
 *   <li>Step 4 starts from the first layer of each sink's branch (the release: {@code M<k>L1}).</li>
 * </ul>
 *
 * <h2>Where it departs from the release, on purpose</h2>
 * <ul>
 *   <li>Every schedule is the evaluator's as-soon-as-possible list schedule. For steps 1 to 3 that is
 *   exactly what the release computes; its step-4 timing is broken (layers may start before their
 *   inputs exist), so step-4 candidates are timed exactly, rerun steps 2 and 3 from scratch (fresh
 *   knapsack, no stale resident flags), and are accepted only when valid and strictly faster. Step 4
 *   is therefore never worse than step 3, and its accepted moves differ from the release's.</li>
 *   <li>Within one walk of step 4, a layer reached again by another path, after a visit that
 *   accepted nothing and with nothing accepted since, is not walked again (the release walks every
 *   path, exponentially many on DAGs with many joins; the skipped candidates would all be rejected).</li>
 * </ul>
 */
package io.h2hdse.solver.h2h;
