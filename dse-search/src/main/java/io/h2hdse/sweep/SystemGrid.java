package io.h2hdse.sweep;

import io.h2hdse.system.yaml.SystemFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base system and a grid of overrides; its points are the base with every combination of the
 * override values (the cartesian product, in the grid's order), or, for an {@code explore} block, the
 * designs chosen so far.
 *
 * @param base      the system as read, with its cost table
 * @param source    where the base came from (a file, a case), for the manifest
 * @param grid      values per overridden knob; empty = the base alone
 * @param directory where relative {@code .m} dataflow values resolve (the sweep file's folder)
 * @param explore   the design space's settings, or null for a plain grid
 * @param designs   an explore's designs chosen so far (one value per knob each); empty for a plain grid
 */
public record SystemGrid(
        SystemFile base,
        String source,
        Map<Knob, List<String>> grid,
        Path directory,
        ExploreSpec explore,
        List<Map<Knob, String>> designs) {
    public SystemGrid {
        grid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grid));
        designs = List.copyOf(designs);
    }

    /** A plain grid. */
    public SystemGrid(SystemFile base, String source, Map<Knob, List<String>> grid, Path directory) {
        this(base, source, grid, directory, null, List.of());
    }

    /** An explore over {@code explore}'s knobs with its fixed designs (none yet for nsga2). */
    static SystemGrid exploring(SystemFile base, String source, Path directory, ExploreSpec explore) {
        return new SystemGrid(base, source, explore.knobs(), directory, explore, explore.fixedDesigns());
    }

    /** The same explore with these designs. */
    public SystemGrid withDesigns(List<Map<Knob, String>> chosen) {
        return new SystemGrid(base, source, grid, directory, explore, chosen);
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
        if (explore != null) {
            return designs.stream().map(d -> new SystemPoint(this, d)).toList();
        }
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
