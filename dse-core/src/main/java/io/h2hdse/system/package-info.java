/**
 * Where it runs: accelerators ({@link io.h2hdse.system.Accelerator}: the op kinds they run, their cost model spec,
 * memory, power), the interconnect's links and the execution options, together a
 * {@link io.h2hdse.system.SystemSpec}. Uses {@code input} and the op kinds of {@code workload}.
 */
package io.h2hdse.system;
