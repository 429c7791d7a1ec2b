package io.h2hdse.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a sweep's jobs that runs.csv does not have yet on an engine (local threads by default),
 * streaming each row to disk as its job finishes; then derives the other result files from runs.csv
 * and the job files. The driver holds the job keys and nothing per finished job.
 */
public final class SweepRunner {
    public static final List<String> METRIC_COLUMNS = List.of("latency_s", "energy_j", "edp_j_s", "solver_time_s",
            "evaluations", "evals_per_s", "latency_vs_h2h", "energy_vs_h2h", "hypervolume");

    /** How a run went: jobs in the sweep, found recorded, run now, failed (not recorded, rerun next time). */
    public record Outcome(int jobs, int recordedBefore, int ran, int failed) {
    }

    private SweepRunner() {
    }

    public static List<String> header(SweepSpec spec) {
        List<String> header = new ArrayList<>();
        header.add("model");
        header.add("system");
        spec.overrideColumns().forEach(o -> header.add(o.fieldName()));
        header.addAll(List.of("solver", "seed", "budget_evals", "budget_s", "job_id"));
        header.addAll(METRIC_COLUMNS);
        return header;
    }

    public static Outcome run(SweepSpec spec, Path out, int threads, boolean progress, PrintWriter err) {
        return run(spec, Shard.ALL, out, new LocalEngine(threads), progress, err);
    }

    /** Runs the jobs of {@code shard} that runs.csv does not have yet on {@code engine}, then derives the other files. */
    public static Outcome run(SweepSpec spec, Shard shard, Path out, SweepEngine engine, boolean progress, PrintWriter err) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JobKey> jobs = shard.of(spec.jobs());
        JobFiles files = new JobFiles(out);
        int recordedBefore;
        JobSink sink;
        try (RunsCsv runs = RunsCsv.open(out.resolve(RunsCsv.FILE), header(spec), files::exists)) {
            recordedBefore = runs.recordedCount();
            List<JobKey> todo = jobs.stream().filter(j -> !runs.recorded(j.id())).toList();
            try (Progress bar = Progress.bar(spec.name(), jobs.size(), jobs.size() - todo.size(), progress)) {
                sink = new JobSink(files, runs, bar, err);
                engine.run(spec, todo, sink);
            }
        }
        derive(spec, out, engine.description(), engine.parallelism(), started);
        return new Outcome(jobs.size(), recordedBefore, sink.ran(), sink.failed());
    }

    /** Writes the files derived from runs.csv and the job files (whatever wrote them), and the manifest. */
    static void derive(SweepSpec spec, Path out, String engine, int parallelism, Instant started) {
        Map<String, Map<String, String>> solverNotes = SweepReport.write(spec, out, new JobFiles(out));
        Manifest.write(spec, out, engine, parallelism, solverNotes, started, Instant.now());
    }

    static List<String> row(JobRecord record) {
        List<String> cells = new ArrayList<>(record.key().values());
        JobRecord.Metrics m = record.metrics();
        cells.addAll(List.of(cell(m.latencyS()), cell(m.energyJ()), cell(m.edp()), cell(m.solverTimeS()),
                Long.toString(m.evaluations()), cell(m.evalsPerS()), cell(m.latencyVsH2h()), cell(m.energyVsH2h()),
                cell(m.hypervolume())));
        return cells;
    }

    private static String cell(double value) {
        return Double.toString(value);
    }
}
