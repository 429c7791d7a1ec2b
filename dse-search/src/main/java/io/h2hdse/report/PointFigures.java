package io.h2hdse.report;

import io.h2hdse.solver.h2h.H2hStepSolver;
import io.h2hdse.sweep.FileNames;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.NonDominated;
import io.h2hdse.sweep.OutputFolder;
import io.h2hdse.sweep.Plots;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-point figures for papers, drawn on demand ({@code dse plot}): for each chosen point, the
 * Pareto fronts of its solvers (H2H and the baseline as single markers) and the Gantt chart of its
 * fastest job, as PNG and SVG under {@code plots/}.
 */
public final class PointFigures {
    private PointFigures() {}

    /** Draws the points of the folder that {@code chosen} accepts; returns the files written, without extension. */
    public static List<Path> write(ResultsFolder folder, PointChoice chosen) {
        Path plots = OutputFolder.subfolder(folder.directory(), OutputFolder.PLOTS);
        List<Path> written = new ArrayList<>();
        for (ResultsFolder.Point point : folder.points()) {
            if (!chosen.accepts(folder.pointColumns(), point.cells())) {
                continue;
            }
            List<JobRecord> records =
                    point.runs().stream().map(r -> folder.job(r.jobId())).toList();
            String slug = FileNames.of(
                    point.cells().stream().filter(c -> !c.isEmpty()).toList());
            Path pareto = plots.resolve("pareto_" + slug);
            Path gantt = plots.resolve("gantt_" + slug);
            paretoFigure(
                    pareto,
                    point.title(),
                    records,
                    folder.runs().stream().map(ResultsFolder.Run::solver).toList());
            JobRecord fastest = records.stream()
                    .min(Comparator.comparingDouble(r -> r.metrics().latencyS()))
                    .orElseThrow();
            Plots.gantt(
                    gantt,
                    String.format(
                            Locale.ROOT,
                            "%s: %s, %.4g ms",
                            point.title(),
                            fastest.solver(),
                            fastest.metrics().latencyS() * 1e3),
                    fastest.accelerators(),
                    fastest.schedule());
            written.add(pareto);
            written.add(gantt);
        }
        return written;
    }

    /** {@code solvers}: every solver of the folder, which fixes each one's colour (as in the report). */
    private static void paretoFigure(Path file, String title, List<JobRecord> records, List<String> solvers) {
        Map<String, List<JobRecord.FrontPoint>> bySolver = new TreeMap<>();
        records.forEach(r ->
                bySolver.computeIfAbsent(r.solver(), s -> new ArrayList<>()).addAll(r.pareto()));
        Map<String, Plots.Series> fronts = new TreeMap<>();
        Plots.Series h2h = null;
        Plots.Series baseline = null;
        for (Map.Entry<String, List<JobRecord.FrontPoint>> solver : bySolver.entrySet()) {
            List<JobRecord.FrontPoint> front =
                    NonDominated.of(solver.getValue(), JobRecord.FrontPoint::latencyS, JobRecord.FrontPoint::energyJ);
            Plots.Series series = new Plots.Series(
                    front.stream().mapToDouble(p -> p.latencyS() * 1e3).toArray(),
                    front.stream().mapToDouble(JobRecord.FrontPoint::energyJ).toArray());
            switch (solver.getKey()) {
                case H2hStepSolver.H2H -> h2h = series;
                case H2hStepSolver.BASELINE -> baseline = series;
                default -> fronts.put(solver.getKey(), series);
            }
        }
        Plots.paretoFront(
                file,
                "Pareto fronts: " + title,
                fronts,
                h2h,
                baseline,
                records.getFirst().metrics().latencyLowerBoundS() * 1e3,
                solvers);
    }
}
