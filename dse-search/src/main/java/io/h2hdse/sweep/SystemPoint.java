package io.h2hdse.sweep;

import io.h2hdse.cost.SystemArea;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemFile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** One system of a sweep: a base system with some knobs set. */
public record SystemPoint(SystemGrid grid, Map<Knob, String> overrides) {
    public SystemPoint {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    public String name() {
        return grid.name();
    }

    /** The system with the overrides applied; an override that does not fit the system is an input error. */
    public SystemFile system() {
        SystemSpec system = grid.base().system();
        for (Map.Entry<Knob, String> o : overrides.entrySet()) {
            system = o.getKey()
                    .apply(
                            system,
                            o.getValue(),
                            grid.directory(),
                            grid.source()
                                    + (grid.explore() != null ? ": explore." : ": grid.")
                                    + o.getKey().fieldName());
        }
        return new SystemFile(system, grid.base().costTableCsv());
    }

    /** The area of the point's system, mm² ({@link SystemArea}); empty when an accelerator is not area-modelled. */
    public OptionalDouble areaMm2() {
        return SystemArea.of(system().system());
    }

    /** The runs.csv cell of {@link #areaMm2}: the number, or empty. */
    public String areaCell() {
        OptionalDouble area = areaMm2();
        return area.isPresent() ? Double.toString(area.getAsDouble()) : "";
    }
}
