package io.h2hdse.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** How a run went: jobs in the sweep, found recorded, run now, failed (not recorded, rerun next time). */
    public record Outcome(int jobs, int recordedBefore, int ran, int failed) {
    }

    private SweepRunner() {
    }

    public static List<String> header(SweepSpec spec) {
        return RunsCsv.header(spec.overrideColumns());
    }

    public static Outcome run(SweepSpec spec, Path out, int threads, boolean progress, PrintWriter err) {
        return run(spec, out, threads, progress, err, "the same command");
    }

    /**
     * Runs the sweep into {@code out}, which it holds locked meanwhile. A job that throws (anything,
     * a stack overflow included) is failed: counted, named on {@code err} in one line, not recorded.
     * If the process is stopped (Ctrl-C), one line on {@code err} says how many jobs are recorded and
     * gives {@code resumeCommand}.
     */
    public static Outcome run(SweepSpec spec, Path out, int threads, boolean progress, PrintWriter err, String resumeCommand) {
        return run(spec, out, threads, progress, err, resumeCommand, JobRunner::run);
    }

    /** What runs one job: a pure function of its key and its point's shared context. */
    interface Job {
        JobRecord run(JobKey key, PointContext point, Set<SystemOverride> overrideColumns);
    }

    static Outcome run(SweepSpec spec, Path out, int threads, boolean progress, PrintWriter err, String resumeCommand, Job jobFunction) {
        Instant started = Instant.now();
        OutputFolder.prepare(out);
        List<JobKey> jobs = spec.jobs();
        JobFiles files = new JobFiles(out);
        int recordedBefore;
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (ResultsLock lock = ResultsLock.acquire(out);
             RunsCsv runs = RunsCsv.open(out.resolve(RunsCsv.FILE), header(spec),
                     jobs.stream().map(j -> j.cells(spec.overrideColumns())).toList(), files::readable)) {
            recordedBefore = runs.recordedCount();
            List<JobKey> todo = jobs.stream().filter(j -> !runs.recorded(j.id())).toList();
            Map<String, AtomicInteger> remaining = new HashMap<>();
            todo.forEach(j -> remaining.computeIfAbsent(j.point(), p -> new AtomicInteger()).incrementAndGet());
            Map<String, PointContext> contexts = new ConcurrentHashMap<>();
            Semaphore inFlight = new Semaphore(threads * 2);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try (Progress bar = Progress.bar(spec.name(), jobs.size(), jobs.size() - todo.size(), progress);
                 Interruption interruption = Interruption.onStop(() -> {
                     bar.close();
                     println(err, "interrupted: " + (recordedBefore + ran.get()) + " of " + jobs.size() + " jobs recorded in " + out
                             + "; resume with: " + resumeCommand);
                 })) {
                for (JobKey job : todo) {
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            PointContext context = contexts.computeIfAbsent(job.point(), p -> new PointContext(
                                    Sources.problem(spec.model(job.model()), job.system().system())));
                            JobRecord record = jobFunction.run(job, context, spec.overrideColumns());
                            files.write(record);
                            runs.append(record);
                            ran.incrementAndGet();
                        } catch (Throwable e) {
                            failed.incrementAndGet();
                            println(err, "job " + job.id() + " failed (" + job.canonical() + "): " + oneLine(e));
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
            Map<String, Map<String, String>> solverNotes = SweepReport.write(spec, out, files);
            Manifest.write(spec, out, threads, solverNotes, started, Instant.now());
        }
        return new Outcome(jobs.size(), recordedBefore, ran.get(), failed.get());
    }

    /** An error as one line: its message, or its kind when it has none (a stack overflow has none). */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static void println(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
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
