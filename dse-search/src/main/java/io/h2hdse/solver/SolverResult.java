package io.h2hdse.solver;

import io.h2hdse.eval.Plan;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run found and how it got there.
 *
 * @param solver      registry name of the solver
 * @param bestPlan    the fastest plan found (lowest energy among equally fast ones): its mapping and the
 *                    order and residency its latency and energy were evaluated with
 * @param bestLatency its latency, seconds
 * @param bestEnergy  its energy, joules
 * @param pareto      the non-dominated (latency, energy) points of every mapping evaluated, by latency
 * @param trace       best-so-far and hypervolume sampled through the run, ending with the final state
 * @param evaluations evaluator calls spent (full or single-move evaluations)
 * @param nanos       wall time of the run
 * @param reference   the hypervolume reference of the trace
 * @param notes       solver settings and facts worth keeping with the result (e.g. whether cpsat
 *                    proved optimality, whether a population was seeded), in insertion order
 */
public record SolverResult(
        String solver,
        Plan bestPlan,
        double bestLatency,
        double bestEnergy,
        List<ParetoPoint> pareto,
        List<TracePoint> trace,
        long evaluations,
        long nanos,
        ReferencePoint reference,
        Map<String, String> notes) {
    public SolverResult {
        pareto = List.copyOf(pareto);
        trace = List.copyOf(trace);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** The best plan's mapping (a copy). */
    public int[] bestMapping() {
        return bestPlan.mapping().clone();
    }

    public Duration wallTime() {
        return Duration.ofNanos(nanos);
    }

    public double evaluationsPerSecond() {
        return nanos == 0 ? 0 : evaluations * 1e9 / nanos;
    }

    /** Hypervolume of the final Pareto set against the reference point. */
    public double hypervolume() {
        return Hypervolume.of(pareto, reference);
    }

    @Override
    public String toString() {
        return "SolverResult[" + solver + ": latency=" + bestLatency + " s, energy=" + bestEnergy + " J, mapping="
                + Arrays.toString(bestPlan.mapping()) + ", pareto=" + pareto.size() + " points, evaluations="
                + evaluations
                + ", " + Math.round(evaluationsPerSecond()) + " evals/s, notes=" + notes + "]";
    }
}
