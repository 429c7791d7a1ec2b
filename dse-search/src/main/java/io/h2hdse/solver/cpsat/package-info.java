/**
 * Certified answers: the {@code cpsat} solver (Google OR-Tools CP-SAT over mapping × order × residency)
 * and the bounds every runs.csv row reports; and the polish that ends every mapping search
 * ({@link io.h2hdse.solver.cpsat.Polish}: the same model with the mapping fixed re-chooses order and residency).
 *
 * <h2>The model ({@link io.h2hdse.solver.cpsat.PlanModel})</h2>
 * It states the evaluator's semantics (the {@code eval} package doc) as constraints, with these
 * assumptions, each the evaluator's own:
 * <ul>
 *   <li>Each layer runs once, on one allowed accelerator (pins and forbidden pairs included), without
 *   preemption; an accelerator runs one layer at a time (optional intervals, no overlap). Starts need
 *   not be as soon as possible in the model, but the evaluator re-times the plan's order as soon as
 *   possible, which is never later.</li>
 *   <li>A consumer starts after each producer ends; in {@code EDGE} mode, when they sit on different
 *   accelerators, after the activation crossed the pair's link too (links without contention, as in
 *   the evaluator); these delays are also stated as linear rows ({@link io.h2hdse.solver.cpsat.TransferRows}),
 *   redundant for plans, which CP-SAT's linear relaxation keeps. In the back-to-back modes activations between accelerators travel through the host
 *   inside the layers' durations.</li>
 *   <li>A layer's duration and energy are the problem's for its combination of own transfers: weights
 *   (unless resident), host input and output ({@code EDGE}: sources and sinks; back-to-back: unless the
 *   producer or consumer that keeps the activation local runs right before or after it on the same
 *   accelerator, the arcs of a circuit per accelerator). Either overlap mode is therefore exact.</li>
 *   <li>Residency: any set of the accelerator's layers whose weights fit its weight capacity (whole
 *   bits); the returned plan carries it, so the evaluator uses it instead of its default policy. Local
 *   activations are on in every plan it returns (they only shorten layers).</li>
 *   <li>Objective: the makespan; energy (layers' combinations, moved activations, static power over the
 *   makespan, or busy power) only constrains the ε runs, rounded to the nearest unit.</li>
 * </ul>
 * No system option of the evaluator is left out, so no problem is refused; a problem too large for
 * the time given still returns the best plan found (the hints at worst) and the bound reached.
 *
 * <h2>Time as integers, and why the bounds are sound</h2>
 * CP-SAT works on integers: times are counted in units of 1e-9 of the best hint's latency
 * ({@link io.h2hdse.solver.cpsat.TimeScale}). In the plan model every duration and transfer is rounded
 * up, so for any plan the model's makespan is at least the evaluator's latency and exceeds it by less
 * than one unit per rounded term on the path that sets it: at most L durations and L − 1 transfers
 * for L layers. Hence (1) the evaluator's latency of a plan CP-SAT returns is at most its model
 * latency, and equal to it within 2L units (1e-6 relative up to 500 layers; a test re-times random
 * plans, mapping, order and residency under every execution option, and compares); (2) CP-SAT's
 * proven objective bound, less 2L + 2 units and a relative 1e-9 for floating-point sums, bounds the
 * evaluator's latency of every plan: the optimal plan's model makespan is below its latency plus 2L
 * units. The assignment bound ({@link io.h2hdse.solver.cpsat.AssignmentBound}) rounds every time down
 * instead, so its model relaxes the real problem and CP-SAT's proven bound on it is a bound directly.
 * A bound that CP-SAT did not finish proving is still its best bound so far: valid, only weaker.
 *
 * <h2>Every answer's bound ({@link io.h2hdse.solver.cpsat.AnswerBound})</h2>
 * runs.csv's {@code latency_lower_bound_s} is the best of: the cheap bound
 * ({@link io.h2hdse.eval.LatencyBound}, microseconds), the assignment bound (a mapping shared by the
 * accelerators' loads, the dependency paths with their transfers, and sequencing cuts: the layers between a
 * fork and a merge that share an accelerator run one after the other, and so do an accelerator's layers after
 * a common earliest start there, transfers into it included, or before a common least remaining time) found
 * within the sweep's
 * {@code bound_s} (once per point), and a {@code cpsat} job's own bound; {@code bound_method} names it
 * and {@code proven_optimal} is true when the latency is within 1e-6 of it.
 */
package io.h2hdse.solver.cpsat;
