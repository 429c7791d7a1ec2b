package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.ReferencePoint;
import io.h2hdse.solver.SearchRecorder;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/**
 * Evaluates OptaPlanner's solutions of one solve and reports them to the recorder. Latency and
 * energy become longs relative to the problem's {@link ReferencePoint} (resolution 1e-15 of it), so
 * the score keeps full double precision whatever the units' magnitudes. Energy above the solve's cap
 * ε counts against the hard score (rounded up, so any excess is infeasible). Layers the construction
 * heuristic has not assigned yet are scored on their fastest allowed accelerator, which makes its
 * greedy choice look ahead. Once the solve's share of the budget is spent no more solutions are
 * evaluated: they get the unevaluated hard −1 and the solver is asked to stop.
 */
final class MappingScorer {
    private static final double SCALE = 1e15;
    private static final BendableLongScore UNEVALUATED = BendableLongScore.of(new long[]{-1, 0}, new long[]{0, 0});

    private final Evaluator evaluator;
    private final SearchRecorder recorder;
    private final RunShare share;
    private final double energyCap;
    private final Runnable stop;
    private final double latencyUnit;
    private final double energyUnit;
    private final int[] fastest;
    private final int[] mapping;
    private final double[] latency = new double[1];
    private final double[] energy = new double[1];

    /** {@code energyCap} = ε in joules; {@link Double#POSITIVE_INFINITY} for an uncapped solve. */
    MappingScorer(Problem problem, SearchRecorder recorder, RunShare share, double energyCap, Runnable stop) {
        this.evaluator = recorder.evaluator();
        this.recorder = recorder;
        this.share = share;
        this.energyCap = energyCap;
        this.stop = stop;
        ReferencePoint reference = ReferencePoint.worstCase(problem);
        latencyUnit = reference.latency() / SCALE;
        energyUnit = reference.energy() / SCALE;
        mapping = new int[problem.layers()];
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

    BendableLongScore score(List<LayerAssignment> layers) {
        if (share.spent(recorder)) {
            stop.run();
            return UNEVALUATED;
        }
        for (LayerAssignment assignment : layers) {
            Integer acc = assignment.accelerator();
            mapping[assignment.layer()] = acc == null ? fastest[assignment.layer()] : acc;
        }
        evaluator.evaluate(mapping, 1, latency, energy);
        recorder.record(mapping, latency[0], energy[0]);
        long excess = energy[0] > energyCap ? (long) Math.ceil((energy[0] - energyCap) / energyUnit) : 0;
        return BendableLongScore.of(new long[]{0, -excess},
                new long[]{-Math.round(latency[0] / latencyUnit), -Math.round(energy[0] / energyUnit)});
    }
}
