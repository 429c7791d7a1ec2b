package io.h2hdse.sweep;

import io.h2hdse.solver.SolverCatalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The one aggregation of a sweep's runs that {@code summary.md}, {@code dse compare} and the report show
 * (the report's page applies the same rule to the jobs its filters keep, and its browser test checks
 * that it agrees with this class).
 *
 * <ul>
 *   <li>A <b>point</b> is a (model, system point, budget). A budget-free solver (no evaluation or time
 *       budget: H2H, the baseline) counts at every budget of its model and system point.
 *   <li>At a point, a solver's latency (energy, ratio to H2H, distance to the bound) is the <b>median over
 *       its seeds</b>; its ratio to H2H is the median of its jobs' {@code latency_vs_h2h}, which is that
 *       median latency ÷ H2H's latency at the same model and system point. The spread over seeds is the
 *       lowest and highest ratio of its jobs there.
 *   <li>Across points, ratios combine by <b>geometric mean</b>, shown with the number of points and the
 *       lowest and highest per-point ratio.
 *   <li><b>Wins</b> and the ranking compare solvers only over the <b>common points</b>, where every
 *       solver compared ran: a win is a common point where the solver's median latency is the lowest
 *       (ties counting for each).
 * </ul>
 *
 * A solver is named by its name, followed by its {@code order} and {@code seed_h2h} where the runs hold
 * more than one value of them for it, so that differently configured runs of one solver are not pooled.
 */
public final class Comparison {
    /** The budget of a budget-free job. */
    public static final String NO_BUDGET = "none";

    /**
     * One solver at one point.
     *
     * @param point           the model and system point cells as one key ({@link RunsTable#pointKey})
     * @param budget          as {@link #budget}
     * @param seeds           its jobs there (one per seed)
     * @param latencyVsBound  median latency ÷ the latency lower bound; NaN without a bound
     */
    public record Cell(
            String point,
            String budget,
            String solver,
            int seeds,
            double latencyS,
            double energyJ,
            double latencyVsH2h,
            double energyVsH2h,
            double latencyVsH2hMin,
            double latencyVsH2hMax,
            double latencyVsBound) {}

    /**
     * One solver over its points.
     *
     * @param points                      points where it ran
     * @param seeds                       the most seeds it ran at one point
     * @param latencyVsH2hBestSeedGeomean geometric mean over its points of its best seed's ratio there
     * @param latencyVsH2hWorstSeedGeomean  the same of its worst seed's
     * @param latencyVsBoundGeomean       geometric mean of {@link Cell#latencyVsBound}; NaN without bounds
     * @param pointsCommon                points where every solver compared ran
     * @param latencyVsH2hCommonGeomean   geometric mean of its ratio over the common points only
     * @param solverTimeSMedian           median over its jobs
     * @param evalsPerSMedian             median over its jobs
     */
    public record Row(
            String solver,
            int points,
            double latencyVsH2hGeomean,
            double latencyVsH2hMin,
            double latencyVsH2hMax,
            double energyVsH2hGeomean,
            int seeds,
            double latencyVsH2hBestSeedGeomean,
            double latencyVsH2hWorstSeedGeomean,
            double latencyVsBoundGeomean,
            int wins,
            int pointsCommon,
            double latencyVsH2hCommonGeomean,
            double solverTimeSMedian,
            double evalsPerSMedian) {}

    private final List<Cell> cells;
    private final List<Row> rows;
    private final int points;
    private final int pointsCommon;

    private Comparison(List<Cell> cells, List<Row> rows, int points, int pointsCommon) {
        this.cells = List.copyOf(cells);
        this.rows = List.copyOf(rows);
        this.points = points;
        this.pointsCommon = pointsCommon;
    }

    /** Over every run of the table. */
    public static Comparison of(RunsTable table) {
        return of(table.runs());
    }

