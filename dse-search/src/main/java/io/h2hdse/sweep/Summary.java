package io.h2hdse.sweep;

import io.h2hdse.output.OutputFile;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.h2h.H2hStepSolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * summary.md: one table row per (model, system point) with the baseline, H2H and the best search
 * solver there (the lowest median latency over its seeds, as {@link Comparison} defines it), the
 * reductions each brings in percent, with the spread of the search solver's seeds, and the point's
 * latency lower bound with the best latency's distance to it; below it, how often search jobs seeded
 * with H2H's plan improved on it, and the solvers' comparison over all points ({@link ComparisonTable}).
 * A sweep without search solvers has no search columns.
 */
final class Summary {
    private final PointColumns pointColumns;
    private final boolean searches;
    private final Comparison comparison;
    private final List<String> rows = new ArrayList<>();
    private int seededJobs;
    private int improvedOnSeed;
    private int jobs;
    private int unreproducibleJobs;
    private int points;
    private int provenPoints;

    Summary(PointColumns pointColumns, boolean searches, Comparison comparison) {
        this.pointColumns = pointColumns;
        this.searches = searches;
        this.comparison = comparison;
    }

    void add(List<String> cells, List<JobRecord> records) {
        Optional<JobRecord> baseline = solver(records, H2hStepSolver.BASELINE);
        Optional<JobRecord> h2h = solver(records, H2hStepSolver.H2H);
        String point = pointColumns.key(cells);
        Optional<Comparison.Cell> search = comparison.cells().stream()
                .filter(c -> c.point().equals(point) && !Comparison.deterministic(c.solver()))
                .min(Comparator.comparingDouble(Comparison.Cell::latencyS)
                        .thenComparingDouble(Comparison.Cell::energyJ)
                        .thenComparing(Comparison.Cell::solver)
                        .thenComparing(Comparison.Cell::budget));
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            row.add(
                    text.isEmpty()
                            ? "-"
                            : pointColumns.isFigure(i)
                                    ? String.format(Locale.ROOT, "%.4g", Double.parseDouble(text))
                                    : cell(text));
        }
        row.add(ms(baseline));
        row.add(joules(baseline));
        row.add(ms(h2h));
        row.add(joules(h2h));
        row.add(reduction(h2h, baseline, true));
        row.add(reduction(h2h, baseline, false));
        if (searches) {
            addSearch(row, search);
        }
        // Every job's bound holds for the whole point; a cpsat job's own bound can be the highest.
        double bound = records.stream()
                .mapToDouble(r -> r.metrics().latencyLowerBoundS())
                .max()
                .orElseThrow();
        double best =
                records.stream().mapToDouble(r -> r.metrics().latencyS()).min().orElseThrow();
        points++;
        provenPoints += best <= bound * (1 + JobRunner.PROVEN_TOLERANCE) ? 1 : 0;
        jobs += records.size();
        unreproducibleJobs +=
                (int) records.stream().filter(r -> !r.metrics().reproducible()).count();
        row.add(String.format(Locale.ROOT, "%.4g", bound * 1e3));
        row.add(String.format(Locale.ROOT, "%.3f", best / bound));
        for (JobRecord r : records) {
            if ("given".equals(r.notes().get(SearchRecorder.SEED_NOTE))) {
                seededJobs++;
                improvedOnSeed += "true".equals(r.notes().get(SearchRecorder.IMPROVED_ON_SEED_NOTE)) ? 1 : 0;
            }
        }
        rows.add("| " + String.join(" | ", row) + " |");
    }

    private static void addSearch(List<String> row, Optional<Comparison.Cell> search) {
        row.add(search.map(c -> cell(
                        c.budget().equals(Comparison.NO_BUDGET) ? c.solver() : c.solver() + " (" + c.budget() + ")"))
                .orElse("-"));
        row.add(search.map(c -> String.valueOf(c.seeds())).orElse("-"));
        row.add(search.map(c -> String.format(Locale.ROOT, "%.4g", c.latencyS() * 1e3))
                .orElse("-"));
        row.add(search.map(c -> String.format(Locale.ROOT, "%.4g", c.energyJ())).orElse("-"));
        row.add(search.map(c -> percent(c.latencyVsH2h())).orElse("-"));
        row.add(search.map(
                        c -> c.seeds() > 1 ? percent(c.latencyVsH2hMax()) + " … " + percent(c.latencyVsH2hMin()) : "-")
                .orElse("-"));
        row.add(search.map(c -> percent(c.energyVsH2h())).orElse("-"));
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f", (1 - ratio) * 100);
    }

    void write(Path file, String sweep) {
        List<String> header = pointColumns.all();
        header.addAll(List.of(
                "baseline latency (ms)",
                "baseline energy (J)",
                "H2H latency (ms)",
                "H2H energy (J)",
                "H2H vs baseline: latency −%",
                "energy −%"));
        if (searches) {
            header.addAll(List.of(
                    "best search solver",
                    "seeds",
                    "its latency (ms)",
                    "its energy (J)",
                    "vs H2H: latency −%",
                    "over its seeds: worst … best",
                    "energy −%"));
        }
        header.addAll(List.of("latency lower bound (ms)", "best latency / bound"));
        StringBuilder text = new StringBuilder("# Sweep " + sweep + "\n\n")
                .append("Baseline: computation-prioritized mapping (H2H step 1). ")
                .append(
                        searches
                                ? "Best search solver: the one with the lowest latency at that point, a solver's latency being the median "
                                        + "over its seeds (its budget in brackets); its latency and energy are those medians. "
                                : "")
                .append("−% columns: reduction relative to the column named (negative = worse). ")
                .append(
                        "Latency lower bound: no mapping, order or residency is faster; best latency / bound over every job at the point.\n\n")
                .append("| ")
                .append(String.join(" | ", header))
                .append(" |\n")
                .append("|")
                .append(" --- |".repeat(header.size()))
                .append('\n');
        rows.forEach(r -> text.append(r).append('\n'));
        if (seededJobs > 0) {
            text.append(String.format(
                    Locale.ROOT,
                    "%nSearch jobs seeded with H2H's plan: %d; their search found a faster plan in %d (%.0f %%).%n",
                    seededJobs,
                    improvedOnSeed,
                    100.0 * improvedOnSeed / seededJobs));
        }
        text.append(String.format(
                Locale.ROOT,
                "%nPoints whose best latency is proven optimal (within 1e-6 of the bound): %d of %d.%n",
                provenPoints,
                points));
        if (unreproducibleJobs > 0) {
            text.append(String.format(
                    Locale.ROOT,
                    "%nJobs under a wall-time budget: %d of %d; they are not reproducible (a rerun may answer "
                            + "differently; runs.csv column reproducible).%n",
                    unreproducibleJobs,
                    jobs));
        }
        text.append("\n## Solvers\n\n")
                .append(ComparisonTable.legend(comparison))
                .append("\n\n")
                .append(ComparisonTable.markdown(comparison, false));
        OutputFile.writeString(file, text.toString());
    }

    /**
     * A name as the text of a Markdown table cell: {@code |} and {@code \} escaped (they would end the cell or
     * escape its end), {@code &}, {@code <} and {@code >} as entities (a name is never HTML), a line break as
     * {@code <br>} (a line ends the table row).
     */
    static String cell(String name) {
        return name.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replaceAll("\r\n?|\n", "<br>");
    }

    private static Optional<JobRecord> solver(List<JobRecord> records, String name) {
        return records.stream().filter(r -> r.solver().equals(name)).findFirst();
    }

    private static String ms(Optional<JobRecord> record) {
        return record.map(r -> String.format(Locale.ROOT, "%.4g", r.metrics().latencyS() * 1e3))
                .orElse("-");
    }

    private static String joules(Optional<JobRecord> record) {
        return record.map(r -> String.format(Locale.ROOT, "%.4g", r.metrics().energyJ()))
                .orElse("-");
    }

    private static String reduction(Optional<JobRecord> record, Optional<JobRecord> reference, boolean latency) {
        if (record.isEmpty() || reference.isEmpty()) {
            return "-";
        }
        double value = latency
                ? record.get().metrics().latencyS()
                : record.get().metrics().energyJ();
        double base = latency
                ? reference.get().metrics().latencyS()
                : reference.get().metrics().energyJ();
        return String.format(Locale.ROOT, "%.1f", (1 - value / base) * 100);
    }
}
