package io.h2hdse.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.JobFiles;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.RunsCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finished results folder as the report and the on-demand figures read it: runs.csv (the columns
 * before {@code solver} name the point; of the columns after {@code job_id}, the page's own must be
 * numbers and any other is taken as one where every cell is) and each job's file. The only place this
 * package reads the folder.
 */
public final class ResultsFolder {
    private static final List<String> JOB_COLUMNS = List.of("solver", "seed", "budget_evals", "budget_s", "job_id");
    /** The columns the page cannot do without; any other column after job_id is a number if all its cells are, else text, left out. */
    private static final List<String> NUMBERS = List.of("latency_s", "energy_j", "solver_time_s", "evals_per_s", "latency_vs_h2h", "energy_vs_h2h");

    /**
     * One runs.csv row.
     *
     * @param point   the point cells (model, system, grid parameters), an empty cell where a parameter is not set
     * @param metrics the numeric cells by column, NaN where empty
     */
    public record Run(List<String> point, String solver, String seed, String budgetEvaluations, String budgetSeconds,
                      String jobId, Map<String, Double> metrics) {
        public double metric(String column) {
            return metrics.getOrDefault(column, Double.NaN);
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

    /** Reads runs.csv; a missing or malformed file is an input error naming it and the column. */
    public static ResultsFolder read(Path directory) {
        Path file = directory.resolve(RunsCsv.FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), "file not found (is this a sweep's results folder?)");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = parser.getHeaderNames();
            int solver = header.indexOf("solver");
            if (solver < 2 || !header.subList(solver, Math.min(header.size(), solver + JOB_COLUMNS.size())).equals(JOB_COLUMNS)) {
                throw new InvalidInputException(file.toString(), "not a sweep's runs.csv (expected the columns model, system, ..., "
                        + String.join(", ", JOB_COLUMNS) + ")");
            }
            List<String> pointColumns = List.copyOf(header.subList(0, solver));
            List<String> missing = NUMBERS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(file.toString(), "not a sweep's runs.csv (no column " + String.join(", ", missing) + ")");
            }
            List<CSVRecord> rows = parser.getRecords();
            for (CSVRecord row : rows) {
                if (!row.isConsistent()) {
                    throw new InvalidInputException(file.toString(), "line " + row.getRecordNumber() + ": " + row.size()
                            + " cells, the header has " + header.size());
                }
            }
            List<String> metricColumns = header.subList(solver + JOB_COLUMNS.size(), header.size()).stream()
                    .filter(c -> NUMBERS.contains(c) || rows.stream().allMatch(r -> isNumber(r.get(c)))).toList();
            List<Run> runs = new ArrayList<>();
            for (CSVRecord row : rows) {
                runs.add(run(file, row, pointColumns, metricColumns));
            }
            return new ResultsFolder(directory, pointColumns, metricColumns, Collections.unmodifiableList(runs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell);
            return true;
        } catch (NumberFormatException e) {
            return cell.isEmpty();
        }
    }

    private static Run run(Path file, CSVRecord row, List<String> pointColumns, List<String> metricColumns) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String column : metricColumns) {
            String cell = row.get(column);
            if (!isNumber(cell) || (cell.isEmpty() && NUMBERS.contains(column))) {
                throw new InvalidInputException(file.toString(), "line " + row.getRecordNumber() + ": " + column
                        + ": not a number: " + cell);
            }
            metrics.put(column, cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
        }
        return new Run(pointColumns.stream().map(row::get).toList(), row.get("solver"), row.get("seed"), row.get("budget_evals"),
                row.get("budget_s"), row.get("job_id"), metrics);
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
        Map<List<String>, List<Run>> byPoint = new TreeMap<>(ResultsFolder::compareCells);
        runs.forEach(r -> byPoint.computeIfAbsent(r.point(), p -> new ArrayList<>()).add(r));
        List<Point> points = new ArrayList<>();
        byPoint.forEach((cells, rows) -> {
            rows.sort(Comparator.comparing(Run::solver).thenComparing(Run::seed, ResultsFolder::compareCell)
                    .thenComparing(Run::budgetEvaluations, ResultsFolder::compareCell).thenComparing(Run::budgetSeconds, ResultsFolder::compareCell));
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
            throw new InvalidInputException(directory.resolve(RunsCsv.FILE).toString(), "job_id " + jobId
                    + ": its job file is missing under jobs/ (rerun the sweep to recompute it)");
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
