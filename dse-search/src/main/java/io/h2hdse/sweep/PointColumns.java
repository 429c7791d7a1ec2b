package io.h2hdse.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns that name a (model, system point) in the files derived from runs.csv (pareto.csv, mappings.csv,
 * transfers.csv, summary.md, the overview figures). First its knobs, what the point is: runs.csv's columns
 * before {@code solver} (model, system and the sweep's override columns), whose cells are the point's key
 * ({@link RunsTable.Run#point()}, which {@link Comparison} groups by). Then its figures, what was measured of
 * the point (the system's area): numbers shown beside the knobs, never part of a key, so a new figure cannot
 * split a point in two.
 */
record PointColumns(List<String> knobs, List<String> figures) {
    PointColumns {
        knobs = List.copyOf(knobs);
        figures = List.copyOf(figures);
    }

    static PointColumns of(SweepSpec spec) {
        List<String> header = RunsCsv.header(spec.overrideColumns());
        return new PointColumns(header.subList(0, header.indexOf("solver")), List.of(RunsCsv.AREA));
    }

    /** The knobs, then the figures: the columns in the files' order. */
    List<String> all() {
        List<String> all = new ArrayList<>(knobs);
        all.addAll(figures);
        return all;
    }

    /** Whether column {@code index} of {@link #all()} holds a figure (a number), not a knob. */
    boolean isFigure(int index) {
        return index >= knobs.size();
    }

    /** The point's key ({@link RunsTable#pointKey}) from its cells in {@link #all()}'s order: the knobs' cells. */
    String key(List<String> cells) {
        return RunsTable.pointKey(cells.subList(0, knobs.size()));
    }
}
