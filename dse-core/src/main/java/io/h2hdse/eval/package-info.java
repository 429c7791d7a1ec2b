/**
 * The shared evaluator: a mapping (layer → accelerator) becomes a schedule, a latency and an energy.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Execution.</b> Each accelerator runs its layers one at a time, non-preemptively, in a
 *   per-accelerator order: the plan's own ({@link io.h2hdse.eval.Plan#order()}) if it has one, else
 *   the evaluator's {@link io.h2hdse.eval.OrderPolicy}. A layer starts when its accelerator has
 *   finished the layer before it in that order and all its inputs have arrived (as soon as
 *   possible). An order that contradicts the data edges deadlocks: such a plan is invalid and
 *   evaluates to infinity.</li>
 *   <li><b>Order policies.</b> {@code TOPOLOGICAL}: each accelerator runs its layers in the
 *   workload's topological order (layer ids). {@code RANK}, the rank decoder (HEFT's list
 *   scheduling with the mapping fixed, without insertion into idle gaps): residency is decided
 *   first (the plan's, or the default policy below, which depends on the mapping only). Every layer
 *   has an upward rank, HEFT's on mean costs: its mean duration over the accelerators that can run it
 *   (weights resident) plus the largest, over its consumers, of the activation's mean transfer time
 *   between two different accelerators plus the consumer's rank (the longest remaining path to a sink
 *   at mean costs). The ranks depend on the problem, not on the mapping, so they are computed once
 *   per problem (a restriction keeps its base's), and a decode is a single pass in time; ranks under
 *   each mapping's own costs, the version before, needed a backward pass per decode, which made the
 *   decoder take 2.7 to 2.9 times as long (README, "Performance") for answers no better (README,
 *   "Search against H2H"). Ranks only break ties: which accelerator goes next is decided by time.
 *   The order is then decided in time, as list schedulers do: a layer is released when all its
 *   producers have been dispatched, at the time its last input arrives; the next dispatch happens
 *   on the accelerator that can start one of its released layers earliest (the later of its free
 *   time and the earliest arrival; ties: lower accelerator id), and there, among the layers whose
 *   inputs have arrived by then, the one of highest rank starts (ties: lower id) and is appended to
 *   that accelerator's order. An accelerator thus never idles waiting for a high-rank layer while
 *   another of its layers could run. Every layer is dispatched after its producers, so the order
 *   never deadlocks. The durations in this dispatch (and, at mean costs, in the ranks) are
 *   those of the schedule: with weight loads for non-resident layers, host input for sources and
 *   host output for sinks in {@code EDGE} mode; in the back-to-back modes a layer's duration there
 *   counts its input read and output write over its link (whether they stay local depends on the
 *   order being decided) and transfers between accelerators count zero (they go through the host,
 *   inside the layers' durations). The schedule of the resulting order is then computed as for a
 *   given order, local activations included. {@link io.h2hdse.eval.Evaluator#rankOrder} returns
 *   the order the decoder produced.</li>
 *   <li><b>A layer's own transfers</b> cross its accelerator's link to the network and host: its
 *   weights when they are not resident, its input when it comes from the host or the network, its
 *   output when it goes there. Time = bits / bandwidth. With overlap {@code NONE} (the H2H release)
 *   they add to the layer's compute time; with {@code DOUBLE_BUFFERED} they hide behind it and the
 *   layer takes the longer of compute and transfers.</li>
 *   <li><b>Activations</b> ({@link io.h2hdse.system.ExecutionOptions.Activations}). {@code EDGE}: an
 *   edge between two different accelerators moves the producer's output over the pair's link,
 *   starting when the producer finishes (links have no contention); on one accelerator the tensor
 *   stays local. Layers without producers read their input from the host and layers without
 *   consumers write their output to the host. {@code BACK_TO_BACK} and {@code BACK_TO_BACK_BY_NAME}
 *   (the H2H release): every layer reads its input and writes its output over its link, except that
 *   with local activations on ({@link io.h2hdse.eval.Plan#localActivations()}) a producer and its
 *   consecutive consumer ({@link io.h2hdse.eval.Problem#localSuccessor(int)}) that run back to back
 *   on one accelerator skip the producer's output write and the consumer's input read.</li>
 *   <li><b>Weights.</b> A resident layer's weights sit in its accelerator's weight memory and pay no
 *   transfer. Residency is the solver's ({@link io.h2hdse.eval.Plan#resident()}; H2H uses a
 *   knapsack) or, when not given, this default policy: per accelerator, the layers mapped there
 *   are taken by decreasing weight size (ties: lower layer id) and each is made resident if it still
 *   fits the accelerator's weight capacity. Without overlap every weight byte on one link saves the
 *   same time, so filling the capacity with the largest layers first maximises the saved time.</li>
 *   <li><b>Latency</b> = makespan of one inference. <b>Energy</b> with {@code COMPONENTS} = compute
 *   energy + transfer energy (bits × the links' energy per byte) + static power × makespan of every
 *   accelerator; with {@code BUSY_POWER} (the H2H release) = Σ layer duration × its accelerator's
 *   dynamic power.</li>
 *   <li>A layer mapped to an accelerator that cannot run it costs infinity.</li>
 * </ul>
 *
 * <p>{@link io.h2hdse.eval.Problem} compiles workload × system × cost model once into flat arrays;
 * {@link io.h2hdse.eval.Evaluator} is the fast path every solver shares (single-plan and batch
 * entry points, under either order policy);
 * {@link io.h2hdse.eval.LatencyBound} bounds every plan's latency from below; {@link io.h2hdse.eval.Schedule} is the detailed, readable twin (per-layer times,
 * transfers), kept equal to the fast path to the bit by a property test.
 *
 * <h2>Exactness beside the evaluator</h2>
 * The {@code cpsat} solver and the tighter bounds live in the solver layer ({@code io.h2hdse.solver.cpsat},
 * whose package doc lists its model's assumptions against the semantics above): its model states these
 * semantics as constraints over mapping, order and residency on integer times, every plan it returns is
 * re-timed here (the answer is this evaluator's latency), and its bounds are made sound against this
 * evaluator's continuous times by rounding durations down (assignment bound) or by subtracting the
 * rounding a path can gather (CP-SAT's bound on plans). The model covers every option above; it
 * assumes nothing the evaluator does not: no link contention, non-preemptive layers, one inference.
 */
package io.h2hdse.eval;
