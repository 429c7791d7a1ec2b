package io.h2hdse.cli;

import io.h2hdse.report.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dse report}: the interactive report.html of a results folder. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write DIR/report.html: one self-contained page (charts and data inline, opens offline from disk) with the "
                    + "solver comparison table, filters, the Pareto front of a point with each mapping's table and Gantt chart, "
                    + "latency and energy against each grid parameter, the search traces and, where runs.csv has them, lower bounds and gaps.",
            "dse sweep and dse solve write it at the end unless --no-report."
        },
        footer = {"", "Example:", "  bin/dse report results/tiny     (then open results/tiny/report.html in a browser)"
        })
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A results folder (with runs.csv and jobs/).")
    Path dir;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("report: " + ReportPage.write(dir));
        return Dse.EXIT_OK;
    }
}
