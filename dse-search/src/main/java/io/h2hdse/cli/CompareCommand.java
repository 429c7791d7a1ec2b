package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.RunsCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dse compare}: one solver-comparison table per finished sweep folder, from its runs.csv. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {"Compare solvers over finished sweeps: per sweep folder, per solver: jobs, median and best latency and "
                + "energy relative to H2H (below 1 = better than H2H), median solver time and evaluations/s, and wins "
                + "(points where it reached the lowest latency, ties counting for each)."},
        footer = {"", "Example:", "  dse compare results/quick results/h2h-paper"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Sweep result folders (each with a runs.csv).")
    List<Path> dirs;

    private record Row(String point, String solver, double latency, double latencyVsH2h, double energyVsH2h,
                       double solverTime, double evalsPerSecond) {
    }

    @Override
    public Integer call() {
        List<List<Row>> sweeps = new ArrayList<>();
        for (Path dir : dirs) {
            sweeps.add(read(dir.resolve(RunsCsv.FILE)));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < dirs.size(); i++) {
            out.println(dirs.get(i) + ":");
            table(sweeps.get(i)).print(out);
        }
        return Dse.EXIT_OK;
    }

    private static List<Row> read(Path runs) {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(runs);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<String> header = parser.getHeaderNames();
            int keysEnd = header.indexOf("solver");
            if (keysEnd < 0 || !header.contains("latency_vs_h2h")) {
                throw new InvalidInputException(runs.toString(), "not a sweep's runs.csv (no solver or latency_vs_h2h column)");
            }
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    continue;
                }
                String point = String.join("|", header.subList(0, keysEnd).stream().map(r::get).toList());
                rows.add(new Row(point, r.get("solver"), Double.parseDouble(r.get("latency_s")), Double.parseDouble(r.get("latency_vs_h2h")),
                        Double.parseDouble(r.get("energy_vs_h2h")), Double.parseDouble(r.get("solver_time_s")),
                        Double.parseDouble(r.get("evals_per_s"))));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(runs.toString(), "file not found (is this a sweep's results folder?)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(runs.toString(), "malformed number: " + e.getMessage());
        }
        return rows;
    }

    private static TextTable table(List<Row> rows) {
        Map<String, Double> fastest = new LinkedHashMap<>();
        rows.forEach(r -> fastest.merge(r.point(), r.latency(), Math::min));
        Map<String, List<Row>> bySolver = new LinkedHashMap<>();
        rows.forEach(r -> bySolver.computeIfAbsent(r.solver(), s -> new ArrayList<>()).add(r));
        TextTable table = new TextTable("solver", "jobs>", "latency_vs_h2h_median>", "latency_vs_h2h_best>", "energy_vs_h2h_median>",
                "energy_vs_h2h_best>", "solver_time_s_median>", "evals_per_s_median>", "wins>");
        bySolver.forEach((solver, own) -> {
            long wins = own.stream().filter(r -> r.latency() == fastest.get(r.point())).map(Row::point).distinct().count();
            table.add(solver, String.valueOf(own.size()), f(median(own, Row::latencyVsH2h)), f(min(own, Row::latencyVsH2h)),
                    f(median(own, Row::energyVsH2h)), f(min(own, Row::energyVsH2h)), f(median(own, Row::solverTime)),
                    String.format(Locale.ROOT, "%.0f", median(own, Row::evalsPerSecond)), String.valueOf(wins));
        });
        return table;
    }

    private static double median(List<Row> rows, java.util.function.ToDoubleFunction<Row> value) {
        double[] sorted = rows.stream().mapToDouble(value).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Row> rows, java.util.function.ToDoubleFunction<Row> value) {
        return rows.stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
