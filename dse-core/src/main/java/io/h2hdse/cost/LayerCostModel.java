package io.h2hdse.cost;

import io.h2hdse.system.Accelerator;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;

/**
 * Per-(layer, accelerator) compute cost. Called only for pairs where the accelerator runs the
 * layer's op kind; a model that still cannot cost a layer throws
 * {@link io.h2hdse.input.InvalidInputException} naming the layer and why.
 */
@FunctionalInterface
public interface LayerCostModel {
    LayerCost cost(Workload workload, Layer layer, Accelerator accelerator);
}
