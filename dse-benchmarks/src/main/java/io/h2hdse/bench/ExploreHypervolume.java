package io.h2hdse.bench;

import io.h2hdse.sweep.DesignFront;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's explore measurement: per model, the (latency, energy, area) hypervolume of each results folder's
 * feasible designs as a fraction of the grid folder's, every objective divided by the grid's worst feasible value
 * × 1.1 (so the reference point is (1, 1, 1)).
 * {@code java -cp dse-benchmarks/target/benchmarks.jar io.h2hdse.bench.ExploreHypervolume AREA_MAX GRID_DIR DIR...}
 */
public final class ExploreHypervolume {
    private ExploreHypervolume() {}

    public static void main(String[] args) {
        double areaMax = Double.parseDouble(args[0]);
        Map<String, List<double[]>> grid = points(Path.of(args[1]), areaMax);
        Map<String, double[]> reference = new LinkedHashMap<>();
        grid.forEach((model, points) -> {
            double[] worst = new double[3];
            for (double[] p : points) {
                for (int i = 0; i < 3; i++) {
                    worst[i] = Math.max(worst[i], p[i] * 1.1);
                }
            }
            reference.put(model, worst);
        });
        for (int a = 1; a < args.length; a++) {
            Map<String, List<double[]>> run = points(Path.of(args[a]), areaMax);
            for (String model : grid.keySet()) {
                double full = volume(grid.get(model), reference.get(model));
                double part = volume(run.getOrDefault(model, List.of()), reference.get(model));
                System.out.printf(
                        Locale.ROOT,
                        "%s %s designs=%d hv=%.5f grid_hv=%.5f ratio=%.4f%n",
                        args[a],
                        model,
                        run.getOrDefault(model, List.of()).size(),
                        part,
                        full,
                        part / full);
            }
        }
    }

    private static double volume(List<double[]> points, double[] reference) {
        List<double[]> normalised = new ArrayList<>();
        for (double[] p : points) {
            normalised.add(new double[] {p[0] / reference[0], p[1] / reference[1], p[2] / reference[2]});
        }
        return DesignFront.hypervolume(normalised, new double[] {1, 1, 1});
    }

    /** Each model's feasible (latency, energy, area) points in the folder's runs.csv. */
    private static Map<String, List<double[]>> points(Path folder, double areaMax) {
        Map<String, List<double[]>> byModel = new LinkedHashMap<>();
        for (RunsTable.Run run : RunsTable.read(folder.resolve(RunsCsv.FILE)).runs()) {
            double area = run.number(RunsCsv.AREA);
            if (area <= areaMax) {
                byModel.computeIfAbsent(run.cells().get("model"), m -> new ArrayList<>())
                        .add(new double[] {run.number("latency_s"), run.number("energy_j"), area});
            }
        }
        return byModel;
    }
}
