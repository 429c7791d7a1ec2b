package io.h2hdse.cost.maestro;

/**
 * How the MAESTRO cost model runs one workload layer: as MAESTRO layers put through the dataflow
 * analysis ({@link MappedLayers}), or as a streaming op with no reuse to analyse ({@link StreamedOp}).
 */
sealed interface MaestroWork permits MappedLayers, StreamedOp {}
