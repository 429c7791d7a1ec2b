package io.h2hdse.solver;

import io.h2hdse.eval.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookkeeping every solver shares: counts evaluations against the budget, keeps the Pareto
 * archive (whose fastest point is the best mapping) and samples the trace. Solvers report every
 * evaluation here. Not thread-safe: one per run.
 */
public final class SearchRecorder {
    /** A change is traced once the evaluations have grown by this fraction since the last trace point. */
    private static final double TRACE_GROWTH = 1.0 / 64;

    private final Problem problem;
    private final Budget budget;
    private final long start = System.nanoTime();
    private final ReferencePoint reference;
    private final ParetoArchive archive = new ParetoArchive();
    private final List<TracePoint> trace = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private long evaluations;
    private long lastTraced;

    public SearchRecorder(Problem problem, Budget budget) {
        this.problem = problem;
        this.budget = budget;
        this.reference = ReferencePoint.worstCase(problem);
    }

    /**
     * Whether the budget is spent. Never before the first evaluation, so that every run has a best
     * mapping to return.
     */
    public boolean exhausted() {
        return evaluations > 0
                && (evaluations >= budget.maxEvaluations() || System.nanoTime() - start >= budget.maxNanos());
    }

    /** Evaluations still allowed ({@link Long#MAX_VALUE} under a wall-time-only budget). */
    public long remainingEvaluations() {
        return budget.limitsEvaluations() ? Math.max(0, budget.maxEvaluations() - evaluations) : Long.MAX_VALUE;
    }

    public long evaluations() {
        return evaluations;
    }

    /** The best latency so far; infinity before the first finite evaluation. */
    public double bestLatency() {
        return archive.isEmpty() ? Double.POSITIVE_INFINITY : archive.fastest().latency();
    }

    /** The Pareto set so far, by latency ascending. */
    public List<ParetoPoint> pareto() {
        return archive.points();
    }

    /** Records one evaluation of {@code mappings[offset .. offset + layers)}. */
    public void record(int[] mappings, int offset, double latency, double energy) {
        evaluations++;
        if (archive.offer(latency, energy, mappings, offset, problem.layers())) {
            if (evaluations - lastTraced >= lastTraced * TRACE_GROWTH) {
                tracePoint();
            }
        }
    }

    public void record(int[] mapping, double latency, double energy) {
        record(mapping, 0, latency, energy);
    }

    /** Keeps a setting or fact with the result. */
    public void note(String key, Object value) {
        notes.put(key, String.valueOf(value));
    }

    private void tracePoint() {
        trace.add(new TracePoint(evaluations, System.nanoTime() - start, archive.fastest().latency(),
                archive.leanest().energy(), archive.hypervolume(reference)));
        lastTraced = evaluations;
    }

    /** The result so far; throws if no mapping with a finite latency was evaluated. */
    public SolverResult result(String solver) {
        if (archive.isEmpty()) {
            throw new IllegalStateException(solver + " evaluated no allowed mapping");
        }
        if (trace.isEmpty() || trace.getLast().evaluations() != evaluations) {
            tracePoint();
        }
        ParetoPoint best = archive.fastest();
        return new SolverResult(solver, best.mapping(), best.latency(), best.energy(), archive.points(), trace,
                evaluations, System.nanoTime() - start, reference, notes);
    }
}
