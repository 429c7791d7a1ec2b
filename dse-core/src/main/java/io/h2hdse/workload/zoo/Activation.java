package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Shape;

import java.util.List;

/**
 * An activation a model definition can feed into further layers: the output of {@code layer}, or
 * the model's host input when {@code layer} is null.
 */
record Activation(String layer, Shape shape) {
    static Activation hostInput(Shape shape) {
        return new Activation(null, shape);
    }

    List<String> producers() {
        return layer == null ? List.of() : List.of(layer);
    }
}
