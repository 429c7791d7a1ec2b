package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.SearchRecorder;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/**
 * Evaluates OptaPlanner's solutions of one solve and reports them to the recorder, scored on the
 * {@link ScoreScale}. Energy above the solve's cap ε counts against the hard score (rounded up, so any
 * excess is infeasible). Layers the construction
 * heuristic has not assigned yet are scored on their fastest allowed accelerator, which makes its
 * greedy choice look ahead. Once the solve's share of the budget is spent, or the current round's best
 * score has not improved for the stagnation window (see {@link Restarts}), no more solutions are
 * evaluated: they get the unevaluated hard −1 and the solver is asked to stop. It keeps the solve's
 * best mapping across rounds, where the next round starts from.
 */
final class MappingScorer {
    private static final BendableLongScore UNEVALUATED = BendableLongScore.of(new long[] {-1, 0}, new long[] {0, 0});

    private final Evaluator evaluator;
    private final SearchRecorder recorder;
    private final RunShare share;
    private final double energyCap;
    private final Runnable stop;
    private final ScoreScale scale;
    private final int[] fastest;
    private final double[] latency = new double[1];
    private final double[] energy = new double[1];
    private final long stagnationWindow;
    private BendableLongScore solveBest;
    private int[] solveBestMapping;
    private BendableLongScore roundBest;
    private long roundImproved;
    private boolean stagnated;

    /**
     * {@code energyCap} = ε in joules ({@link Double#POSITIVE_INFINITY} for an uncapped solve);
     * {@code stagnationWindow} = evaluations without improvement of the round's best that end it.
     */
    MappingScorer(
            Problem problem,
            SearchRecorder recorder,
            RunShare share,
            double energyCap,
            long stagnationWindow,
            Runnable stop) {
        this.stagnationWindow = stagnationWindow;
        this.roundImproved = recorder.evaluations();
        this.evaluator = recorder.evaluator();
        this.recorder = recorder;
        this.share = share;
        this.energyCap = energyCap;
        this.stop = stop;
        scale = new ScoreScale(problem);
        fastest = new int[problem.layers()];
        for (int l = 0; l < fastest.length; l++) {
            int best = -1;
            for (int a : problem.allowedAccelerators(l)) {
                if (best < 0 || problem.computeSeconds(l, a) < problem.computeSeconds(l, best)) {
                    best = a;
                }
            }
            fastest[l] = best;
        }
    }

    Problem problem() {
        return evaluator.problem();
    }

    /** A layer's accelerator as scored: its own, or its fastest allowed one while the construction heuristic has not assigned it. */
    int acceleratorOf(LayerAssignment assignment) {
        Integer acc = assignment.getAccelerator();
        return acc == null ? fastest[assignment.getLayer()] : acc;
    }

    /** Scores {@code mapping} (one accelerator per layer, as {@link #acceleratorOf} gives them); it is not kept. */
    BendableLongScore score(int[] mapping) {
        if (stagnated || share.spent(recorder)) {
            stop.run();
            return UNEVALUATED;
        }
        evaluator.evaluate(mapping, 1, latency, energy);
        recorder.record(mapping, latency[0], energy[0]);
        BendableLongScore score = BendableLongScore.of(
                new long[] {0, -scale.energyExcess(energy[0], energyCap)},
                new long[] {-scale.latency(latency[0]), -scale.energy(energy[0])});
        if (solveBest == null || score.compareTo(solveBest) > 0) {
            solveBest = score;
            solveBestMapping = mapping.clone();
        }
        if (roundBest == null || score.compareTo(roundBest) > 0) {
            roundBest = score;
            roundImproved = recorder.evaluations();
        } else if (recorder.evaluations() - roundImproved >= stagnationWindow) {
            stagnated = true;
            stop.run();
        }
        return score;
    }

    /** Whether the round ended because its best stopped improving (not because the budget ran out). */
    boolean stagnated() {
        return stagnated && !share.spent(recorder);
    }

    /** The best score the solve has evaluated, or null before its first evaluation. */
    BendableLongScore solveBest() {
        return solveBest;
    }

    /** The best mapping the solve has evaluated (a copy), or null before its first evaluation. */
    int[] solveBestMapping() {
        return solveBestMapping == null ? null : solveBestMapping.clone();
    }

    /** Starts a round: its best and its stagnation count start afresh. */
    void startRound() {
        roundBest = null;
        roundImproved = recorder.evaluations();
        stagnated = false;
    }
}
