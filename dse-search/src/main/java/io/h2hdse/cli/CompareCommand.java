package io.h2hdse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.h2hdse.sweep.Comparison;
import io.h2hdse.sweep.ComparisonTable;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dse compare}: each finished sweep folder's solver comparison, from its runs.csv, as Markdown, CSV or JSON. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare solvers over finished sweeps, per sweep folder and solver. A point is a model × system point × budget; "
                    + "at a point a solver's latency is the median over its seeds and its ratio is that ÷ H2H's latency there "
                    + "(below 1 = better than H2H); across its points the ratios combine by geometric mean, shown with the number "
                    + "of points, the lowest and highest, and the best and worst seed's geometric means. Wins (the lowest median "
                    + "latency at a point, ties counting for each) and the ranking column count only the points where every solver "
                    + "ran (points_common). A job recorded twice counts once; a bad line in a runs.csv is an error naming the file "
                    + "and line (exit 2)."
        },
        footer = {
            "",
            "Example:",
            "  bin/dse compare results/search-vs-h2h results/h2h-paper",
            "  bin/dse compare results/search-vs-h2h --format csv"
        })
final class CompareCommand implements Callable<Integer> {
    enum Format {
        md,
        csv,
        json
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Sweep result folders (each with a runs.csv).")
    List<Path> dirs;

    @Option(
            names = "--format",
            paramLabel = "md|csv|json",
            description =
                    "md (default): a Markdown table per folder with what it pools; csv: one row per folder and solver, "
                            + "numbers at full precision; json: a list of folders with their solvers.")
    Format format = Format.md;

    @Override
    public Integer call() {
        Map<Path, Comparison> sweeps = new LinkedHashMap<>();
        for (Path dir : dirs) {
            sweeps.put(dir, Comparison.of(RunsTable.read(dir.resolve(RunsCsv.FILE))));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case md ->
                sweeps.forEach((dir, comparison) -> {
                    out.println("## " + dir);
                    out.println();
                    out.println(ComparisonTable.legend(comparison));
                    out.println();
                    out.print(ComparisonTable.markdown(comparison, true));
                    out.println();
                });
            case csv -> printCsv(out, sweeps);
            case json -> printJson(out, sweeps);
        }
        out.flush();
        return Dse.EXIT_OK;
    }

    private static void printCsv(PrintWriter out, Map<Path, Comparison> sweeps) {
        List<String> header = new ArrayList<>(List.of("folder"));
        header.addAll(ComparisonTable.csvHeader());
        try {
            CSVPrinter printer = new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setRecordSeparator('\n')
                            .setHeader(header.toArray(String[]::new))
                            .get());
            for (Map.Entry<Path, Comparison> sweep : sweeps.entrySet()) {
                for (Comparison.Row row : sweep.getValue().rows()) {
                    List<String> cells = new ArrayList<>(List.of(sweep.getKey().toString()));
                    cells.addAll(ComparisonTable.csvCells(row));
                    printer.printRecord(cells);
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printJson(PrintWriter out, Map<Path, Comparison> sweeps) {
        List<Map<String, Object>> folders = new ArrayList<>();
        sweeps.forEach((dir, comparison) -> {
            Map<String, Object> folder = new LinkedHashMap<>();
            folder.put("folder", dir.toString());
            folder.put("points", comparison.points());
            folder.put("points_common", comparison.pointsCommon());
            folder.put(
                    "solvers",
                    comparison.rows().stream().map(ComparisonTable::json).toList());
            folders.add(folder);
        });
        try {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(folders));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
