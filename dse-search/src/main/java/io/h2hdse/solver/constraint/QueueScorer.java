package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.SearchRecorder;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/**
 * Evaluates {@code optaplanner-list}'s plans with the evaluator's ordered entry point (each queue is
 * its accelerator's run order; default weight residency, local activations) and reports them to the
 * recorder; see {@link QueueSolution} for the score levels. A plan that puts a layer where it may not
 * run, or whose queues deadlock, gets the hard score without being timed; it still counts as one
 * evaluation (it is one score calculation, which OptaPlanner's own termination counts too). Once the
 * solve's share of the budget is spent no more plans are scored and the solver is asked to stop.
 */
final class QueueScorer {
    private static final BendableLongScore UNEVALUATED = BendableLongScore.of(new long[] {-1, 0, 0}, new long[] {0, 0});

    private final Problem problem;
    private final Evaluator evaluator;
    private final SearchRecorder recorder;
    private final RunShare share;
    private final Runnable stop;
    private final ScoreScale scale;
    private final QueueDeadlock deadlock;
    private final int[] mapping;
    private final double[] out = new double[2];

    QueueScorer(Problem problem, SearchRecorder recorder, RunShare share, Runnable stop) {
        this.problem = problem;
        this.evaluator = new Evaluator(problem);
        this.recorder = recorder;
        this.share = share;
        this.stop = stop;
        this.scale = new ScoreScale(problem);
        this.deadlock = new QueueDeadlock(problem);
        this.mapping = new int[problem.layers()];
    }

    BendableLongScore score(List<AcceleratorQueue> queues) {
        if (share.spent(recorder)) {
            stop.run();
            return UNEVALUATED;
        }
        int[][] order = new int[problem.accelerators()][];
        int misplaced = 0;
        for (AcceleratorQueue queue : queues) {
            int a = queue.accelerator();
            List<QueuedLayer> layers = queue.layers();
            order[a] = new int[layers.size()];
            for (int i = 0; i < order[a].length; i++) {
                int l = layers.get(i).layer();
                order[a][i] = l;
                mapping[l] = a;
                if (!problem.allowed(l, a)) {
                    misplaced++;
                }
            }
        }
        int unscheduled = deadlock.unscheduled(order);
        if (misplaced > 0 || unscheduled > 0) {
            recorder.record(mapping, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
            return BendableLongScore.of(new long[] {0, -misplaced, -unscheduled}, new long[] {0, 0});
        }
        Plan plan = new Plan(mapping.clone(), order, null, true);
        evaluator.evaluate(plan, out);
        recorder.record(plan, out[0], out[1]);
        return BendableLongScore.of(new long[] {0, 0, 0}, new long[] {-scale.latency(out[0]), -scale.energy(out[1])});
    }
}
