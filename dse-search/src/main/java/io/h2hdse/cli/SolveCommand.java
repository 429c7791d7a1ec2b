package io.h2hdse.cli;

import io.h2hdse.h2hcase.ReferenceCase;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.sweep.BudgetSpec;
import io.h2hdse.sweep.FileNames;
import io.h2hdse.sweep.JobKey;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.SearchChoice;
import io.h2hdse.sweep.Sources;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;
import io.h2hdse.sweep.SystemGrid;
import io.h2hdse.sweep.SystemOverride;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.workload.Workload;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code dse solve}: one mapping problem, solved by one solver; a one-job sweep into --out. */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        description = {
            "Map one model onto one system with one solver; print latency, energy, solver time, evaluations/s "
                    + "and the ratio to H2H, and write the sweep result files (runs.csv, pareto.csv, mappings.csv, "
                    + "transfers.csv, summary.md, manifest.json, report.html) into --out.",
            "A job already in <out>/runs.csv is not rerun (its row is shown)."
        },
        footer = {
            "",
            "Examples:",
            "  bin/dse solve --model vgg3 --system h2h-fpga4-medium --solver random --budget-evals 5000",
            "  bin/dse solve --model casia-surf --system mixed6-medium --set link_bandwidth_gbps=0.5 --solver ga --budget-s 2",
            "  bin/dse solve --case configs/h2h-cases/b_vgg3_3acc.json --solver ga --budget-evals 5000 --out results/case-b"
        })
final class SolveCommand implements Callable<Integer> {
    private static final long DEFAULT_EVALUATIONS = 10_000;

    @Spec
    CommandSpec spec;

    static final class Inputs {
        @ArgGroup(exclusive = false, multiplicity = "1")
        ModelAndSystem named;

        @Option(
                names = "--case",
                paramLabel = "FILE.json",
                required = true,
                description =
                        "A case in the H2H release's reference format (h2h-ref-case/1), instead of --model/--system.")
        Path caseFile;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Inputs inputs;

    @Option(
            names = "--set",
            paramLabel = "PARAM=VALUE",
            description =
                    "Override a system parameter as a sweep grid does (link_bandwidth_gbps, num_pes, accelerators, weight_memory_mib, "
                            + "l1_size_elements, l2_size_elements, dataflow, local_memory_mib; ACC.PARAM for one accelerator's), "
                            + "or set a search setting: order=rank|topological (default rank: the rank decoder orders each accelerator's layers), "
                            + "seed_h2h=true|false (default false; true starts the search from H2H's plan, so that its answer is never "
                            + "slower than H2H's), bound_s=SECONDS (default 2: CP-SAT deterministic time for the latency bound beyond the cheap one, the same bound on every run; 0 = cheap bound only), "
                            + "polish_s=SECONDS (default " + SearchSettings.DEFAULT_POLISH_SECONDS
                            + ": CP-SAT deterministic time after a mapping search "
                            + "(ga, nsga2, optaplanner, optaplanner-eps, optaplanner-list, random; not h2h, baseline, enumerate, cpsat) re-orders its fastest "
                            + "mappings' layers and re-chooses their weight residency, keeping what is faster; part of the solver time; 0 = off); "
                            + "repeatable, each PARAM once.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--solver", paramLabel = "NAME", required = true, description = "See dse solvers.")
    String solver;

    @Option(
            names = "--budget-s",
            paramLabel = "N",
            description =
                    "Wall-time budget in seconds (at most 1e9). A run under it is not reproducible: it stops on the clock, so two "
                            + "runs may answer differently (runs.csv: reproducible=false); --budget-evals alone is reproducible.")
    Double budgetSeconds;

    @Option(
            names = "--budget-evals",
            paramLabel = "N",
            description = "Evaluation budget: evaluator calls, at most 1e18 (default " + DEFAULT_EVALUATIONS
                    + " when no budget is given); ga and nsga2 recall a mapping they evaluated before"
                    + " without spending any.")
    Long budgetEvaluations;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Results folder (default: results/solve/<model>-<system>[-<PARAM=VALUE>...]-<solver>, "
                    + "other characters than letters, digits and . _ + = - as _, over 80 characters cut, "
                    + "with a hash of the full name where either happened).")
    Path out;

