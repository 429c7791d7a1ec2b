/**
 * The MAESTRO analytical cost model (Kwon et al., "Understanding Reuse, Performance, and Hardware
 * Cost of DNN Dataflow: A Data-Centric Approach", MICRO 2019), reimplemented to reproduce MAESTRO
 * ({@code github.com/maestro-project/maestro}, MIT licence, commit {@code 4eb08d1}) cycle for cycle,
 * quirks included, from its source and the behaviour of its binary.
 *
 * <p>Glossary:
 * <dl>
 *   <dt>cluster</dt><dd>a group of PEs that a {@code Cluster(n)} directive makes into one unit: the
 *       dataflow's directives above it map work onto clusters, those below it onto the PEs (or smaller
 *       clusters) inside one.</dd>
 *   <dt>level</dt><dd>the directives between two Cluster directives, with the number of sub-clusters
 *       they drive ({@code ClusterLevel}); level 0 is the top (fed from L2), the last one the PEs.</dd>
 *   <dt>ingress</dt><dd>elements of the input and filter tensors a level sends down to its
 *       sub-clusters in one iteration, after temporal reuse (stationary data is not resent) and
 *       spatial reuse (multicast data counts once).</dd>
 *   <dt>egress</dt><dd>output elements (results or partial sums) a level's sub-clusters send up in one
 *       iteration; outputs shared by sub-clusters (spatial reduction) count once.</dd>
 *   <dt>init / steady / edge case</dt><dd>each directive's iterations are its first one (init), the
 *       full ones after it (steady) and a last, partial one (edge) when the map does not divide the
 *       dimension; an iteration case is one combination of these states over a level's directives,
 *       with how often it occurs ({@code IterationCases}), and is costed once.</dd>
 * </dl>
 *
 * <p>Pipeline: {@link io.h2hdse.cost.maestro.MappingFileParser} and
 * {@link io.h2hdse.cost.maestro.HardwareFile} read MAESTRO's files; a
 * {@link io.h2hdse.cost.maestro.Dataflow} (a {@code .m} Dataflow block or one of
 * {@link io.h2hdse.cost.maestro.MaestroPresets}) is resolved for a layer and split into cluster levels
 * ({@code ClusterDecomposition}); each level's iteration cases ({@code IterationCases}) are costed for
 * data movement ({@code LevelTraffic}) and delay, recursively, in
 * {@link io.h2hdse.cost.maestro.CompiledMapping}, which yields a
 * {@link io.h2hdse.cost.maestro.MaestroResult}. {@link io.h2hdse.cost.maestro.MaestroCostModel} plugs it
 * into the project's {@link io.h2hdse.cost.LayerCostModel}; {@link io.h2hdse.cost.maestro.MaestroModelReader}
 * turns a {@code .m} network into a workload. {@link io.h2hdse.cost.maestro.MaestroNativeCsv} writes results
 * as the binary's CSV, with the area and power of {@link io.h2hdse.cost.maestro.AcceleratorCost} and numbers
 * printed as C++ streams print them ({@link io.h2hdse.cost.maestro.CppNumbers}).
 *
 * <p>Choices where MAESTRO gives no answer:
 * <ul>
 *   <li>CONV (TRCONV read as CONV), DSCONV, NGCONV and GEMM layers are modelled, with MAESTRO's tensor
 *       declarations; the FC/POOL/LSTM/RESIDUAL_IDENTITY tokens MAESTRO itself cannot run are rejected.
 *       A cluster level may map a dimension twice only where it has one element (MAESTRO computes
 *       such 1x1 layers and divides by zero on the others); the first directive on a dimension is the
 *       one its lookups find, as in MAESTRO. A map on a dimension no tensor reads is allowed over one
 *       element (a depthwise layer's {@code K: 1}).</li>
 *   <li>Sizes must be positive (MAESTRO's lexer reads {@code -64} as 64) and 32-bit, and a layer's
 *       dense work below 2^53, so every count fits a long: MAESTRO's 32-bit counters overflow silently.</li>
 *   <li>Workload layers: FC is a 1x1 CONV over all input elements, padding is folded into the input
 *       size, a grouped convolution is one group's CONV once per group; a dilated convolution is the
 *       dense one with the same output, channels and MACs (what hardware that skips the holes
 *       runs), on the input the dense kernel spans.</li>
 *   <li>LSTM and attention are GEMMs written as 1x1 CONVs, so every dataflow runs them: an LSTM is
 *       one FC of (input + hidden) to the four gates per time step (the recurrence leaves no weight
 *       reuse across steps); attention is its four D-to-D projections as a 1x1 CONV over the T tokens
 *       (weights reused across tokens), plus per head a T x d by d x T score product and a T x T by
 *       T x d context product, also over the tokens. The MACs are exactly the op's. Gate
 *       non-linearities, softmax and scaling are left out (a small fraction of the work).</li>
 *   <li>Pool, eltwise and concat have no reuse for a dataflow to exploit and MAESTRO has no model for
 *       them; they are streamed ({@code StreamedOp}): cycles = max(ceil(ops / PEs), ceil(in / NoC bw),
 *       ceil(out / NoC bw), ceil(in / off-chip bw), ceil(out / off-chip bw)), all transfers overlapped
 *       with compute as MAESTRO's double buffering does; energy = ops x 1 + 18.61 per L2 access (every
 *       input and output element written and read once) + 1.68 per L1 access (every element written
 *       once, every result read once, every operand read by the ALU: a pooling window re-reads the
 *       elements it shares with its neighbours). ops is the window size per pooled output, (inputs - 1)
 *       per eltwise element (an eltwise fed from the host counts two inputs) and 0 for concat.</li>
 *   <li>A dataflow that leaves no iteration case with work (MAESTRO then reports zero runtime)
 *       cannot cost the layer: {@code canCost} is false, so the evaluator marks the pair infeasible, and
 *       {@code cost} rejects it naming the layer; the command line prints MAESTRO's numbers with a
 *       warning.</li>
 *   <li>The yxp_os column tile is capped at the layer width for the same reason.</li>
 * </ul>
 */
package io.h2hdse.cost.maestro;
