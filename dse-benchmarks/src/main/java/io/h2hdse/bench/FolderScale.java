package io.h2hdse.bench;

import io.h2hdse.sweep.JobFiles;
import io.h2hdse.sweep.JobKey;
import io.h2hdse.sweep.JobOutcome;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.JobSink;
import io.h2hdse.sweep.LocalEngine;
import io.h2hdse.sweep.Shard;
import io.h2hdse.sweep.ShardFolder;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepMerge;
import io.h2hdse.sweep.SweepRunner;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How long a results folder of 100,000 jobs takes to open: {@code make} writes one (the jobs of
 * {@code configs/sweeps/scale-100k.yaml} with casia-surf on mixed6-medium instead of mmmt-tiny on
 * h2h-fpga4-medium, as shard 0/1 so that it is
 * both a folder to resume and a shard to merge) through the sweep's own sink, from one real job whose
 * file is copied to every other job with its key changed; {@code resume} times, in a fresh JVM, what
 * {@code dse sweep --shard 0/1 --resume} does before its first job (read the spec, check the folder,
 * open runs.csv and check every recorded job's file); {@code merge} times {@code dse merge} into an empty
 * folder up to its first write (every shard row, key and job file checked before it). Each prints one
 * line: seconds from JVM start, and the process's CPU seconds (load-independent where wall time is not).
 *
 * <pre>java -cp dse-benchmarks/target/benchmarks.jar io.h2hdse.bench.FolderScale make|resume|merge DIR</pre>
 */
public final class FolderScale {
    private static final Path CONFIGS = Path.of("configs");
    private static final Shard WHOLE = new Shard(0, 1);

    private FolderScale() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FolderScale make|resume|merge DIR");
        }
        Path dir = Path.of(args[1]).toAbsolutePath();
        Path specFile = dir.resolve("scale-100k-casia-surf.yaml");
        Path folder = dir.resolve("shard");
        switch (args[0]) {
            case "make" -> make(specFile, folder);
            case "resume" -> resume(specFile, folder);
            case "merge" -> merge(folder, dir.resolve("merged"));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void make(Path specFile, Path folder) throws IOException {
        Files.createDirectories(specFile.getParent());
        String spec = Files.readString(CONFIGS.resolve("sweeps/scale-100k.yaml"), StandardCharsets.UTF_8)
                .replace(
                        "models: [models/mmmt-tiny.yaml]",
                        "models: [" + CONFIGS.resolve("models/casia-surf.yaml").toAbsolutePath() + "]")
                .replace("base: h2h-fpga4-medium", "base: mixed6-medium");
        Files.writeString(specFile, spec, StandardCharsets.UTF_8);
        SweepSpec sweep = SweepSpecReader.read(specFile, CONFIGS);
        ShardFolder.begin(folder, sweep, WHOLE, specFile, CONFIGS);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        SweepRunner.Outcome outcome =
                SweepRunner.run(sweep, WHOLE, folder, new CopyingEngine(folder), false, err, "make again", false);
        System.out.printf(
                Locale.ROOT,
                "%d jobs, %d recorded before, %d now%n",
                outcome.jobs(),
                outcome.recordedBefore(),
                outcome.ran());
    }

    private static void resume(Path specFile, Path folder) {
        SweepSpec sweep = SweepSpecReader.readUnchecked(specFile, CONFIGS); // as dse sweep on a folder with results
        ShardFolder.begin(folder, sweep, WHOLE, specFile, CONFIGS);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        TimingEngine engine = new TimingEngine();
        SweepRunner.run(sweep, WHOLE, folder, engine, false, err, "resume", false);
        System.out.printf(Locale.ROOT, "resume %s %d jobs to run%n", engine.reached, engine.todo);
    }

    /**
     * Merges the folder into an empty target and stops at its first write: the target's runs.csv, written
     * once every shard row and job file is checked.
     */
    private static void merge(Path shard, Path target) throws IOException {
        deleteTree(target);
        Thread merging = new Thread(() -> SweepMerge.merge(List.of(shard), target));
        merging.setDaemon(true);
        merging.start();
        Path runs = target.resolve("runs.csv");
        while (!Files.exists(runs)) {
            if (!merging.isAlive()) {
                throw new IllegalStateException("the merge ended before writing " + runs);
            }
            Thread.onSpinWait();
        }
        System.out.printf(Locale.ROOT, "merge %s%n", new Reached());
        System.exit(0);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Seconds from JVM start (wall) and the process's CPU seconds (all threads, JIT and GC included) until now. */
    private record Reached(double wallSeconds, double cpuSeconds) {
        Reached() {
            this(
                    (System.currentTimeMillis()
                                    - ManagementFactory.getRuntimeMXBean().getStartTime())
                            / 1e3,
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                    .getProcessCpuTime()
                            / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "wall_s=%.2f cpu_s=%.2f", wallSeconds, cpuSeconds);
        }
    }

    /** Runs the first job for real, then records its file under every other job's key. */
    private record CopyingEngine(Path folder) implements SweepEngine {
        @Override
        public String description() {
            return "copies of one job";
        }

        @Override
        public int parallelism() {
            return Runtime.getRuntime().availableProcessors();
        }

        @Override
        public void run(SweepSpec spec, List<JobKey> todo, JobSink sink) {
            if (todo.isEmpty()) {
                return;
            }
            new LocalEngine(1).run(spec, todo.subList(0, 1), sink);
            JobRecord real = new JobFiles(folder).read(todo.getFirst().id());
            todo.subList(1, todo.size()).parallelStream()
                    .forEach(key -> sink.accept(JobOutcome.of(
                            key,
                            new JobRecord(
                                    key.cells(spec.overrideColumns()),
                                    real.metrics(),
                                    real.layers(),
                                    real.accelerators(),
                                    real.pareto(),
                                    real.schedule(),
                                    real.transfers(),
                                    real.notes(),
                                    real.branches(),
                                    real.trace()))));
        }
    }

    /** Notes when the runner hands it the jobs to run, and runs none. */
    private static final class TimingEngine implements SweepEngine {
        private Reached reached;
        private int todo;

        @Override
        public String description() {
            return "timing";
        }

        @Override
        public int parallelism() {
            return 0;
        }

        @Override
        public void run(SweepSpec spec, List<JobKey> jobs, JobSink sink) {
            reached = new Reached();
            todo = jobs.size();
        }
    }
}
