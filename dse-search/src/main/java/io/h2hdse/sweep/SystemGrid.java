package io.h2hdse.sweep;

import io.h2hdse.system.yaml.SystemFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base system and a grid of overrides; its points are the base with every combination of the
 * override values (the cartesian product, in {@link SystemOverride} order).
 *
 * @param base   the system as read, with its cost table
 * @param source where the base came from (a file, a case), for the manifest
 * @param grid   values per overridden parameter; empty = the base alone
 */
public record SystemGrid(SystemFile base, String source, Map<SystemOverride, List<String>> grid) {
    public SystemGrid {
        grid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grid));
    }

    /** The base with one value per overridden parameter, named as in sweep files ({@code link_bandwidth_gbps}). */
    public static SystemGrid fixed(SystemFile base, String source, Map<String, String> overrides, String option) {
        Map<SystemOverride, List<String>> grid = new LinkedHashMap<>();
        overrides.forEach((name, value) -> {
            SystemOverride parameter = SystemOverride.byFieldName(name);
            if (parameter == null) {
                throw new io.h2hdse.input.InvalidInputException(
                        option,
                        "unknown system parameter '" + name + "' (known: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(SystemOverride.values())
                                                .map(SystemOverride::fieldName)
                                                .toList())
                                + ")");
            }
            grid.put(parameter, List.of(value));
        });
        SystemGrid fixed = new SystemGrid(base, source, grid);
        fixed.points().forEach(SystemPoint::system);
        return fixed;
    }

    public String name() {
        return base.system().name();
    }

    public List<SystemPoint> points() {
        List<SystemPoint> points = new ArrayList<>();
        points.add(new SystemPoint(this, Map.of()));
        for (Map.Entry<SystemOverride, List<String>> axis : grid.entrySet()) {
            List<SystemPoint> next = new ArrayList<>();
            for (SystemPoint point : points) {
                for (String value : axis.getValue()) {
                    Map<SystemOverride, String> overrides = new LinkedHashMap<>(point.overrides());
                    overrides.put(axis.getKey(), value);
                    next.add(new SystemPoint(this, overrides));
                }
            }
            points = next;
        }
        return points;
    }
}
