package io.h2hdse.solver;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bookkeeping every solver shares: counts evaluations against the budget, keeps the Pareto
 * archive (whose fastest point is the best mapping) and samples the trace. Solvers report every
 * evaluation here. With a seed plan ({@link SearchSettings#seed()}) the recorder evaluates it in its
 * own order first, as the run's first evaluation: when it stays the fastest point, the result is the
 * seed plan itself. Not thread-safe: one per run.
 */
public final class SearchRecorder {
    /** A change is traced once the evaluations have grown by this fraction since the last trace point. */
    private static final double TRACE_GROWTH = 1.0 / 64;
    /** Note keys: whether the run had a seed plan ("given" or "none"), and whether it found a faster plan than the seed. */
    public static final String SEED_NOTE = "seed";

    public static final String IMPROVED_ON_SEED_NOTE = "improved_on_seed";
    /** How many of the fastest distinct latencies' mappings a polished run keeps for the polish, at most. */
    public static final int POLISH_CANDIDATES = 16;
    /**
     * The candidates' layers in all, at most: {@value #POLISH_CANDIDATES} candidates were tuned on instances of up
     * to 12 layers, where the optimum's mapping can be the 15th fastest under the decoder; on a large model each
     * candidate costs CP-SAT's set-up whatever its time share (0.27 s a candidate on vlocnet's 174 layers), and
     * its gain is small (0.1-0.4 %), so fewer candidates the larger the model: one from 192 layers on.
     */
    public static final int POLISH_LAYERS = POLISH_CANDIDATES * 12;

    private final Problem problem;
    private final Budget budget;
    private final long start = System.nanoTime();
    private final ReferencePoint reference;
    private final ParetoArchive archive = new ParetoArchive();
    private final List<TracePoint> trace = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Evaluator evaluator;
    private final Plan seed;
    private final double[] seedFigures = new double[2];
    /** The fastest plan recorded with an order of its own (the seed's, or a solver's that chooses orders), and its figures. */
    private Plan orderedBest;

    private final double[] orderedBestFigures = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    private long evaluations;
    private long lastTraced;
    /** The polish's candidates (null when the run is not polished). */
    private final FastestMappings fastest;

    private final double polishSeconds;
    /** The step that ends the run ({@link SearchSettings#finish()}), null once it ran or without one. */
    private Consumer<SearchRecorder> finish;

    /** A recorder of a run under default settings (rank decoder, no seed). */
    public SearchRecorder(Problem problem, Budget budget) {
        this(problem, budget, SearchSettings.defaults());
    }

    public SearchRecorder(Problem problem, Budget budget, SearchSettings settings) {
        this.problem = problem;
        this.budget = budget;
        this.reference = ReferencePoint.worstCase(problem);
        this.evaluator = new Evaluator(problem, settings.order());
        this.seed = settings.seed();
        this.polishSeconds = settings.polishSeconds();
        this.finish = settings.finish();
        this.fastest =
                polishSeconds > 0 ? new FastestMappings(polishCandidates(problem.layers()), problem.layers()) : null;
        note("order", settings.order().name().toLowerCase(java.util.Locale.ROOT));
        note(SEED_NOTE, seed == null ? "none" : "given");
        if (seed != null) {
            evaluator.evaluate(seed, seedFigures);
            record(seed, seedFigures[0], seedFigures[1]);
        }
    }

    /** The evaluator of the run's order policy: solvers evaluate through it. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** The seed plan's mapping (a copy), or null without a seed. */
    public int[] seedMapping() {
        return seed == null ? null : seed.mapping().clone();
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
        if (fastest != null) {
            fastest.offer(latency, mappings, offset);
        }
        if (archive.offer(latency, energy, mappings, offset, problem.layers())) {
            if (evaluations - lastTraced >= lastTraced * TRACE_GROWTH) {
                tracePoint();
            }
        }
    }

    public void record(int[] mapping, double latency, double energy) {
        record(mapping, 0, latency, energy);
    }

    /**
     * Records one evaluation of a plan in its own order, for solvers that choose the order too: when
     * it stays the fastest point, the result is this plan, not the run's decoding of its mapping. The
     * recorder keeps the plan itself: the caller must not change its arrays afterwards.
     */
    public void record(Plan plan, double latency, double energy) {
        record(plan.mapping(), latency, energy);
        keep(plan, latency, energy);
    }

    /**
     * Keeps a plan that the search's budget does not pay for (the polish's, after the search): it joins
     * the Pareto set and, when fastest, is the result, without counting as an evaluation.
     */
    public void recordOutsideBudget(Plan plan, double latency, double energy) {
        archive.offer(latency, energy, plan.mapping());
        keep(plan, latency, energy);
    }

    private void keep(Plan plan, double latency, double energy) {
        if (latency < orderedBestFigures[0] || latency == orderedBestFigures[0] && energy < orderedBestFigures[1]) {
            orderedBest = plan;
            orderedBestFigures[0] = latency;
            orderedBestFigures[1] = energy;
        }
    }

    /** Keeps a setting or fact with the result. */
    public void note(String key, Object value) {
        notes.put(key, String.valueOf(value));
    }

    private void tracePoint() {
        trace.add(new TracePoint(
                evaluations,
                System.nanoTime() - start,
                archive.fastest().latency(),
                archive.leanest().energy(),
                archive.hypervolume(reference)));
        lastTraced = evaluations;
    }

    /**
     * The result so far, after the run's finishing step (the polish) if it has one and it has not run yet;
     * throws if no mapping with a finite latency was evaluated.
     */
    public SolverResult result(String solver) {
        if (finish != null) {
            Consumer<SearchRecorder> step = finish;
            finish = null;
            step.accept(this);
        }
        if (archive.isEmpty()) {
            throw new IllegalStateException(solver + " evaluated no allowed mapping");
        }
        if (trace.isEmpty()
                || trace.getLast().evaluations() != evaluations
                || trace.getLast().bestLatency() != archive.fastest().latency()) {
            tracePoint();
        }
        ParetoPoint best = archive.fastest();
        if (seed != null) {
            note(IMPROVED_ON_SEED_NOTE, best.latency() < seedFigures[0]);
        }
        Plan plan = bestPlan();
        return new SolverResult(
                solver,
                plan,
                best.latency(),
                best.energy(),
                archive.points(),
                trace,
                evaluations,
                System.nanoTime() - start,
                reference,
                notes);
    }

    /** The fastest plan so far: one recorded with its own order, or the fastest mapping as the evaluator scored it. */
    public Plan bestPlan() {
        ParetoPoint best = archive.fastest();
        boolean bestIsOrdered = orderedBest != null
                && best.latency() == orderedBestFigures[0]
                && best.energy() == orderedBestFigures[1]
                && java.util.Arrays.equals(best.mapping(), orderedBest.mapping());
        return bestIsOrdered ? orderedBest : decodedPlan(best.mapping());
    }

    /** How many fastest mappings a polished run of a model of {@code layers} layers keeps for the polish. */
    public static int polishCandidates(int layers) {
        return Math.clamp(POLISH_LAYERS / layers, 1, POLISH_CANDIDATES);
    }

    /** CP-SAT deterministic time the run's polish may take; 0 when it is not polished ({@link SearchSettings#polishSeconds()}). */
    public double polishSeconds() {
        return polishSeconds;
    }

    /** The polish's candidates: the mappings of the fastest distinct latencies evaluated, fastest first (empty when not polished). */
    public java.util.List<int[]> fastestMappings() {
        return fastest == null ? java.util.List.of() : fastest.mappings();
    }

    /** The plan the run's evaluator scored for a mapping: the rank decoder's order made explicit, default residency. */
    private Plan decodedPlan(int[] mapping) {
        if (evaluator.policy() == OrderPolicy.TOPOLOGICAL) {
            return Plan.of(mapping);
        }
        return new Plan(mapping, evaluator.rankOrder(Plan.of(mapping)), null, true);
    }
}
