package io.h2hdse.sweep;

import io.h2hdse.system.yaml.SystemFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base system and a grid of overrides; its points are the base with every combination of the
 * override values (the cartesian product, in the grid's order).
 *
 * @param base      the system as read, with its cost table
 * @param source    where the base came from (a file, a case), for the manifest
 * @param grid      values per overridden knob; empty = the base alone
 * @param directory where relative {@code .m} dataflow values resolve (the sweep file's folder)
 */
public record SystemGrid(SystemFile base, String source, Map<Knob, List<String>> grid, Path directory) {
    public SystemGrid {
        grid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grid));
    }

    /** The base with one value per overridden knob, named as in sweep files ({@code link_bandwidth_gbps}, {@code nvdla.num_pes}). */
    public static SystemGrid fixed(SystemFile base, String source, Map<String, String> overrides, String option) {
        Map<Knob, List<String>> grid = new LinkedHashMap<>();
        overrides.forEach((name, value) -> grid.put(Knob.parse(name, base.system(), option), List.of(value)));
        SystemGrid fixed = new SystemGrid(base, source, grid, Path.of(""));
        fixed.points().forEach(SystemPoint::system);
        return fixed;
    }

    public String name() {
        return base.system().name();
    }

    public List<SystemPoint> points() {
        List<SystemPoint> points = new ArrayList<>();
        points.add(new SystemPoint(this, Map.of()));
        for (Map.Entry<Knob, List<String>> axis : grid.entrySet()) {
            List<SystemPoint> next = new ArrayList<>();
            for (SystemPoint point : points) {
                for (String value : axis.getValue()) {
                    Map<Knob, String> overrides = new LinkedHashMap<>(point.overrides());
                    overrides.put(axis.getKey(), value);
                    next.add(new SystemPoint(this, overrides));
                }
            }
            points = next;
        }
        return points;
    }
}
