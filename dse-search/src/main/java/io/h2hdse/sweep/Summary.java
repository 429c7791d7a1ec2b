package io.h2hdse.sweep;

import io.h2hdse.solver.h2h.H2hStepSolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * summary.md: one table row per (model, system point) with the baseline, H2H and the best search
 * solver (the lowest latency any of its jobs reached), and the reductions each brings in percent.
 * A sweep without search solvers has no search columns.
 */
final class Summary {
    private final List<String> pointColumns;
    private final boolean searches;
    private final List<String> rows = new ArrayList<>();

    Summary(List<String> pointColumns, boolean searches) {
        this.pointColumns = pointColumns;
        this.searches = searches;
    }

    void add(List<String> cells, List<JobRecord> records) {
        Optional<JobRecord> baseline = solver(records, H2hStepSolver.BASELINE);
        Optional<JobRecord> h2h = solver(records, H2hStepSolver.H2H);
        Optional<JobRecord> search = records.stream().filter(r -> !SolverCatalog.budgetFree(r.solver()))
                .min(Comparator.comparingDouble((JobRecord r) -> r.metrics().latencyS()).thenComparingDouble(r -> r.metrics().energyJ()));
        List<String> row = new ArrayList<>(cells.stream().map(c -> c.isEmpty() ? "-" : c).toList());
        row.add(ms(baseline));
        row.add(joules(baseline));
        row.add(ms(h2h));
        row.add(joules(h2h));
        row.add(reduction(h2h, baseline, true));
        row.add(reduction(h2h, baseline, false));
        if (searches) {
            addSearch(row, search, h2h);
        }
        rows.add("| " + String.join(" | ", row) + " |");
    }

    private static void addSearch(List<String> row, Optional<JobRecord> search, Optional<JobRecord> h2h) {
        row.add(search.map(JobRecord::solver).orElse("-"));
        row.add(ms(search));
        row.add(joules(search));
        row.add(reduction(search, h2h, true));
        row.add(reduction(search, h2h, false));
    }

    void write(Path file, String sweep) {
        List<String> header = new ArrayList<>(pointColumns);
        header.addAll(List.of("baseline latency (ms)", "baseline energy (J)", "H2H latency (ms)", "H2H energy (J)",
                "H2H vs baseline: latency −%", "energy −%"));
        if (searches) {
            header.addAll(List.of("best search solver", "its latency (ms)", "its energy (J)", "vs H2H: latency −%", "energy −%"));
        }
        StringBuilder text = new StringBuilder("# Sweep " + sweep + "\n\n")
                .append("Baseline: computation-prioritized mapping (H2H step 1). ")
                .append(searches ? "Best search solver: the lowest latency any search job reached at that point (over seeds and budgets). " : "")
                .append("−% columns: reduction relative to the column named (negative = worse).\n\n")
                .append("| ").append(String.join(" | ", header)).append(" |\n")
                .append("|").append(" --- |".repeat(header.size())).append('\n');
        rows.forEach(r -> text.append(r).append('\n'));
        AtomicFile.writeString(file, text.toString());
    }

    private static Optional<JobRecord> solver(List<JobRecord> records, String name) {
        return records.stream().filter(r -> r.solver().equals(name)).findFirst();
    }

    private static String ms(Optional<JobRecord> record) {
        return record.map(r -> String.format(Locale.ROOT, "%.4g", r.metrics().latencyS() * 1e3)).orElse("-");
    }

    private static String joules(Optional<JobRecord> record) {
        return record.map(r -> String.format(Locale.ROOT, "%.4g", r.metrics().energyJ())).orElse("-");
    }

    private static String reduction(Optional<JobRecord> record, Optional<JobRecord> reference, boolean latency) {
        if (record.isEmpty() || reference.isEmpty()) {
            return "-";
        }
        double value = latency ? record.get().metrics().latencyS() : record.get().metrics().energyJ();
        double base = latency ? reference.get().metrics().latencyS() : reference.get().metrics().energyJ();
        return String.format(Locale.ROOT, "%.1f", (1 - value / base) * 100);
    }
}
