/**
 * Per-layer costs: a {@link io.h2hdse.cost.LayerCostModel} gives a layer's latency and energy on one accelerator
 * ({@link io.h2hdse.cost.LayerCost}), and {@link io.h2hdse.cost.CostModels} picks the provider each accelerator's
 * cost spec names. Uses {@code input}, {@code workload} and {@code system}.
 */
package io.h2hdse.cost;
