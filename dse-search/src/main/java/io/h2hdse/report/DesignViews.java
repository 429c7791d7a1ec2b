package io.h2hdse.report;

import io.h2hdse.sweep.DesignFront;
import io.h2hdse.sweep.RunsCsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What the page's design views (latency, energy and area of each system design, and its knobs) need beyond
 * each job's metrics, which carry {@code area_mm2}: the area budgets, the jobs over them and the jobs on the
 * (latency, energy, area) front of the feasible designs of their model and system, the front pareto.csv holds
 * for an explore. Jobs are numbered as {@link ReportData} numbers them: the folder's points in order, each
 * point's runs in order.
 */
final class DesignViews {
    private DesignViews() {}

    /** A job with its place in the page's job list. */
    private record Design(int job, ResultsFolder.Run run) {
        double latency() {
            return run.metric("latency_s");
        }

        double energy() {
            return run.metric("energy_j");
        }

        double area() {
            return run.metric(RunsCsv.AREA);
        }
    }

    private static final List<ToDoubleFunction<Design>> OBJECTIVES =
            List.of(Design::latency, Design::energy, Design::area);

    /**
     * {@code areaBudgets} (system → area_mm2_max), {@code overBudget} and {@code front} (job indices), or null
     * when no row has an area (the page then shows no design views).
     */
    static Map<String, Object> of(ResultsFolder folder) {
        Map<String, Double> budgets = folder.areaBudgets();
        Map<List<String>, List<Design>> feasible = new LinkedHashMap<>();
        List<Integer> overBudget = new ArrayList<>();
        boolean anyArea = false;
        int job = 0;
        for (ResultsFolder.Point point : folder.points()) {
            for (ResultsFolder.Run run : point.runs()) {
                Design design = new Design(job++, run);
                if (Double.isNaN(design.area())) {
                    continue;
                }
                anyArea = true;
                String system = point.cells().get(1);
                if (budgets.containsKey(system) && design.area() > budgets.get(system)) {
                    overBudget.add(design.job());
                } else if (!Double.isNaN(design.latency()) && !Double.isNaN(design.energy())) {
                    feasible.computeIfAbsent(point.cells().subList(0, 2), k -> new ArrayList<>())
                            .add(design);
                }
            }
        }
        if (!anyArea) {
            return null;
        }
        List<Integer> front = new ArrayList<>();
        feasible.values().forEach(designs -> DesignFront.of(designs, OBJECTIVES).forEach(d -> front.add(d.job())));
        front.sort(null);
        Map<String, Object> views = new LinkedHashMap<>();
        views.put("areaBudgets", budgets);
        views.put("overBudget", overBudget);
        views.put("front", front);
        return views;
    }
}
