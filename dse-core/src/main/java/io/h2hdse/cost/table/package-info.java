/**
 * The user's own per-(layer, accelerator) latency and energy from a CSV
 * ({@link io.h2hdse.cost.table.CostTableModel}). Uses {@code input}, {@code workload}, {@code system} and
 * {@code cost}.
 */
package io.h2hdse.cost.table;
