package io.h2hdse.spark;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.JobKey;
import io.h2hdse.sweep.JobOutcome;
import io.h2hdse.sweep.JobSink;
import io.h2hdse.sweep.RemoteJobs;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepSpec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Runs a sweep's jobs on Apache Spark. The driver (this JVM, which holds the results folder) ships
 * only job ids; executors read the spec from its files and run the same job function as the local
 * engine ({@link RemoteJobs}). Each finished partition comes back to the driver on its own, which
 * hands its outcomes to the sink at once, so a killed driver loses only unfinished partitions. The
 * Spark context starts with the first run that has jobs and serves the later ones (a design search's
 * generations) until {@link #close}.
 */
final class SparkEngine implements SweepEngine {
    /** Jobs per partition at most: small enough that results stream back often, large enough that a point's jobs share its compiled problem. */
    static final int MAX_JOBS_PER_PARTITION = 64;
    /** Partitions per core at least, so that long and short jobs even out. */
    static final int PARTITIONS_PER_CORE = 4;

    private final Path specFile;
    private final Path configs;
    private final String master;
    private int parallelism;
    private String startedOn;
    /** Started by the first run with jobs, kept for the next (a design search's generations) until closed. */
    private JavaSparkContext spark;

    /** @param master a Spark master URL (checked here, before the sweep touches its folder), or null for spark-submit's or local[*] */
    SparkEngine(Path specFile, Path configs, String master) {
        this.specFile = specFile;
        this.configs = configs;
        this.master = master;
        SparkMaster.check(master != null ? master : new SparkConf().get("spark.master", "local[*]"));
    }

    @Override
    public String description() {
        return "spark " + (startedOn != null ? startedOn : "(not started: nothing to run)");
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public void run(SweepSpec spec, List<JobKey> todo, JobSink sink) {
        if (todo.isEmpty()) {
            return; // nothing to run: no reason to start Spark to rewrite the derived files
        }
        if (spark == null) {
            spark = start(spec.name());
            parallelism = spark.defaultParallelism();
        }
        List<String> ids = todo.stream().map(JobKey::id).toList();
        int partitions = partitions(ids.size(), parallelism);
        JavaRDD<String> jobs = spark.parallelize(ids, partitions);
        BitSet delivered = new BitSet(partitions);
        ClassTag<ArrayList<JobOutcome>> tag = ClassTag$.MODULE$.apply(ArrayList.class);
        PartitionJobs task = new PartitionJobs(RemoteJobs.Source.of(specFile, configs, spec));
        try {
            spark.sc()
                    .runJob(
                            jobs.rdd(),
                            task,
                            (Object partition, ArrayList<JobOutcome> outcomes) -> {
                                outcomes.forEach(sink::accept);
                                delivered.set((Integer) partition);
                                return scala.runtime.BoxedUnit.UNIT;
                            },
                            tag);
        } catch (Exception e) { // Spark's SparkException is checked, and Scala does not declare it
            failUndelivered(todo, partitions, delivered, sink, e);
        }
    }

    @Override
    public void close() {
        if (spark != null) {
            spark.close();
            spark = null;
        }
    }

    /** Spark gave up on a task (after its retries): every job of a partition that did not come back is failed, not lost. */
    private static void failUndelivered(
            List<JobKey> todo, int partitions, BitSet delivered, JobSink sink, Exception e) {
        String error = "Spark gave up on its task: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        for (int p = 0; p < partitions; p++) {
            if (!delivered.get(p)) {
                // the same contiguous slices as parallelize makes
                int from = (int) ((long) p * todo.size() / partitions);
                int to = (int) ((long) (p + 1) * todo.size() / partitions);
                todo.subList(from, to)
                        .forEach(
                                j -> sink.accept(new JobOutcome(j.id(), j.canonical(), List.of(), new byte[0], error)));
            }
        }
    }

    /** A Spark context on the master, or one line saying why there is none (an unreachable cluster, say). */
    private JavaSparkContext start(String sweep) {
        SparkConf conf = conf(sweep);
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) { // SparkException is checked, and Scala does not declare it
            throw new InvalidInputException(
                    "--master " + startedOn,
                    "Spark did not start: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    static int partitions(int jobs, int cores) {
        int wanted =
                Math.max(cores * PARTITIONS_PER_CORE, (jobs + MAX_JOBS_PER_PARTITION - 1) / MAX_JOBS_PER_PARTITION);
        return Math.max(1, Math.min(jobs, wanted));
    }

    private SparkConf conf(String sweep) {
        SparkConf conf = new SparkConf().setAppName("dse sweep " + sweep);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        startedOn = conf.get("spark.master");
        if (startedOn.startsWith("local")) {
            // in-process: no web UI, no listening on outside interfaces
            conf.set("spark.ui.enabled", "false")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }
}
