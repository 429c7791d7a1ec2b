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
 * @param branches     each layer's branch label, by layer id (empty in job files written before it was kept)
 * @param trace        the solver's best-so-far through the run (empty in job files written before it was kept)
 */
public record JobRecord(
        Map<String, String> key,
        Metrics metrics,
        List<String> layers,
        List<String> accelerators,
        List<FrontPoint> pareto,
        List<Slot> schedule,
        List<TransferRow> transfers,
        Map<String, String> notes,
        List<String> branches,
        List<TraceRow> trace) {
    public JobRecord {
        branches = branches == null ? List.of() : branches;
        trace = trace == null ? List.of() : trace;
    }

    /**
     * The runs.csv result columns. {@code latencyLowerBoundS} holds for every plan of the problem: the best
     * of the bounds computed for the job ({@code boundMethod} names it; {@code AnswerBound});
     * {@code provenOptimal}: the latency is within 1e-6 of it; {@code reproducible}: no wall-time budget, so a
     * rerun gives the same answer.
     */
    public record Metrics(
            double latencyS,
            double energyJ,
            double solverTimeS,
            long evaluations,
            double evalsPerS,
            double latencyVsH2h,
            double energyVsH2h,
            double hypervolume,
            double latencyLowerBoundS,
            String boundMethod,
            boolean provenOptimal,
            boolean reproducible) {
        public double edp() {
            return latencyS * energyJ;
        }

        /** How many times the lower bound the latency is: 1 = provably optimal. */
        public double latencyGap() {
            return latencyS / latencyLowerBoundS;
        }
    }

    public record FrontPoint(double latencyS, double energyJ, int[] mapping) {}

    /** One layer's run: accelerator id, start and finish in seconds. */
    public record Slot(int layer, int accelerator, double startS, double finishS) {}

    public record TransferRow(
            String kind,
            String layer,
            String source,
            String destination,
            double bytes,
            double startS,
            double finishS,
            double energyJ) {}

    /** The best latency after some evaluations and seconds of the run. */
    public record TraceRow(long evaluations, double timeS, double bestLatencyS) {}

    public String jobId() {
        return key.get("job_id");
    }

    public String solver() {
        return key.get("solver");
    }
}
