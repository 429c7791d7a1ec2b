package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/** Collects the layers of one zoo model in declaration order; {@link Stream}s append to it. */
final class NetBuilder {
    private final List<Layer> layers = new ArrayList<>();

    /** A stream fed from the host with one input of {@code shape}. */
    Stream input(String branch, String prefix, Shape shape) {
        return new Stream(this, branch, "", prefix, Tensor.hostInput(shape));
    }

    void add(Layer layer) {
        layers.add(layer);
    }

    Workload build(String name) {
        return Workload.of(name, ModelZoo.ELEMENT_BITS, layers, ShapeCheck.STRICT);
    }
}
