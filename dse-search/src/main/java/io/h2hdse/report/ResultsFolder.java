package io.h2hdse.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.Comparison;
import io.h2hdse.sweep.JobFiles;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.ResultsLock;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finished results folder as the report and the on-demand figures read it: runs.csv (the columns
 * before {@code solver} name the point; the result columns of {@link RunsCsv} are the metrics) and
 * each job's file. The only place this package reads the folder.
 */
public final class ResultsFolder {

    /**
     * One runs.csv row.
     *
     * @param point  the point cells (model, system, grid parameters), an empty cell where a parameter is not set;
     *               one list for all the rows of a point
     * @param solver the solver's label in comparisons ({@link Comparison#labels}: its name, with its settings where
     *               its runs differ in them)
     * @param row    the row as read, for its metrics
     */
    public record Run(
            List<String> point,
            String solver,
            String seed,
            String budgetEvaluations,
            String budgetSeconds,
            String jobId,
            RunsTable.Run row) {
        /** A result column's number; NaN for another column. */
        public double metric(String column) {
            return RunsCsv.METRIC_COLUMNS.contains(column) ? row.number(column) : Double.NaN;
        }
    }

    private final Path directory;
    private final List<String> pointColumns;
    private final List<String> metricColumns;
    private final List<Run> runs;
    private final JobFiles jobFiles;

    private ResultsFolder(Path directory, List<String> pointColumns, List<String> metricColumns, List<Run> runs) {
        this.directory = directory;
        this.pointColumns = pointColumns;
        this.metricColumns = metricColumns;
        this.runs = runs;
        this.jobFiles = new JobFiles(directory);
    }

    /**
     * Reads runs.csv through the sweep's typed reader ({@link RunsTable}: every key and result column
     * there, numbers where numbers belong); a missing or malformed file is an input error naming it,
     * the line and the column.
     */
    public static ResultsFolder read(Path directory) {
        RunsTable table = RunsTable.read(directory.resolve(RunsCsv.FILE));
        List<String> pointColumns =
                List.copyOf(table.header().subList(0, table.header().indexOf("solver")));
        List<Run> runs = new ArrayList<>();
        Map<List<String>, List<String>> points = new HashMap<>();
        Map<RunsTable.Run, String> labels = Comparison.labels(table.runs());
        for (RunsTable.Run row : table.runs()) {
            Map<String, String> cells = row.cells();
            List<String> point = pointColumns.stream().map(cells::get).toList();
            runs.add(new Run(
                    points.computeIfAbsent(point, p -> p),
                    labels.get(row),
                    cells.get("seed"),
                    cells.get("budget_evals"),
                    cells.get("budget_s"),
                    cells.get("job_id"),
                    row));
        }
        return new ResultsFolder(directory, pointColumns, RunsCsv.METRIC_COLUMNS, Collections.unmodifiableList(runs));
    }

    /**
     * Locks a results folder for writing its report or figures: refused, with one line naming the folder
     * and the holder, while a sweep (or another report) writes it; a folder without runs.csv is not
     * locked (nor given a lock file) but refused.
     */
    public static ResultsLock lock(Path directory) {
        Path runs = directory.resolve(RunsCsv.FILE);
        if (!Files.isRegularFile(runs)) {
            throw new InvalidInputException(runs.toString(), "file not found (is this a sweep's results folder?)");
        }
        return ResultsLock.acquire(directory, "wait for it to finish");
    }

    public Path directory() {
        return directory;
    }

    public List<String> pointColumns() {
        return pointColumns;
    }

    public List<String> metricColumns() {
        return metricColumns;
    }

    public List<Run> runs() {
        return runs;
    }

    /** One (model, system point) and its rows. */
    public record Point(List<String> cells, List<Run> runs) {
        public String title() {
            return String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
        }
    }

    /** The rows grouped by point, points ordered by their cells (numbers as numbers), rows by solver and seed. */
    public List<Point> points() {
        // Grouped by hash first: the ordered map then compares points, not rows (a comparison parses cells as numbers).
        Map<List<String>, List<Run>> grouped = new LinkedHashMap<>();
        runs.forEach(
                r -> grouped.computeIfAbsent(r.point(), p -> new ArrayList<>()).add(r));
        Map<List<String>, List<Run>> byPoint = new TreeMap<>(ResultsFolder::compareCells);
        grouped.forEach((cells, rows) ->
                byPoint.computeIfAbsent(cells, p -> new ArrayList<>()).addAll(rows));
        List<Point> points = new ArrayList<>();
        byPoint.forEach((cells, rows) -> {
            rows.sort(Comparator.comparing(Run::solver)
                    .thenComparing(Run::seed, ResultsFolder::compareCell)
                    .thenComparing(Run::budgetEvaluations, ResultsFolder::compareCell)
                    .thenComparing(Run::budgetSeconds, ResultsFolder::compareCell));
            points.add(new Point(cells, List.copyOf(rows)));
        });
        return points;
    }

    private static int compareCells(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareCell(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static int compareCell(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** The job's file; one a row names but that is missing is an input error. */
    public JobRecord job(String jobId) {
        if (!jobFiles.exists(jobId)) {
            throw new InvalidInputException(
                    directory.resolve(RunsCsv.FILE).toString(),
                    "job_id " + jobId + ": its job file is missing under jobs/ (rerun the sweep to recompute it)");
        }
        return jobFiles.read(jobId);
    }

    /** The sweep's name from manifest.json, else the folder's name. */
    public String name() {
        Path manifest = directory.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            try {
                JsonNode sweep = new ObjectMapper().readTree(manifest.toFile()).get("sweep");
                if (sweep != null && sweep.isTextual()) {
                    return sweep.asText();
                }
            } catch (IOException e) {
                throw new InvalidInputException(manifest.toString(), "not valid JSON: " + e.getMessage());
            }
        }
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return name == null ? "results" : name.toString();
    }
}
