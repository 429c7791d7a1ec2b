package io.h2hdse.cost.maestro;

/**
 * One layer as MAESTRO sees it.
 *
 * @param dataflow the layer's own Dataflow block, or null when it has none
 */
public record MaestroLayer(String name, LayerType type, LayerDims dims, Dataflow dataflow) {}
