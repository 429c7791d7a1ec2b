package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.output.OutputFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * runs.csv, the one place that knows its columns: the key columns of {@link JobKey#cells}, then the
 * result columns of {@link #METRICS}, written from a {@link JobRecord} and read back by
 * {@link RunsTable}. Rows are appended one full row at a time as jobs finish; each row goes out in one
 * write and is flushed, so a killed run leaves at most one torn last row (no newline): opening cuts it
 * away, and its job runs again.
 */
public final class RunsCsv implements AutoCloseable {
    public static final String FILE = "runs.csv";
    /** The system point's area column (mm², empty when not area-modelled): a property of the key, not a job result. */
    public static final String AREA = "area_mm2";

    static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** A result column and how a job's metrics fill it. A new column is one more entry here (and its field in the metrics). */
    private record Metric(String name, Function<JobRecord.Metrics, String> cell) {}

    private static final List<Metric> METRICS = List.of(
            new Metric("latency_s", m -> num(m.latencyS())),
            new Metric("energy_j", m -> num(m.energyJ())),
            new Metric("edp_j_s", m -> num(m.edp())),
            new Metric("solver_time_s", m -> num(m.solverTimeS())),
            new Metric("evaluations", m -> Long.toString(m.evaluations())),
            new Metric("evals_per_s", m -> num(m.evalsPerS())),
            new Metric("latency_vs_h2h", m -> num(m.latencyVsH2h())),
            new Metric("energy_vs_h2h", m -> num(m.energyVsH2h())),
            new Metric("hypervolume", m -> num(m.hypervolume())),
            new Metric("latency_lower_bound_s", m -> num(m.latencyLowerBoundS())),
            new Metric("latency_gap", m -> num(m.latencyGap())));

    /** The result columns, in order; each holds a number. */
    public static final List<String> METRIC_COLUMNS =
            METRICS.stream().map(Metric::name).toList();

    /** Which bound {@code latency_lower_bound_s} is ({@code AnswerBound}). */
    public static final String BOUND_METHOD = "bound_method";
    /** {@code true} when the latency is within 1e-6 (relative) of the bound: no plan is faster. */
    public static final String PROVEN_OPTIMAL = "proven_optimal";
    /** {@code false} when the job ran under a wall-time budget: a rerun may give another answer. */
    public static final String REPRODUCIBLE = "reproducible";

    /** Result columns holding a word, after the numbers: {@code true}/{@code false} but for the bound's method. */
    private static final List<Metric> FACTS = List.of(
            new Metric(BOUND_METHOD, JobRecord.Metrics::boundMethod),
            new Metric(PROVEN_OPTIMAL, m -> Boolean.toString(m.provenOptimal())),
            new Metric(REPRODUCIBLE, m -> Boolean.toString(m.reproducible())));

    /** The word columns, in order; a runs.csv written before they existed lacks them and is still read. */
    public static final List<String> FACT_COLUMNS =
            FACTS.stream().map(Metric::name).toList();

    private final List<String> header;
    private final Set<String> recorded;
    private final OutputStream out;

    private RunsCsv(List<String> header, Set<String> recorded, OutputStream out) {
        this.header = header;
        this.recorded = recorded;
        this.out = out;
    }

    /** The header of a sweep's runs.csv: key columns (override columns after model and system), then the result columns. */
    public static List<String> header(Collection<Knob> overrideColumns) {
        List<String> header = new ArrayList<>(List.of("model", "system"));
        overrideColumns.forEach(o -> header.add(o.fieldName()));
        header.addAll(List.of(
                "solver",
                "seed",
                "budget_evals",
                "budget_s",
                SearchChoice.ORDER,
                SearchChoice.SEED_H2H,
                "job_id",
                AREA));
        header.addAll(METRIC_COLUMNS);
        header.addAll(FACT_COLUMNS);
        return header;
    }

    /** A job's row, cells in header order. */
    static List<String> cells(JobRecord record) {
        List<String> cells = new ArrayList<>(record.key().values());
        METRICS.forEach(m -> cells.add(m.cell().apply(record.metrics())));
        FACTS.forEach(m -> cells.add(m.cell().apply(record.metrics())));
        return cells;
    }

    /**
     * Opens (or creates) {@code file} for appending rows of {@code header}, after checking what it holds.
     * Refuses (an {@link InvalidInputException}) a file that is not a regular, writable one
     * ({@link OutputFile#check}), a file with another header, a bad row other than a torn last one, and a
     * row of one of {@code jobs} (key cells equal) recorded under another job id: its
     * inputs' contents changed since. A row counts as recorded only if {@code whole} gives its job id
     * back (its job file is whole) and once: other rows are dropped, so that their jobs run again.
     *
     * @param jobs            the sweep's jobs by id
     * @param overrideColumns the sweep's override columns ({@link JobKey#keyCells})
     */
    static RunsCsv open(
            Path file,
            List<String> header,
            Map<String, JobKey> jobs,
            Iterable<Knob> overrideColumns,
            Function<Collection<String>, Set<String>> whole) {
        OutputFile.check(file);
        try {
            Set<String> recorded = new HashSet<>();
            if (Files.exists(file) && Files.size(file) > 0) {
                RunsTable.requireHeader(file);
                dropTornLastRow(file);
            }
            if (Files.exists(file) && Files.size(file) > 0) {
                RunsTable table = RunsTable.readTexts(file);
                if (!table.header().equals(header)) {
                    throw new InvalidInputException(
                            file.toString(),
                            "written by another sweep (columns " + String.join(",", table.header())
                                    + "); use another --out or remove it");
                }
                refuseStale(file, table, jobs, overrideColumns);
                Set<String> wholeFiles = whole.apply(
                        table.runs().stream().map(RunsTable.Run::jobId).toList());
                List<RunsTable.Run> kept = new ArrayList<>();
                for (RunsTable.Run run : table.runs()) {
                    if (wholeFiles.contains(run.jobId()) && recorded.add(run.jobId())) {
                        kept.add(run);
                    }
                }
                if (kept.size() < table.runs().size()) {
                    rewrite(file, header, kept);
                }
            } else {
                OutputFile.writeString(file, line(header));
            }
            return new RunsCsv(
                    header,
                    recorded,
                    Files.newOutputStream(file, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw OutputFolder.problem(file, e);
        }
    }

    /** Cuts the file after its last newline: the rest is a row a killed run did not finish. */
    private static void dropTornLastRow(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    /**
     * A row whose job id is not one of {@code jobs} but whose key cells are one's: that job's inputs
     * changed since the row was written. Only such rows need the jobs' key cells, whose ids are hashes
     * to compute, so these are built only if some row's id is not a job's.
     */
    private static void refuseStale(
            Path file, RunsTable table, Map<String, JobKey> jobs, Iterable<Knob> overrideColumns) {
        List<RunsTable.Run> others =
                table.runs().stream().filter(r -> !jobs.containsKey(r.jobId())).toList();
        if (others.isEmpty()) {
            return;
        }
        Map<List<String>, String> idByKey = new HashMap<>();
        jobs.forEach((id, job) -> idByKey.put(keyCells(job.keyCells(overrideColumns)), id));
        for (RunsTable.Run run : others) {
            if (idByKey.containsKey(keyCells(run.cells()))) {
                throw new InvalidInputException(
                        file + ": line " + run.line(),
                        "job " + String.join(" ", keyCells(run.cells()))
                                + " was recorded from other contents of its model, system, cost table or dataflow files; "
                                + "use a fresh --out (or remove " + file.getParent() + ")");
            }
        }
    }

    /** The key cells of a row or job ({@link JobKey#keyCells}): those before job_id. */
    private static List<String> keyCells(Map<String, String> cells) {
        List<String> key = new ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            if (cell.getKey().equals("job_id")) {
                return key;
            }
            key.add(cell.getValue());
        }
        return key;
    }

    private static void rewrite(Path file, List<String> header, List<RunsTable.Run> runs) {
        StringBuilder text = new StringBuilder(line(header));
        for (RunsTable.Run run : runs) {
            text.append(line(header.stream().map(run.cells()::get).toList()));
        }
        OutputFile.writeString(file, text.toString());
    }

    /** Whether the job already has a row (from an earlier run). */
    public boolean recorded(String jobId) {
        return recorded.contains(jobId);
    }

    public int recordedCount() {
        return recorded.size();
    }

    /** Appends a job's row (cells in header order, {@link #cells}) in a single write, and flushes it. */
    synchronized void append(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        try {
            out.write(line(cells).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String num(double value) {
        return Double.toString(value);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