    @Mixin
    ConfigsDir configs;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Threads the solver may use (cpsat's workers; the other solvers use one) (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write <out>/report.html.")
    boolean noReport;

    @Override
    public Integer call() {
        SolverCatalog.create(solver);
        Map<String, String> overrides = KeyValues.parse(this.overrides, "--set");
        SearchChoice search = new SearchChoice(
                SearchChoice.order(overrides.getOrDefault(SearchChoice.ORDER, "rank"), "--set " + SearchChoice.ORDER),
                SearchChoice.seed(
                        overrides.getOrDefault(SearchChoice.SEED_H2H, "false"), "--set " + SearchChoice.SEED_H2H));
        overrides.remove(SearchChoice.ORDER);
        overrides.remove(SearchChoice.SEED_H2H);
        double boundSeconds = seconds(
                overrides.remove(SweepSpecReader.BOUND_S), SweepSpec.DEFAULT_BOUND_SECONDS, SweepSpecReader.BOUND_S);
        double polishSeconds = seconds(
                overrides.remove(SweepSpecReader.POLISH_S),
                SearchSettings.DEFAULT_POLISH_SECONDS,
                SweepSpecReader.POLISH_S);
        if (threads < 1) {
            throw new InvalidInputException("--threads", "must be at least 1, got " + threads);
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        Workload model;
        SystemGrid system;
        if (inputs.caseFile != null) {
            ReferenceCase c = ReferenceCaseReader.read(inputs.caseFile);
            model = c.workload();
            system = SystemGrid.fixed(
                    new SystemFile(c.system(), Optional.empty()), inputs.caseFile.toString(), overrides, "--set");
            hashes.put(inputs.caseFile.toString(), Sources.hash(inputs.caseFile));
        } else {
            model = inputs.named.workload();
            Path systemFile = inputs.named.systemFile(configs.path);
            system = ModelAndSystem.withOverrides(systemFile, overrides);
            hashes.put(systemFile.toString(), Sources.hash(systemFile));
        }
        hashes.put("model:" + model.name(), Sources.hash(model));
        BudgetSpec budget = budget();
        SweepSpec sweep = new SweepSpec(
                "solve",
                List.of(model),
                List.of(system),
                List.of(solver),
                List.of(seed),
                List.of(budget),
                List.of(search),
                List.of(),
                hashes,
                boundSeconds,
                polishSeconds,
                threads);
        sweep.requireRunnable();
        StringBuilder point = new StringBuilder(model.name() + "-" + system.name());
        this.overrides.forEach(item -> point.append('-').append(item));
        Path dir = out != null ? out : Path.of("results", "solve", FileNames.of(point + "-" + solver));
        PrintWriter stdout = spec.commandLine().getOut();
        int code = SweepCommand.run(
                sweep, dir, 1, !noProgress, stdout, spec.commandLine().getErr(), "the same dse solve command");
        JobKey job = sweep.jobs().getFirst();
        printRow(dir.resolve(RunsCsv.FILE), job.id(), stdout);
        if (!noReport) {
            SweepCommand.writeReport(dir, stdout);
        }
        return code;
    }

    /** As the sweep keys: from 0 to 1e15 seconds, the range {@code bound_s} and {@code polish_s} have in a sweep spec. */
    private static double seconds(String value, double otherwise, String key) {
        return value == null ? otherwise : SystemOverride.nonNegative(value, "--set " + key);
    }

    private BudgetSpec budget() {
        if (budgetEvaluations != null) {
            BudgetSpec.checkedEvaluations(budgetEvaluations, "--budget-evals");
        }
        if (budgetSeconds != null) {
            BudgetSpec.checkedSeconds(budgetSeconds, "--budget-s");
        }
        long evaluations =
                budgetEvaluations != null ? budgetEvaluations : budgetSeconds == null ? DEFAULT_EVALUATIONS : 0;
        return new BudgetSpec(evaluations, budgetSeconds != null ? budgetSeconds : 0);
    }

    private static void printRow(Path runs, String jobId, PrintWriter out) {
        TextTable table = new TextTable(
                "solver",
                "latency_ms>",
                "energy_j>",
                "solver_time_s>",
                "evals_per_s>",
                "latency_vs_h2h>",
                "energy_vs_h2h>");
        for (RunsTable.Run row : RunsTable.read(runs).runs()) {
            if (row.jobId().equals(jobId)) {
                table.add(
                        row.solver(),
                        fmt(row.number("latency_s") * 1e3),
                        fmt(row.number("energy_j")),
                        fmt(row.number("solver_time_s")),
                        String.format(Locale.ROOT, "%.0f", row.number("evals_per_s")),
                        fmt(row.number("latency_vs_h2h")),
                        fmt(row.number("energy_vs_h2h")));
            }
        }
        table.print(out);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
