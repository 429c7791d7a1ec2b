package io.h2hdse.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One solver over a finished sweep's runs.csv: its jobs, the median and best of its latency and energy
 * relative to H2H (below 1 = better than H2H), its median solver time and evaluations per second, and
 * its wins: the (model, system point)s where one of its jobs reached the lowest latency of any job
 * there (ties counting for each). Each job counts once however often it was recorded.
 */
public record SolverComparison(
        String solver,
        int jobs,
        double latencyVsH2hMedian,
        double latencyVsH2hBest,
        double energyVsH2hMedian,
        double energyVsH2hBest,
        double solverTimeSMedian,
        double evalsPerSMedian,
        long wins) {

    /** One entry per solver, in order of first appearance. */
    public static List<SolverComparison> of(RunsTable table) {
        Map<String, Double> fastest = new LinkedHashMap<>();
        table.runs().forEach(r -> fastest.merge(r.point(), r.number("latency_s"), Math::min));
        Map<String, List<RunsTable.Run>> bySolver = new LinkedHashMap<>();
        table.runs()
                .forEach(r -> bySolver.computeIfAbsent(r.solver(), s -> new ArrayList<>())
                        .add(r));
        List<SolverComparison> comparison = new ArrayList<>();
        bySolver.forEach((solver, own) -> {
            long wins = own.stream()
                    .filter(r -> r.number("latency_s") == fastest.get(r.point()))
                    .map(RunsTable.Run::point)
                    .distinct()
                    .count();
            comparison.add(new SolverComparison(
                    solver,
                    own.size(),
                    median(own, "latency_vs_h2h"),
                    min(own, "latency_vs_h2h"),
                    median(own, "energy_vs_h2h"),
                    min(own, "energy_vs_h2h"),
                    median(own, "solver_time_s"),
                    median(own, "evals_per_s"),
                    wins));
        });
        return comparison;
    }

    private static double median(List<RunsTable.Run> runs, String column) {
        double[] sorted = runs.stream().mapToDouble(value(column)).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<RunsTable.Run> runs, String column) {
        return runs.stream().mapToDouble(value(column)).min().orElse(Double.NaN);
    }

    private static ToDoubleFunction<RunsTable.Run> value(String column) {
        return r -> r.number(column);
    }
}
