package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/** Collects the layers of one zoo model in declaration order; {@link Chain}s append to it. */
final class NetBuilder {
    private final List<Layer> layers = new ArrayList<>();

    /** A chain fed from the host with one input of {@code shape}. */
    Chain input(String branch, String prefix, Shape shape) {
        return new Chain(this, branch, "", prefix, Activation.hostInput(shape));
    }

    void add(Layer layer) {
        layers.add(layer);
    }

    Workload build(String name) {
        return Workload.of(name, ModelZoo.ELEMENT_BITS, layers, ShapeCheck.STRICT);
    }
}
