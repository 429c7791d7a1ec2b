package io.h2hdse.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one job sends back to the machine that holds the results folder, whichever engine ran it: its
 * runs.csv row and its encoded job file, or the error it failed with. Small and serializable, so
 * that a distributed engine ships it as is.
 *
 * @param jobId   the job's id
 * @param job     the job's canonical key, to name a failed job
 * @param row     runs.csv cells in header order; empty if the job failed
 * @param jobFile the job file's bytes ({@link JobFiles#encode}); empty if the job failed
 * @param error   why the job failed; null if it did not
 */
public record JobOutcome(String jobId, String job, List<String> row, byte[] jobFile, String error)
        implements Serializable {
    public JobOutcome {
        row = List.copyOf(row);
    }

    /**
     * Runs the job function on the point's context and encodes its result; a job that throws anything
     * (a stack overflow included) becomes a failed outcome.
     */
    static JobOutcome run(
            SweepRunner.Job function, JobKey key, Supplier<PointContext> point, List<Knob> overrideColumns) {
        try {
            return of(key, function.run(key, point.get(), overrideColumns));
        } catch (Throwable e) {
            return failed(key.id(), key.canonical(), e);
        }
    }

    /** A job's record, encoded: its runs.csv row and its job file. */
    public static JobOutcome of(JobKey key, JobRecord record) {
        return new JobOutcome(key.id(), key.canonical(), RunsCsv.cells(record), JobFiles.encode(record), null);
    }

    static JobOutcome failed(String jobId, String job, Throwable e) {
        return new JobOutcome(jobId, job, List.of(), new byte[0], SweepRunner.oneLine(e));
    }

    public boolean succeeded() {
        return error == null;
    }
}
