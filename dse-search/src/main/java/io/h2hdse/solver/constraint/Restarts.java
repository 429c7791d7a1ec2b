package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.SearchRecorder;

import java.util.SplittableRandom;

/**
 * When and how an {@code optaplanner} solve restarts: once the best score of its current round has not
 * improved for {@code stagnationShare} of the solve's evaluations, and for at least
 * {@code minStagnationEvaluations}, late acceptance stops and starts again from the best mapping the
 * solve has found, with {@code perturbedShare} of its layers moved to another allowed accelerator at
 * random (from the solve's seed, so an evaluation budget still gives one answer). Late acceptance alone
 * converges long before a large budget is spent (at 1,000,000 evaluations it returned exactly its
 * 100,000-evaluation answer on 11 of the 24 jobs of search-vs-h2h), but stretches of a few thousand
 * evaluations without a better mapping are normal while it still progresses: restarting after 2 to
 * 20 % of a 100,000-evaluation budget made it slower on 5 to 12 of 12 problems and faster on none
 * (problems disjoint from search-vs-h2h's), hence the minimum window.
 *
 * @param stagnationShare          share of the solve's evaluation budget without improvement that ends a
 *                                 round ({@link Double#POSITIVE_INFINITY}: never restart)
 * @param minStagnationEvaluations the shortest such stretch that ends a round, also the window of a
 *                                 solve under a wall-time budget alone
 * @param perturbedShare           share of the layers reassigned when a round restarts (at least one layer)
 */
public record Restarts(double stagnationShare, long minStagnationEvaluations, double perturbedShare) {
    /** The defaults of {@code optaplanner} and {@code optaplanner-eps}: no restart within 100,000 evaluations. */
    public static final Restarts DEFAULT = new Restarts(0.25, 100_000, 0.1);
    /** Late acceptance runs until the budget is spent, however long it stagnates. */
    public static final Restarts NEVER = new Restarts(Double.POSITIVE_INFINITY, 1, 0.1);

    public Restarts {
        if (!(stagnationShare > 0)) {
            throw new IllegalArgumentException("stagnation share must be positive, got " + stagnationShare);
        }
        if (minStagnationEvaluations < 1) {
            throw new IllegalArgumentException(
                    "minimum stagnation evaluations must be at least 1, got " + minStagnationEvaluations);
        }
        if (!(perturbedShare > 0 && perturbedShare <= 1)) {
            throw new IllegalArgumentException("perturbed share must be in (0, 1], got " + perturbedShare);
        }
    }

    /** Evaluations without improvement that end a round of a solve that may spend {@code share}. */
    long window(RunShare share, SearchRecorder recorder) {
        if (stagnationShare == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        return Math.max(
                minStagnationEvaluations,
                share.evaluationsFrom(recorder).isPresent()
                        ? (long) Math.ceil(stagnationShare
                                * share.evaluationsFrom(recorder).getAsLong())
                        : 0);
    }

    /**
     * {@code best} with {@code perturbedShare} of its movable layers (those with more than one allowed
     * accelerator, at least one) each moved to another allowed accelerator drawn from {@code random}.
     */
    int[] perturb(Problem problem, int[] best, SplittableRandom random) {
        int[] movable = java.util.stream.IntStream.range(0, problem.layers())
                .filter(l -> problem.allowedAccelerators(l).length > 1)
                .toArray();
        int[] mapping = best.clone();
        int count = Math.min(movable.length, Math.max(1, (int) Math.round(perturbedShare * problem.layers())));
        for (int i = 0; i < count; i++) {
            int pick = i + random.nextInt(movable.length - i);
            int layer = movable[pick];
            movable[pick] = movable[i];
            movable[i] = layer;
            int[] allowed = problem.allowedAccelerators(layer);
            int other = allowed[random.nextInt(allowed.length - 1)];
            mapping[layer] = other == best[layer] ? allowed[allowed.length - 1] : other;
        }
        return mapping;
    }
}