    /** Over the given runs (of one runs.csv). */
    public static Comparison of(List<RunsTable.Run> runs) {
        Map<RunsTable.Run, String> labels = labels(runs);
        Map<String, Set<String>> budgets = new LinkedHashMap<>();
        for (RunsTable.Run run : runs) {
            Set<String> own = budgets.computeIfAbsent(run.point(), p -> new LinkedHashSet<>());
            if (!budget(run).equals(NO_BUDGET)) {
                own.add(budget(run));
            }
        }
        budgets.values().forEach(b -> {
            if (b.isEmpty()) {
                b.add(NO_BUDGET);
            }
        });
        // point key (point + budget) → solver → its runs there
        Map<String, Map<String, List<RunsTable.Run>>> grouped = new LinkedHashMap<>();
        Map<String, List<RunsTable.Run>> bySolver = new LinkedHashMap<>();
        for (RunsTable.Run run : runs) {
            String solver = labels.get(run);
            bySolver.computeIfAbsent(solver, s -> new ArrayList<>()).add(run);
            Set<String> at = budget(run).equals(NO_BUDGET) ? budgets.get(run.point()) : Set.of(budget(run));
            for (String b : at) {
                grouped.computeIfAbsent(run.point() + "\u0000" + b, k -> new LinkedHashMap<>())
                        .computeIfAbsent(solver, s -> new ArrayList<>())
                        .add(run);
            }
        }
        List<Cell> cells = new ArrayList<>();
        Map<String, List<Cell>> cellsBySolver = new LinkedHashMap<>();
        bySolver.keySet().forEach(s -> cellsBySolver.put(s, new ArrayList<>()));
        Set<String> common = new HashSet<>();
        Map<String, Integer> wins = new LinkedHashMap<>();
        Map<String, List<Cell>> commonCells = new LinkedHashMap<>();
        bySolver.keySet().forEach(s -> {
            wins.put(s, 0);
            commonCells.put(s, new ArrayList<>());
        });
        grouped.forEach((key, here) -> {
            String[] parts = key.split("\u0000", -1);
            List<Cell> atPoint = new ArrayList<>();
            here.forEach((solver, own) -> {
                Cell cell = cell(parts[0], parts[1], solver, own);
                cells.add(cell);
                cellsBySolver.get(solver).add(cell);
                atPoint.add(cell);
            });
            if (here.size() == bySolver.size()) {
                common.add(key);
                double fastest =
                        atPoint.stream().mapToDouble(Cell::latencyS).min().orElseThrow();
                for (Cell c : atPoint) {
                    commonCells.get(c.solver()).add(c);
                    if (c.latencyS() == fastest) {
                        wins.merge(c.solver(), 1, Integer::sum);
                    }
                }
            }
        });
        List<Row> rows = new ArrayList<>();
        cellsBySolver.entrySet().stream().sorted(SOLVER_ORDER).forEach(e -> {
            String solver = e.getKey();
            List<Cell> own = e.getValue();
            rows.add(row(solver, own, wins.get(solver), common.size(), commonCells.get(solver), bySolver.get(solver)));
        });
        return new Comparison(cells, rows, grouped.size(), common.size());
    }

    /** Deterministic solvers first, then by name: an order that does not depend on the order jobs finished in. */
    private static final Comparator<Map.Entry<String, List<Cell>>> SOLVER_ORDER = Comparator.comparing(
                    (Map.Entry<String, List<Cell>> e) -> !deterministic(e.getKey()))
            .thenComparing(Map.Entry::getKey);

    private static Row row(
            String solver, List<Cell> own, int wins, int common, List<Cell> commonCells, List<RunsTable.Run> runs) {
        return new Row(
                solver,
                own.size(),
                geomean(own, Cell::latencyVsH2h),
                own.stream().mapToDouble(Cell::latencyVsH2h).min().orElse(Double.NaN),
                own.stream().mapToDouble(Cell::latencyVsH2h).max().orElse(Double.NaN),
                geomean(own, Cell::energyVsH2h),
                own.stream().mapToInt(Cell::seeds).max().orElse(0),
                geomean(own, Cell::latencyVsH2hMin),
                geomean(own, Cell::latencyVsH2hMax),
                geomean(own, Cell::latencyVsBound),
                wins,
                common,
                geomean(commonCells, Cell::latencyVsH2h),
                median(runs, r -> r.number("solver_time_s")),
                median(runs, r -> r.number("evals_per_s")));
    }

