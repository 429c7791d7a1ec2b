package io.h2hdse.sweep;

import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemFile;

import java.util.LinkedHashMap;
import java.util.Map;

/** One system of a sweep: a base system with some parameters overridden. */
public record SystemPoint(SystemGrid grid, Map<SystemOverride, String> overrides) {
    public SystemPoint {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    public String name() {
        return grid.name();
    }

    /** The system with the overrides applied; an override that does not fit the system is an input error. */
    public SystemFile system() {
        SystemSpec system = grid.base().system();
        for (Map.Entry<SystemOverride, String> o : overrides.entrySet()) {
            system = o.getKey()
                    .apply(
                            system,
                            o.getValue(),
                            grid.source() + ": grid." + o.getKey().fieldName());
        }
        return new SystemFile(system, grid.base().costTableCsv());
    }
}
