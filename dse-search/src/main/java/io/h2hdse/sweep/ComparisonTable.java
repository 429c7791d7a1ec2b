package io.h2hdse.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Comparison}'s solver rows as {@code summary.md} and {@code dse compare} print them: one list
 * of columns, each with its CSV/JSON name, its Markdown heading and its value, so that every format
 * shows the same figures.
 */
public final class ComparisonTable {
    private ComparisonTable() {}

    /** A column: machine name (CSV, JSON), heading (Markdown) and its value in a row (a Number or a String). */
    private record Column(String name, String heading, Function<Comparison.Row, Object> value) {
        /** Solver time and speed: measured, so they differ from run to run (summary.md leaves them out). */
        boolean timing() {
            return name.startsWith("solver_time") || name.startsWith("evals_per_s");
        }
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("solver", "solver", Comparison.Row::solver),
            new Column("points", "points", Comparison.Row::points),
            new Column("latency_vs_h2h_geomean", "latency ÷ H2H, geomean", Comparison.Row::latencyVsH2hGeomean),
            new Column("latency_vs_h2h_min", "min", Comparison.Row::latencyVsH2hMin),
            new Column("latency_vs_h2h_max", "max", Comparison.Row::latencyVsH2hMax),
            new Column("energy_vs_h2h_geomean", "energy ÷ H2H, geomean", Comparison.Row::energyVsH2hGeomean),
            new Column("seeds", "seeds", Comparison.Row::seeds),
            new Column(
                    "latency_vs_h2h_best_seed_geomean",
                    "best seed, geomean",
                    Comparison.Row::latencyVsH2hBestSeedGeomean),
            new Column(
                    "latency_vs_h2h_worst_seed_geomean",
                    "worst seed, geomean",
                    Comparison.Row::latencyVsH2hWorstSeedGeomean),
            new Column(
                    "latency_vs_bound_geomean",
                    "latency ÷ lower bound, geomean",
                    Comparison.Row::latencyVsBoundGeomean),
            new Column("wins", "wins", Comparison.Row::wins),
            new Column("points_common", "common points", Comparison.Row::pointsCommon),
            new Column(
                    "latency_vs_h2h_common_geomean",
                    "latency ÷ H2H over common points, geomean",
                    Comparison.Row::latencyVsH2hCommonGeomean),
            new Column("solver_time_s_median", "solver time (s), median of jobs", Comparison.Row::solverTimeSMedian),
            new Column("evals_per_s_median", "evaluations/s, median of jobs", Comparison.Row::evalsPerSMedian));

    /** What the table pools, in one sentence. */
    public static String legend(Comparison comparison) {
        return String.format(
                Locale.ROOT,
                "%d points (model × system point × budget; a budget-free solver counts at every budget). At a point a solver's "
                        + "latency is the median over its seeds and its ratio is that ÷ H2H's latency there; across its points the "
                        + "ratios combine by geometric mean, with the lowest and highest (min, max); best and worst seed: the "
                        + "geometric mean of its best and worst seed's ratio at each point. Wins and the ranking column compare "
                        + "solvers over the %d common points only, where every solver ran (a win: the lowest median latency there, "
                        + "ties counting for each). Below 1 = better than H2H.",
                comparison.points(),
                comparison.pointsCommon());
    }

    /** The table in Markdown, figures to four significant digits; with the solver time and speed columns or without. */
    public static String markdown(Comparison comparison, boolean timings) {
        List<Column> columns =
                COLUMNS.stream().filter(c -> timings || !c.timing()).toList();
        StringBuilder text = new StringBuilder("| ");
        text.append(String.join(" | ", columns.stream().map(Column::heading).toList()))
                .append(" |\n|")
                .append(" --- |".repeat(columns.size()))
                .append('\n');
        for (Comparison.Row row : comparison.rows()) {
            List<String> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(shown(c.value().apply(row))));
            text.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return text.toString();
    }

    /** The CSV header: the machine names. */
    public static List<String> csvHeader() {
        return COLUMNS.stream().map(Column::name).toList();
    }

    /** A row's CSV cells: numbers at full precision, an empty cell for none. */
    public static List<String> csvCells(Comparison.Row row) {
        return COLUMNS.stream().map(c -> exact(c.value().apply(row))).toList();
    }

    /** A row as a JSON object's fields (NaN becomes null). */
    public static Map<String, Object> json(Comparison.Row row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Column c : COLUMNS) {
            Object v = c.value().apply(row);
            fields.put(c.name(), v instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : v);
        }
        return fields;
    }

    private static String shown(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "–";
            }
            return String.format(Locale.ROOT, Math.abs(d) >= 1e4 ? "%.0f" : "%.4g", d);
        }
        return String.valueOf(value);
    }

    private static String exact(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() ? "" : Double.toString(d);
        }
        return String.valueOf(value);
    }
}
