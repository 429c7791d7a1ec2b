package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.report.ReportPage;
import io.h2hdse.sweep.FileNames;
import io.h2hdse.sweep.LocalEngine;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.Shard;
import io.h2hdse.sweep.ShardFolder;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepEngines;
import io.h2hdse.sweep.SweepMerge;
import io.h2hdse.sweep.SweepRunner;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;
import io.h2hdse.sweep.explore.DesignSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dse sweep}: runs a sweep file's jobs in parallel into a results folder, resumably. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Run a sweep: models x systems with override grids x solvers x seeds x budgets (the spec file: configs/README.md).",
            "Rows are appended to <out>/runs.csv as jobs finish; a rerun (or --resume) skips the jobs already there, "
                    + "so a killed sweep continues where it stopped. At the end: pareto.csv, mappings.csv, transfers.csv, "
                    + "summary.md, manifest.json, report.html (open it in a browser) and the overview figures in plots/ "
                    + "(per-point figures: dse plot). Exit 1 if some job failed (it is named on stderr and not recorded; rerun to retry). "
                    + "The results folder is locked while a run uses it: a second run on it exits 2.",
            "Reproducibility: jobs with an evaluation budget (max_evaluations alone) and the budget-free solvers give the "
                    + "same answer on every run; a job with max_seconds stops on the clock and does not (runs.csv: reproducible=false, "
                    + "counted in summary.md).",
            "Every row's latency_lower_bound_s is the best bound found for its point within bound_s seconds of CP-SAT's "
                    + "deterministic time (sweep key, default 2; the same bound on every run): the cheap bound, the assignment bound (CP-SAT), or a cpsat job's own; bound_method names it, "
                    + "proven_optimal says the latency equals it (within 1e-6).",
            "Every mapping search (ga, nsga2, optaplanner, optaplanner-eps, optaplanner-list, random) ends with a polish: "
                    + "its fastest plan and the mappings of its 16 fastest distinct latencies (192 layers of them in all, at least one) get each accelerator's order and the "
                    + "weight residency re-chosen by CP-SAT (mapping fixed; faster plans kept), within polish_s seconds of CP-SAT's "
                    + "deterministic time (sweep key, default 0.25; 0 = off; the same answer on every run), counted in solver_time_s. "
                    + "h2h, baseline, enumerate and cpsat are not polished.",
            "A system with explore instead of grid evaluates designs of a knob space (strategy grid, random, or nsga2: "
                    + "generation by generation on either engine, replayed from runs.csv on a rerun).",
            "Shards of an nsga2 explore go generation by generation: each shard run (with --merged, the folder dse merge "
                    + "writes) runs its share of the first generation not yet merged and stops; merge the shards, run them "
                    + "all again, and so on until dse merge exits 0 (configs/README.md, Exploring hardware). A round of two: "
                    + "dse sweep configs/sweeps/explore.yaml --shard K/2 --merged results/explore --out results/explore/shard-K "
                    + "for K = 0 and 1, then dse merge results/explore/shard-* --out results/explore."
        },
        footer = {
            "",
            "Examples:",
            "  bin/dse sweep configs/sweeps/tiny.yaml --dry-run",
            "  bin/dse sweep configs/sweeps/tiny.yaml --threads 2",
            "  bin/dse sweep configs/sweeps/tiny.yaml --shard 0/2 --out results/tiny-shards/shard-0",
            "  bin/dse sweep configs/sweeps/tiny.yaml --shard 1/2 --out results/tiny-shards/shard-1",
            "  bin/dse merge results/tiny-shards/shard-* --out results/tiny-merged",
            "  bin/dse sweep configs/sweeps/quick.yaml --engine spark --master 'local[*]'"
        })
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC.yaml", description = "The sweep file.")
    Path specFile;

    @Option(names = "--threads", paramLabel = "N", description = "Jobs run at once (default: available processors).")
    Integer threads;

    @Option(names = "--resume", description = "Continue an earlier run in <out> (an error if there is none).")
    boolean resume;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "Results folder (default: results/<sweep name>, a name over 80 characters cut and followed by a hash of it).")
    Path out;

    @Option(
            names = "--configs",
            paramLabel = "DIR",
            defaultValue = "configs",
            description = "Where system names resolve: <configs>/systems/NAME.yaml (default: ${DEFAULT-VALUE}).")
    Path configs;

    @Option(
            names = "--dry-run",
            description = "Run nothing and write nothing: print the points, solvers and jobs the sweep would run "
                    + "(of --shard's part) and how many of them <out> has recorded already.")
    boolean dryRun;

    @Option(
            names = "--no-progress",
            description =
                    "No progress bar (there is none anyway off a terminal) and no line per generation of an nsga2 explore.")
    boolean noProgress;

    @Option(
            names = "--no-report",
            description = "Do not write <out>/report.html at the end (dse report writes it later).")
    boolean noReport;

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            description =
                    "Run only shard K of N (0 <= K < N; by a hash of the job key), for batch schedulers; merge the shard folders with dse merge.")
    String shard;

    @Option(
            names = "--merged",
            paramLabel = "DIR",
            description =
                    "With --shard on a sweep with an nsga2 explore: the folder the shards are merged into (dse merge"
                            + " --out DIR; it need not exist yet), whose rows choose the next generation.")
    Path merged;

    @Option(
            names = "--engine",
            paramLabel = "NAME",
            defaultValue = SweepEngines.LOCAL,
            description =
                    "Where jobs run: local threads, or spark (the dse-spark module; see README, Running on a cluster). Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description =
                    "Spark master for --engine spark, e.g. local[*] or spark://host:7077 (default: spark-submit's, else local[*]).")
    String master;

    @Override
    public Integer call() {
        SweepSpec sweep = SweepSpecReader.readUnchecked(specFile, configs);
        Path dir = out != null ? out : Path.of("results", FileNames.of(sweep.name()));
        if (resume && !Files.exists(dir.resolve(RunsCsv.FILE))) {
            throw new InvalidInputException(
                    "--resume", "nothing to resume: " + dir.resolve(RunsCsv.FILE) + " does not exist");
        }
        if (dryRun || !Files.exists(dir.resolve(RunsCsv.FILE))) {
            // Before anything is written. Where results are, the run checks the points of the jobs it is to run.
            SweepSpecReader.requireRunnable(sweep, specFile);
        }
        String resumeCommand =
                "dse sweep " + specFile + (configs.equals(Path.of("configs")) ? "" : " --configs " + configs)
                        + (shard != null ? " --shard " + shard : "")
                        + (merged != null ? " --merged " + merged : "")
                        + (engine.equals(SweepEngines.LOCAL) ? "" : " --engine " + engine)
                        + " --resume" + (out != null ? " --out " + out : "");
        Shard part = shard != null ? Shard.parse(shard, "--shard") : Shard.ALL;
        checkMerged(sweep, dir);
        if (master != null && engine.equals(SweepEngines.LOCAL)) {
            throw new InvalidInputException("--master", "is for --engine spark; the local engine takes --threads");
        }
        if (dryRun) {
            printPlan(sweep, part, dir);
            return Dse.EXIT_OK;
        }
        int code;
        try (SweepEngine runner =
                SweepEngines.create(engine, new SweepEngine.Options(specFile, configs, threads(threads), master))) {
            if (shard != null) {
                ShardFolder.begin(dir, sweep, part, specFile, configs);
            } else {
                ShardFolder.refuseAsTarget(
                        dir, "a run of the whole sweep needs another --out (dse merge puts shards together)");
            }
            code = run(
                    sweep,
                    part,
                    merged,
                    dir,
                    runner,
                    !noProgress,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    resumeCommand);
        }
        if (!noReport) {
            writeReport(dir, spec.commandLine().getOut());
        }
        return code;
    }

    /** {@code --merged} is what a shard of an nsga2 explore needs, and only that. */
    private void checkMerged(SweepSpec sweep, Path dir) {
        boolean searched = DesignSearch.needed(sweep);
        if (searched && shard != null && merged == null) {
            throw new InvalidInputException(
                    "--shard",
                    "an explore with strategy nsga2 chooses each generation from the merged results of the last: give"
                            + " --merged DIR, the folder dse merge writes (it need not exist before the first round)");
        }
        if (merged == null) {
            return;
        }
        if (!searched || shard == null) {
            throw new InvalidInputException(
                    "--merged", "is for --shard runs of a sweep with an nsga2 explore; this run needs none");
        }
        if (merged.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            throw new InvalidInputException(
                    "--merged", "is the shard's own --out; give the folder dse merge writes the shards into");
        }
        ShardFolder.refuseAsTarget(merged, "--merged is the folder dse merge writes the shards into");
        DesignSearch.checkMerged(sweep, merged);
    }

    /** The plan of the jobs known now: an nsga2 search's designs up to the generation the recorded rows reach. */
    private void printPlan(SweepSpec sweep, Shard part, Path dir) {
        SweepSpec known = sweep;
        String search = null;
        if (DesignSearch.needed(sweep)) {
            List<Path> folders = merged != null ? List.of(dir, merged) : List.of(dir);
            DesignSearch.Replay replay = DesignSearch.replay(sweep, SweepMerge.recordedRows(folders));
            known = replay.spec();
            search = replay.waiting() == null
                    ? "every design search is done"
                    : replay.waiting() + " (later generations are chosen from its results)";
        }
        SweepRunner.Plan plan = SweepRunner.plan(known, part, dir);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (dry run: nothing is run or written)%n", sweep.name());
        if (search != null) {
            out.printf("design search: %s%n", search);
        }
        out.printf("points: %d (model x system point)%n", plan.points().size());
        out.printf("solvers: %d (%s)%n", plan.solvers().size(), String.join(", ", plan.solvers()));
        out.printf("jobs: %d%s%n", plan.jobs(), shard != null ? " (shard " + shard + ")" : "");
        out.printf("already recorded in %s: %d%n", dir, plan.recorded());
        out.printf("to run: %d%n", plan.jobs() - plan.recorded());
        out.flush();
    }

    static int run(
            SweepSpec sweep,
            Path dir,
            Integer threads,
            boolean progress,
            PrintWriter out,
            PrintWriter err,
            String resumeCommand) {
        return run(sweep, Shard.ALL, null, dir, new LocalEngine(threads(threads)), progress, out, err, resumeCommand);
    }

    private static int threads(Integer threads) {
        int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (pool < 1) {
            throw new InvalidInputException("--threads", "must be at least 1, got " + pool);
        }
        return pool;
    }

    private static int run(
            SweepSpec sweep,
            Shard shard,
            Path merged,
            Path dir,
            SweepEngine engine,
            boolean progress,
            PrintWriter out,
            PrintWriter err,
            String resumeCommand) {
        long start = System.nanoTime();
        SweepRunner.Outcome outcome = DesignSearch.needed(sweep)
                ? DesignSearch.run(sweep, shard, merged, dir, engine, progress, err, resumeCommand)
                : SweepRunner.run(sweep, shard, dir, engine, progress, err, resumeCommand);
        out.printf(
                "%s: %d jobs, %d recorded before, %d run now, %d failed, %.1f s; results in %s%n",
                sweep.name(),
                outcome.jobs(),
                outcome.recordedBefore(),
                outcome.ran(),
                outcome.failed(),
                (System.nanoTime() - start) / 1e9,
                dir);
        out.flush();
        return outcome.failed() > 0 ? Dse.EXIT_FAILED : Dse.EXIT_OK;
    }

    /** report.html of the jobs recorded so far, failed ones (not recorded) aside. */
    static void writeReport(Path dir, PrintWriter out) {
        out.println("report: " + ReportPage.write(dir));
        out.flush();
    }
}
