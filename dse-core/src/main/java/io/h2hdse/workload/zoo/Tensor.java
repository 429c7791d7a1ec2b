package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Shape;

import java.util.List;

/**
 * An activation a model definition can feed into further layers: the output of {@code layer}, or
 * the model's host input when {@code layer} is null.
 */
record Tensor(String layer, Shape shape) {
    static Tensor hostInput(Shape shape) {
        return new Tensor(null, shape);
    }

    List<String> producers() {
        return layer == null ? List.of() : List.of(layer);
    }
}
