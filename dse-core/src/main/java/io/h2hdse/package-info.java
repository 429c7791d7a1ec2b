/**
 * h2h-dse maps the layers of a DNN workload onto the accelerators of a heterogeneous system and measures the
 * latency and energy of the result.
 *
 * <h2>Layers: which package may import which</h2>
 * The packages form layers, lowest first. A package may import its own layer and the layers below it, never a
 * layer above; within a layer a package and its subpackages may use each other. {@code LayeringTest}
 * (dse-search) fails on an import against this order.
 * <ol>
 *   <li>{@code input}: input errors and typed YAML access. Imports nothing of ours.</li>
 *   <li>{@code output}: the one writer of files (whole or not at all, never through a link or over an input).</li>
 *   <li>{@code workload} ({@code .yaml}, {@code .zoo}, {@code .onnx}): layers, validated DAGs, their files (YAML,
 *   ONNX), the model zoo.</li>
 *   <li>{@code system} ({@code .yaml}): accelerators (with the op kinds of {@code workload} they run), links,
 *   execution options, their files.</li>
 *   <li>{@code h2hcase}: the H2H release's case files, read into a workload and a system.</li>
 *   <li>{@code cost} ({@code .maestro}, {@code .fpga}, {@code .table}): per-(layer, accelerator) latency and
 *   energy.</li>
 *   <li>{@code eval}: workload × system × costs compiled into a problem; the evaluator and its schedules.</li>
 *   <li>{@code solver} and its families ({@code .h2h}, {@code .genetic}, {@code .constraint}, {@code .enumerate}, {@code .cpsat},
 *   {@code .random}): mappings searched on the evaluator.</li>
 *   <li>{@code sweep}: grids of jobs, the engines that run them (local threads, shards), result files, summary
 *   and overview plots.</li>
 *   <li>{@code report}: the interactive report and the on-demand figures of a finished results folder.</li>
 *   <li>{@code cli}: the {@code dse} command line; it parses options and prints.</li>
 * </ol>
 * {@code spark} (module dse-spark, the Spark sweep engine, found by the sweep through a service) and
 * {@code bench} (module dse-benchmarks) sit above them all; no module depends on them.
 */
package io.h2hdse;
