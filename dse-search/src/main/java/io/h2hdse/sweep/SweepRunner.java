package io.h2hdse.sweep;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a sweep's jobs that runs.csv does not have yet on an engine (local threads by default),
 * streaming each row to disk as its job finishes; then derives the other result files from runs.csv
 * and the job files. The driver holds the job keys and nothing per finished job.
 */
public final class SweepRunner {
    /** How a run went: jobs in the sweep, found recorded, run now, failed (not recorded, rerun next time). */
    public record Outcome(int jobs, int recordedBefore, int ran, int failed) {}

    /**
     * What {@link #run} would do, without running or writing anything: the shard's jobs, their points
     * and solvers, and how many of them {@code out} has recorded already (with a readable job file).
     */
    public record Plan(List<String> points, List<String> solvers, int jobs, int recorded) {}

    public static Plan plan(SweepSpec spec, Shard shard, Path out) {
        List<JobKey> jobs = shard.of(spec.jobs());
        Set<String> ids = Files.isRegularFile(out.resolve(RunsCsv.FILE))
                ? RunsTable.read(out.resolve(RunsCsv.FILE)).ids()
                : Set.of();
        int recorded = new JobFiles(out)
                .whole(jobs.stream().map(JobKey::id).filter(ids::contains).toList())
                .size();
        return new Plan(
                jobs.stream().map(JobKey::point).distinct().toList(),
                jobs.stream().map(JobKey::solver).distinct().toList(),
                jobs.size(),
                recorded);
    }

    private SweepRunner() {}

    public static List<String> header(SweepSpec spec) {
        return RunsCsv.header(spec.overrideColumns());
    }

    public static Outcome run(SweepSpec spec, Path out, int threads, boolean progress, PrintWriter err) {
        return run(spec, Shard.ALL, out, new LocalEngine(threads), progress, err, "the same command");
    }

    /** What runs one job: a pure function of its key and its point's shared context. */
    public interface Job {
        JobRecord run(JobKey key, PointContext point, List<Knob> overrideColumns);
    }

    /**
     * Runs the jobs of {@code shard} that runs.csv does not have yet on {@code engine}, then derives the
     * other files; in a folder with results already, only after their points passed {@link SweepSpec#requireRunnable}
     * (a bad one is an {@link io.h2hdse.input.InvalidInputException}, the folder left resumable); {@code out} is held locked meanwhile. A job that throws (anything, a stack overflow
     * included) is failed: counted, named on {@code err} in one line, not recorded. If the process is
     * stopped (Ctrl-C), one line on {@code err} says how many jobs are recorded and gives {@code resumeCommand}.
     */
    public static Outcome run(
            SweepSpec spec,
            Shard shard,
            Path out,
            SweepEngine engine,
            boolean progress,
            PrintWriter err,
            String resumeCommand) {
        return run(spec, shard, out, engine, progress, err, resumeCommand, true);
    }

    /** As above; {@code deriveFiles} false leaves runs.csv and the job files only (a design search's generations). */
    @SuppressWarnings("try") // the lock and the interruption hook are held for the try's extent, never read
    public static Outcome run(
            SweepSpec spec,
            Shard shard,
            Path out,
            SweepEngine engine,
            boolean progress,
            PrintWriter err,
            String resumeCommand,
            boolean deriveFiles) {
        Instant started = Instant.now();
        boolean resuming = Files.exists(out.resolve(RunsCsv.FILE));
        OutputFolder.prepare(out);
        Map<String, JobKey> jobs = shard.of(spec.jobsById());
        JobFiles files = new JobFiles(out);
        int recordedBefore;
        JobSink sink;
        try (ResultsLock lock = ResultsLock.acquire(out);
                RunsCsv runs = RunsCsv.open(
                        out.resolve(RunsCsv.FILE), header(spec), jobs, spec.overrideColumns(), files::whole)) {
            recordedBefore = runs.recordedCount();
            List<JobKey> todo = jobs.entrySet().stream()
                    .filter(j -> !runs.recorded(j.getKey()))
                    .map(Map.Entry::getValue)
                    .toList();
            if (resuming) {
                spec.requireRunnable(todo);
            }
            try (Progress bar = Progress.bar(spec.name(), jobs.size(), jobs.size() - todo.size(), progress)) {
                sink = new JobSink(files, runs, bar, err);
                JobSink recording = sink;
                try (Interruption interruption = Interruption.onStop(() -> {
                    bar.close();
                    println(
                            err,
                            "interrupted: " + (recordedBefore + recording.ran()) + " of " + jobs.size()
                                    + " jobs recorded in " + out + "; resume with: " + resumeCommand);
                })) {
                    engine.run(spec, todo, sink);
                }
            }
            if (deriveFiles) {
                if (progress && Progress.onTerminal()) {
                    // The bar has ended; deriving the files of a large sweep takes seconds more.
                    println(err, "writing pareto.csv, mappings.csv, transfers.csv, summary.md and plots into " + out);
                }
                derive(spec, out, engine.description(), engine.parallelism(), started);
            }
        }
        return new Outcome(jobs.size(), recordedBefore, sink.ran(), sink.failed());
    }

    /** Writes the files derived from runs.csv and the job files (whatever wrote them), and the manifest. */
    static void derive(SweepSpec spec, Path out, String engine, int parallelism, Instant started) {
        Map<String, Map<String, String>> solverNotes = SweepReport.write(spec, out, new JobFiles(out));
        Manifest.write(spec, out, engine, parallelism, solverNotes, started, Instant.now());
    }

    /** An error as one line: its message, or its kind when it has none (a stack overflow has none). */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static void println(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
