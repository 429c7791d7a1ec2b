package io.h2hdse.system;

import java.util.OptionalDouble;

/**
 * Costs of this accelerator come from the user's cost table (a CSV given with the system).
 *
 * @param areaMm2 the accelerator's silicon area as the user states it, mm²; empty = not area-modelled
 */
public record TableSpec(OptionalDouble areaMm2) implements CostSpec {
    public TableSpec {
        if (areaMm2.isPresent()) {
            MaestroSpec.positive("area_mm2", areaMm2.getAsDouble());
        }
    }

    /** A table accelerator without an area. */
    public TableSpec() {
        this(OptionalDouble.empty());
    }
}
