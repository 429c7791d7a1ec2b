package io.h2hdse.workload;

/**
 * How strictly a workload's edges must agree in shape. User models and the zoo are {@code STRICT};
 * cases imported from the H2H release carry per-layer volumes that do not chain (its CNN records give
 * output rows and columns only), so they are built with {@code NONE}.
 */
public enum ShapeCheck {
    STRICT,
    NONE
}
