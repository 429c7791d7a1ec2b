package io.h2hdse.cli;

import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.SolverComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dse compare}: one solver-comparison table per finished sweep folder, from its runs.csv. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare solvers over finished sweeps: per sweep folder, per solver: jobs, median and best latency and "
                    + "energy relative to H2H (below 1 = better than H2H), median solver time and evaluations/s, and wins "
                    + "(points where it reached the lowest latency, ties counting for each). A job recorded twice counts once; a bad line in a runs.csv is an error naming the file and line (exit 2)."
        },
        footer = {"", "Example:", "  dse compare results/quick results/h2h-paper"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Sweep result folders (each with a runs.csv).")
    List<Path> dirs;

    @Override
    public Integer call() {
        List<List<SolverComparison>> sweeps = new ArrayList<>();
        for (Path dir : dirs) {
            sweeps.add(SolverComparison.of(RunsTable.read(dir.resolve(RunsCsv.FILE))));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < dirs.size(); i++) {
            out.println(dirs.get(i) + ":");
            table(sweeps.get(i)).print(out);
        }
        return Dse.EXIT_OK;
    }

    private static TextTable table(List<SolverComparison> solvers) {
        TextTable table = new TextTable(
                "solver",
                "jobs>",
                "latency_vs_h2h_median>",
                "latency_vs_h2h_best>",
                "energy_vs_h2h_median>",
                "energy_vs_h2h_best>",
                "solver_time_s_median>",
                "evals_per_s_median>",
                "wins>");
        for (SolverComparison s : solvers) {
            table.add(
                    s.solver(),
                    String.valueOf(s.jobs()),
                    f(s.latencyVsH2hMedian()),
                    f(s.latencyVsH2hBest()),
                    f(s.energyVsH2hMedian()),
                    f(s.energyVsH2hBest()),
                    f(s.solverTimeSMedian()),
                    String.format(Locale.ROOT, "%.0f", s.evalsPerSMedian()),
                    String.valueOf(s.wins()));
        }
        return table;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
