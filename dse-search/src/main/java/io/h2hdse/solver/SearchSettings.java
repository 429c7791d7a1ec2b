package io.h2hdse.solver;

import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;

import java.util.function.Consumer;

/**
 * Settings every search solver takes besides budget and seed.
 *
 * @param order how the evaluator orders each accelerator's layers for the mappings the solver tries
 *              ({@link OrderPolicy#RANK} by default: the rank decoder)
 * @param seed  a plan to start from (mapping, order, residency; e.g. H2H's), or null. It is evaluated
 *              in its own order and counts as a candidate, so the answer is never slower than it;
 *              its mapping also joins the solver's start (initial population, starting solution).
 * @param threads threads the solver may use (CP-SAT's workers; the other solvers run on one)
 * @param polishSeconds CP-SAT deterministic time the polish after a mapping search may take (the fastest
 *              mappings re-ordered and their residency re-chosen, {@code io.h2hdse.solver.cpsat.Polish});
 *              0 = no polish, as in {@link #defaults()}: sweeps and {@code dse solve} pass their {@code polish_s}
 *              ({@link #DEFAULT_POLISH_SECONDS} unless set). {@code cpsat}, {@code enumerate} and H2H ignore it.
 * @param finish what ends the run before its result is taken ({@link SearchRecorder#result}), or null: the
 *              polish, which {@link SolverRegistry#standard()} sets for the mapping searches it makes (it lives
 *              in {@code cpsat}, which the recorder must not know)
 */
public record SearchSettings(
        OrderPolicy order, Plan seed, int threads, double polishSeconds, Consumer<SearchRecorder> finish) {
    /** {@code polish_s} of sweeps and {@code dse solve} by default (chosen by {@code PolishTuning}). */
    public static final double DEFAULT_POLISH_SECONDS = 0.25;

    public SearchSettings {
        if (order == null) {
            throw new IllegalArgumentException("search settings need an order policy");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a solver needs at least one thread, got " + threads);
        }
        if (!(polishSeconds >= 0) || Double.isInfinite(polishSeconds)) {
            throw new IllegalArgumentException("the polish time must be finite and at least 0 s, got " + polishSeconds);
        }
    }

    /** Nothing run at the end besides the search (the polish is the registry's, {@link SolverRegistry#standard()}). */
    public SearchSettings(OrderPolicy order, Plan seed, int threads, double polishSeconds) {
        this(order, seed, threads, polishSeconds, null);
    }

    /** One thread, no polish. */
    public SearchSettings(OrderPolicy order, Plan seed) {
        this(order, seed, 1, 0);
    }

    /** The rank decoder, no seed, no polish: the search alone. */
    public static SearchSettings defaults() {
        return new SearchSettings(OrderPolicy.RANK, null);
    }

    public SearchSettings withSeed(Plan plan) {
        return new SearchSettings(order, plan, threads, polishSeconds, finish);
    }

    /** These settings with another polish time (0: none). */
    public SearchSettings withPolish(double seconds) {
        return new SearchSettings(order, seed, threads, seconds, finish);
    }

    /** These settings with another step at the run's end (null: none). */
    public SearchSettings withFinish(Consumer<SearchRecorder> step) {
        return new SearchSettings(order, seed, threads, polishSeconds, step);
    }
}
