package io.h2hdse.sweep;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where every engine hands its finished jobs, on the machine that holds the results folder: the job
 * file is written before the runs.csv row, so a recorded row always has its file and a killed run
 * loses only the jobs whose row is not out. A failed job is counted and named on stderr, and not
 * recorded, so that a rerun tries it again. Safe to call from any thread.
 */
public final class JobSink {
    private final JobFiles files;
    private final RunsCsv runs;
    private final Progress bar;
    private final PrintWriter err;
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    JobSink(JobFiles files, RunsCsv runs, Progress bar, PrintWriter err) {
        this.files = files;
        this.runs = runs;
        this.bar = bar;
        this.err = err;
    }

    public void accept(JobOutcome outcome) {
        try {
            if (!outcome.succeeded()) {
                fail(outcome, outcome.error());
                return;
            }
            try {
                files.write(outcome.jobId(), outcome.jobFile());
                runs.append(outcome.row());
                ran.incrementAndGet();
            } catch (RuntimeException e) {
                fail(outcome, "cannot record its result: " + e.getMessage());
            }
        } finally {
            bar.step();
        }
    }

    private void fail(JobOutcome outcome, String error) {
        failed.incrementAndGet();
        synchronized (err) {
            err.println("job " + outcome.jobId() + " failed (" + outcome.job() + "): " + error);
            err.flush();
        }
    }

    int ran() {
        return ran.get();
    }

    int failed() {
        return failed.get();
    }
}
