package io.h2hdse.sweep;

import java.util.List;
import java.util.Map;

/**
 * Everything one job reports, kept as {@code jobs/<id>.json.gz} next to runs.csv so the end-of-sweep
 * files (Pareto fronts, mappings, transfers, plots, summary) never need the jobs rerun.
 *
 * @param key          runs.csv key cells, job_id included
 * @param metrics      the runs.csv result cells
 * @param layers       layer names by id
 * @param accelerators accelerator names by id
 * @param pareto       the solver's non-dominated points, fastest first (point 0 is the reported mapping)
 * @param schedule     the reported mapping's schedule
 * @param transfers    the reported mapping's transfers
 * @param notes        solver settings and facts
 */
public record JobRecord(Map<String, String> key, Metrics metrics, List<String> layers, List<String> accelerators,
                        List<FrontPoint> pareto, List<Slot> schedule, List<TransferRow> transfers, Map<String, String> notes) {

    /** The runs.csv result columns. */
    public record Metrics(double latencyS, double energyJ, double solverTimeS, long evaluations, double evalsPerS,
                          double latencyVsH2h, double energyVsH2h, double hypervolume) {
        public double edp() {
            return latencyS * energyJ;
        }
    }

    public record FrontPoint(double latencyS, double energyJ, int[] mapping) {
    }

    /** One layer's run: accelerator id, start and finish in seconds. */
    public record Slot(int layer, int accelerator, double startS, double finishS) {
    }

    public record TransferRow(String kind, String layer, String source, String destination, double bytes,
                              double startS, double finishS, double energyJ) {
    }

    public String jobId() {
        return key.get("job_id");
    }

    public String solver() {
        return key.get("solver");
    }
}
