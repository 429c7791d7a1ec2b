package io.h2hdse.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a sweep's jobs run: local threads ({@link LocalEngine}) or an engine found on the classpath
 * through {@link Provider} (the dse-spark module's Spark engine). Every engine runs the same job
 * function ({@link JobOutcome#run}) and hands each outcome to the same {@link JobSink}, so the results
 * folder is the same whichever ran it. Whoever creates an engine closes it.
 */
public interface SweepEngine extends AutoCloseable {
    /** How the manifest names the engine, e.g. {@code local} or {@code spark local[2]}. */
    String description();

    /** Jobs the engine ran at once, for the manifest (0 if it had nothing to run). */
    int parallelism();

    /**
     * Runs every job of {@code todo} (spec order, none recorded yet) and hands each outcome to the
     * sink as it arrives; returns when all are handed over.
     */
    void run(SweepSpec spec, List<JobKey> todo, JobSink sink);

    /**
     * Lets go of what the engine kept between runs (a design search runs one per generation, and Spark's
     * context, once started, serves them all).
     */
    @Override
    default void close() {}

    /** What the command line knows that an engine may need: where the spec came from (to re-read it elsewhere), threads, a master URL. */
    record Options(Path specFile, Path configs, int threads, String master) {}

    /** An engine other than local, registered in {@code META-INF/services/io.h2hdse.sweep.SweepEngine$Provider}. */
    interface Provider {
        String name();

        SweepEngine create(Options options);
    }
}
