package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.report.PointChoice;
import io.h2hdse.report.PointFigures;
import io.h2hdse.report.ResultsFolder;
import io.h2hdse.sweep.ResultsLock;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dse plot}: static per-point figures (PNG and SVG) for papers, on demand. */
@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description = {
            "Draw the per-point figures of a results folder into DIR/plots/ as PNG and SVG: the Pareto fronts of each "
                    + "solver and the Gantt chart of the fastest job. A sweep writes only its overview figures; report.html shows everything."
        },
        footer = {
            "",
            "Examples:",
            "  bin/dse plot results/tiny --model mmmt-tiny --point link_bandwidth_gbps=0.5",
            "  bin/dse plot results/tiny --all",
            "  (results/tiny: from bin/dse sweep configs/sweeps/tiny.yaml)"
        })
final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A results folder (with runs.csv and jobs/).")
    Path dir;

    static final class Choice {
        @Option(names = "--all", required = true, description = "Every point of the folder.")
        boolean all;

        @ArgGroup(exclusive = false)
        Named named;
    }

    static final class Named {
        @Option(names = "--model", paramLabel = "M", required = true, description = "The model's points.")
        String model;

        @Option(
                names = "--point",
                paramLabel = "COLUMN=VALUE",
                description =
                        "Only points with this value in this runs.csv column (system or a grid parameter); repeatable.")
        Map<String, String> point = new LinkedHashMap<>();
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Override
    @SuppressWarnings("try") // the lock is held for the try's extent, never read
    public Integer call() {
        try (ResultsLock lock = ResultsFolder.lock(dir)) {
            return draw();
        }
    }

    private int draw() {
        ResultsFolder folder = ResultsFolder.read(dir);
        PointChoice chosen = new PointChoice.All();
        if (choice.named != null) {
            Map<String, String> values = new LinkedHashMap<>(choice.named.point);
            values.put("model", choice.named.model);
            chosen = new PointChoice.Matching(values).requireColumns(folder.pointColumns(), "--point");
        }
        List<Path> written = PointFigures.write(folder, chosen);
        if (written.isEmpty()) {
            throw new InvalidInputException("--model/--point", "no point of " + dir + " matches");
        }
        written.forEach(f -> spec.commandLine().getOut().println(f + ".png, .svg"));
        return Dse.EXIT_OK;
    }
}
