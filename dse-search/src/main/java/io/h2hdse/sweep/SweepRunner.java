package io.h2hdse.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep's jobs that runs.csv does not have yet, on a thread pool, streaming each row to disk
 * as its job finishes; then derives the other result files from runs.csv and the job files. Only a
 * bounded number of jobs is in flight and a point's compiled problem is dropped once its last job
 * is done, so memory stays flat however many jobs there are.
 */
public final class SweepRunner {
    public static final List<String> METRIC_COLUMNS = List.of("latency_s", "energy_j", "edp_j_s", "solver_time_s",
            "evaluations", "evals_per_s", "latency_vs_h2h", "energy_vs_h2h", "hypervolume", "latency_lower_bound_s", "latency_gap");

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
        header.addAll(List.of("solver", "seed", "budget_evals", "budget_s", SearchChoice.ORDER, SearchChoice.SEED_H2H, "job_id"));
        header.addAll(METRIC_COLUMNS);
        return header;
    }

    public static Outcome run(SweepSpec spec, Path out, int threads, boolean progress, PrintWriter err) {
        Instant started = Instant.now();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JobKey> jobs = spec.jobs();
        JobFiles files = new JobFiles(out);
        int recordedBefore;
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (RunsCsv runs = RunsCsv.open(out.resolve(RunsCsv.FILE), header(spec), files::exists)) {
            recordedBefore = runs.recordedCount();
            List<JobKey> todo = jobs.stream().filter(j -> !runs.recorded(j.id())).toList();
            Map<String, AtomicInteger> remaining = new HashMap<>();
            todo.forEach(j -> remaining.computeIfAbsent(j.point(), p -> new AtomicInteger()).incrementAndGet());
            Map<String, PointContext> contexts = new ConcurrentHashMap<>();
            Semaphore inFlight = new Semaphore(threads * 2);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (Progress bar = Progress.bar(spec.name(), jobs.size(), jobs.size() - todo.size(), progress)) {
                for (JobKey job : todo) {
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            PointContext context = contexts.computeIfAbsent(job.point(), p -> new PointContext(
                                    Sources.problem(spec.model(job.model()), job.system().system())));
                            JobRecord record = JobRunner.run(job, context, spec.overrideColumns());
                            files.write(record);
                            runs.append(row(record));
                            ran.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            synchronized (err) {
                                err.println("job " + job.id() + " failed (" + job.canonical() + "): " + e.getMessage());
                                err.flush();
                            }
                        } finally {
                            if (remaining.get(job.point()).decrementAndGet() == 0) {
                                contexts.remove(job.point());
                            }
                            bar.step();
                            inFlight.release();
                        }
                    });
                }
                pool.shutdown();
                awaitUninterruptibly(pool);
            }
        }
        Map<String, Map<String, String>> solverNotes = SweepReport.write(spec, out, files);
        Manifest.write(spec, out, threads, solverNotes, started, Instant.now());
        return new Outcome(jobs.size(), recordedBefore, ran.get(), failed.get());
    }

    static List<String> row(JobRecord record) {
        List<String> cells = new ArrayList<>(record.key().values());
        JobRecord.Metrics m = record.metrics();
        cells.addAll(List.of(cell(m.latencyS()), cell(m.energyJ()), cell(m.edp()), cell(m.solverTimeS()),
                Long.toString(m.evaluations()), cell(m.evalsPerS()), cell(m.latencyVsH2h()), cell(m.energyVsH2h()),
                cell(m.hypervolume()), cell(m.latencyLowerBoundS()), cell(m.latencyGap())));
        return cells;
    }

    private static String cell(double value) {
        return Double.toString(value);
    }

    private static void awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
