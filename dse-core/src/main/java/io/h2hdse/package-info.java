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
 *   <li>{@code workload} ({@code .yaml}, {@code .zoo}): layers, validated DAGs, their files, the model zoo.</li>
 *   <li>{@code system} ({@code .yaml}): accelerators (with the op kinds of {@code workload} they run), links,
 *   execution options, their files.</li>
 *   <li>{@code h2hcase}: the H2H release's case files, read into a workload and a system.</li>
 *   <li>{@code cost} ({@code .maestro}, {@code .fpga}, {@code .table}): per-(layer, accelerator) latency and
 *   energy.</li>
 *   <li>{@code eval}: workload × system × costs compiled into a problem; the evaluator and its schedules.</li>
 *   <li>{@code solver} and its families ({@code .h2h}, {@code .genetic}, {@code .constraint}, {@code .exact},
 *   {@code .random}): mappings searched on the evaluator.</li>
 *   <li>{@code sweep}: grids of jobs, their runs, result files, reports and plots.</li>
 *   <li>{@code cli}: the {@code dse} command line; it parses options and prints.</li>
 * </ol>
 * {@code bench} (module dse-benchmarks) sits above them all; no module depends on it.
 */
package io.h2hdse;
