package io.h2hdse.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Latency against link bandwidth, one line per solver (median over its jobs), one chart per model,
 * system and setting of the other overrides. Collects as the report walks the points; plots at the end.
 */
final class BandwidthLines {
    private final boolean enabled;
    /** the point's other cells → solver → bandwidth → latencies in ms. */
    private final Map<List<String>, Map<String, TreeMap<Double, List<Double>>>> charts = new LinkedHashMap<>();

    BandwidthLines(boolean enabled) {
        this.enabled = enabled;
    }

    void add(PointColumns pointColumns, List<String> cells, List<JobRecord> records) {
        if (!enabled) {
            return;
        }
        int column = pointColumns.knobs().indexOf(SystemOverride.LINK_BANDWIDTH_GBPS.fieldName());
        String bandwidth = cells.get(column);
        if (bandwidth.isEmpty()) {
            return;
        }
        // One chart per setting of the other knobs; a figure (the area) is the system's, not a knob, and no file
        // name's.
        List<String> chart = IntStream.range(0, pointColumns.knobs().size())
                .filter(i -> i != column)
                .mapToObj(cells::get)
                .filter(c -> !c.isEmpty())
                .toList();
        for (JobRecord record : records) {
            charts.computeIfAbsent(chart, t -> new TreeMap<>())
                    .computeIfAbsent(record.solver(), s -> new TreeMap<>())
                    .computeIfAbsent(Double.parseDouble(bandwidth), b -> new ArrayList<>())
                    .add(record.metrics().latencyS() * 1e3);
        }
    }

    void plot(Path plots) {
        charts.forEach((chart, solvers) -> {
            Map<String, Plots.Series> lines = new TreeMap<>();
            solvers.forEach((solver, byBandwidth) -> lines.put(
                    solver,
                    new Plots.Series(
                            byBandwidth.keySet().stream()
                                    .mapToDouble(Double::doubleValue)
                                    .toArray(),
                            byBandwidth.values().stream()
                                    .mapToDouble(BandwidthLines::median)
                                    .toArray())));
            Plots.latencyVsBandwidth(
                    plots.resolve("latency_vs_bandwidth_" + FileNames.of(chart)),
                    "Latency vs link bandwidth: " + String.join(" ", chart),
                    lines);
        });
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
