package io.h2hdse.sweep;

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
 * Runs jobs on a pool of local threads. Only a bounded number of jobs is in flight and a point's
 * compiled problem is dropped once its last job is done, so memory stays flat however many jobs there are.
 */
public final class LocalEngine implements SweepEngine {
    private final int threads;
    private final SweepRunner.Job job;

    public LocalEngine(int threads) {
        this(threads, JobRunner::run);
    }

    /** An engine running {@code job} as each job's function (tests give one that fails on purpose). */
    public LocalEngine(int threads, SweepRunner.Job job) {
        this.threads = threads;
        this.job = job;
    }

    @Override
    public String description() {
        return SweepEngines.LOCAL;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void run(SweepSpec spec, List<JobKey> todo, JobSink sink) {
        Map<String, AtomicInteger> remaining = new HashMap<>();
        todo.forEach(j ->
                remaining.computeIfAbsent(j.point(), p -> new AtomicInteger()).incrementAndGet());
        Map<String, PointContext> contexts = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(threads * 2);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (JobKey job : todo) {
            inFlight.acquireUninterruptibly();
            pool.execute(() -> {
                try {
                    sink.accept(JobOutcome.run(
                            this.job,
                            job,
                            () -> contexts.computeIfAbsent(job.point(), p -> PointContext.of(spec, job)),
                            spec.overrideColumns()));
                } finally {
                    if (remaining.get(job.point()).decrementAndGet() == 0) {
                        contexts.remove(job.point());
                    }
                    inFlight.release();
                }
            });
        }
        pool.shutdown();
        awaitUninterruptibly(pool);
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