    private static Cell cell(String point, String budget, String solver, List<RunsTable.Run> own) {
        return new Cell(
                point,
                budget,
                solver,
                own.size(),
                median(own, r -> r.number("latency_s")),
                median(own, r -> r.number("energy_j")),
                median(own, r -> r.number("latency_vs_h2h")),
                median(own, r -> r.number("energy_vs_h2h")),
                own.stream().mapToDouble(r -> r.number("latency_vs_h2h")).min().orElseThrow(),
                own.stream().mapToDouble(r -> r.number("latency_vs_h2h")).max().orElseThrow(),
                median(own, r -> r.number("latency_gap")));
    }

    /**
     * A run's budget as the report shows it: {@code 100000 evals}, {@code 5 s}, both joined by {@code +},
     * or {@value #NO_BUDGET}.
     */
    public static String budget(RunsTable.Run run) {
        return budget(run.cells().get("budget_evals"), run.cells().get("budget_s"));
    }

    /** As {@link #budget(RunsTable.Run)}, from the two budget cells. */
    public static String budget(String evaluations, String seconds) {
        List<String> parts = new ArrayList<>();
        if (!evaluations.isEmpty() && !evaluations.equals("0")) {
            parts.add(evaluations + " evals");
        }
        if (!seconds.isEmpty() && !seconds.equals("0")) {
            parts.add(seconds + " s");
        }
        return parts.isEmpty() ? NO_BUDGET : String.join(" + ", parts);
    }

    /** Each run's solver label: its name, with its order and seed_h2h where its runs differ in them. */
    public static Map<RunsTable.Run, String> labels(List<RunsTable.Run> runs) {
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        runs.forEach(
                r -> variants.computeIfAbsent(r.solver(), s -> new HashSet<>()).add(variant(r)));
        Map<RunsTable.Run, String> labels = new LinkedHashMap<>();
        runs.forEach(r ->
                labels.put(r, variants.get(r.solver()).size() > 1 ? r.solver() + " " + variant(r) : r.solver()));
        return labels;
    }

    private static String variant(RunsTable.Run run) {
        return SearchChoice.ORDER + "=" + run.cells().getOrDefault(SearchChoice.ORDER, "") + " " + SearchChoice.SEED_H2H
                + "=" + run.cells().getOrDefault(SearchChoice.SEED_H2H, "");
    }

    /** Whether a solver gives one answer whatever its seed (its runs are recorded as seed 0). */
    public static boolean deterministic(String solver) {
        return SolverCatalog.budgetFree(solver);
    }

    public List<Cell> cells() {
        return cells;
    }

    /** One per solver: the deterministic ones first, then by name. */
    public List<Row> rows() {
        return rows;
    }

    /** The points of all solvers together. */
    public int points() {
        return points;
    }

    /** The points where every solver ran. */
    public int pointsCommon() {
        return pointsCommon;
    }

    /** exp(mean(log v)) over the values that are numbers; NaN if none is. */
    static <T> double geomean(List<T> items, ToDoubleFunction<T> value) {
        double[] v =
                items.stream().mapToDouble(value).filter(x -> !Double.isNaN(x)).toArray();
        return v.length == 0
                ? Double.NaN
                : Math.exp(Arrays.stream(v).map(Math::log).sum() / v.length);
    }

    static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        double[] sorted = items.stream()
                .mapToDouble(value)
                .filter(x -> !Double.isNaN(x))
                .sorted()
                .toArray();
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
