package io.h2hdse.cost;

import io.h2hdse.cost.maestro.AcceleratorCost;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;

import java.util.OptionalDouble;

/**
 * Silicon area, mm². A MAESTRO accelerator's comes from MAESTRO's 28 nm tables (PEs, L1, L2, NoC:
 * {@link AcceleratorCost#areaMm2}); a cost-table accelerator's is its optional {@code area_mm2}; an FPGA-tile
 * accelerator is a board, not a die, and has none. Local memory and links are not area-modelled.
 */
public final class SystemArea {
    private SystemArea() {}

    /** The accelerator's area, or empty when its model gives none. */
    public static OptionalDouble of(Accelerator accelerator) {
        return switch (accelerator.cost()) {
            case MaestroSpec m -> OptionalDouble.of(AcceleratorCost.areaMm2(m));
            case TableSpec t -> t.areaMm2();
            case FpgaTileSpec f -> OptionalDouble.empty();
        };
    }

    /** The sum over the accelerators, or empty when any of them has no area (a partial sum would understate it). */
    public static OptionalDouble of(SystemSpec system) {
        double sum = 0;
        for (Accelerator a : system.accelerators()) {
            OptionalDouble area = of(a);
            if (area.isEmpty()) {
                return OptionalDouble.empty();
            }
            sum += area.getAsDouble();
        }
        return OptionalDouble.of(sum);
    }
}
