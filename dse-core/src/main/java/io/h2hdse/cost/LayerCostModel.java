package io.h2hdse.cost;

import io.h2hdse.system.Accelerator;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;

/**
 * Per-(layer, accelerator) compute cost. {@link #canCost} says which layers a model describes on an
 * accelerator (e.g. the FPGA tile model: dense convolutions only); the evaluator marks every other
 * pair infeasible rather than inventing a cost. {@link #cost} is called only for pairs where the
 * accelerator runs the layer's op kind and {@code canCost} holds; a model that still cannot cost a
 * layer throws {@link io.h2hdse.input.InvalidInputException} naming the layer and why.
 */
@FunctionalInterface
public interface LayerCostModel {
    LayerCost cost(Workload workload, Layer layer, Accelerator accelerator);

    default boolean canCost(Layer layer, Accelerator accelerator) {
        return true;
    }
}
