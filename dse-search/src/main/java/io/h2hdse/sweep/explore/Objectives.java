package io.h2hdse.sweep.explore;

import io.h2hdse.sweep.JobKey;
import io.h2hdse.sweep.Knob;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SystemPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A design's objectives from its recorded jobs: the geometric means over the sweep's models of the lowest
 * latency any of the design's jobs reached on the model and that job's energy, and the design's area.
 */
final class Objectives {
    private final Map<Map<Knob, String>, List<JobKey>> jobsByDesign = new HashMap<>();
    private final Map<Map<Knob, String>, SystemPoint> points = new HashMap<>();
    private final Map<String, RunsTable.Run> recorded;
    private final int models;

    Objectives(SweepSpec spec, int system, Map<String, RunsTable.Run> recorded) {
        this.recorded = recorded;
        this.models = spec.models().size();
        String name = spec.systems().get(system).name();
        for (JobKey job : spec.jobs()) {
            if (job.system().name().equals(name) && job.system().grid().explore() != null) {
                jobsByDesign
                        .computeIfAbsent(job.system().overrides(), d -> new ArrayList<>())
                        .add(job);
                points.putIfAbsent(job.system().overrides(), job.system());
            }
        }
    }

    /** Whether every job of the design has its row. */
    boolean recorded(Map<Knob, String> design) {
        return jobsByDesign.getOrDefault(design, List.of()).stream().allMatch(j -> recorded.containsKey(j.id()));
    }

    /**
     * (latency s, energy J, area mm²) to minimise; a design over the area budget, or one whose jobs are not all
     * recorded (a job failed), gets {@code infeasible} × (1 + area excess) in latency and energy.
     */
    double[] of(Map<Knob, String> design, OptionalDouble areaMax, double infeasible) {
        double area = points.get(design).areaMm2().orElse(0);
        Map<String, double[]> best = new HashMap<>();
        boolean complete = true;
        for (JobKey job : jobsByDesign.getOrDefault(design, List.of())) {
            RunsTable.Run run = recorded.get(job.id());
            if (run == null) {
                complete = false;
                continue;
            }
            double latency = run.number("latency_s");
            double energy = run.number("energy_j");
            best.merge(job.model(), new double[] {latency, energy}, (a, b) -> b[0] < a[0] ? b : a);
        }
        double excess = areaMax.isPresent() ? Math.max(0, area / areaMax.getAsDouble() - 1) : 0;
        if (!complete || best.size() < models || excess > 0) {
            return new double[] {infeasible * (1 + excess), infeasible * (1 + excess), area};
        }
        double logLatency = 0;
        double logEnergy = 0;
        for (double[] point : best.values()) {
            logLatency += Math.log(point[0]);
            logEnergy += Math.log(point[1]);
        }
        return new double[] {Math.exp(logLatency / models), Math.exp(logEnergy / models), area};
    }
}
