package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code optaplanner-list}: OptaPlanner local search over plans, mapping and order together. Each
 * accelerator is a planning entity whose list variable holds its layers in run order, so one move
 * shifts a layer (or a run of layers) within an accelerator's order or to another accelerator, or
 * swaps two. Plans are scored with the evaluator's ordered entry point; a layer on an accelerator
 * that may not run it, or an order that contradicts the data edges (the queues deadlock), is a hard
 * violation (see {@link QueueSolution}). The search starts from {@link StartingPlan}'s best candidate,
 * which is evaluated and recorded first, so the answer is never slower than that start. Late
 * acceptance, reproducible with the seed under an evaluation budget.
 *
 * <p>The result's mapping is that of the best plan; its latency and energy are those of the plan's
 * own order, which the mapping alone (evaluated in topological order) need not reproduce.
 */
public final class OptaPlannerListSolver implements Solver {
    public static final String NAME = "optaplanner-list";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings settings) {
        long start = System.nanoTime();
        SearchRecorder recorder = new SearchRecorder(problem, budget, settings);
        recorder.note("late-acceptance-size", LateAcceptance.SIZE);
        List<StartingPlan.Judged> judged = StartingPlan.judge(problem, StartingPlan.candidates(problem, settings));
        for (StartingPlan.Judged j : judged) {
            recorder.record(new Plan(j.candidate().plan().mapping(), j.order(), null, true), j.latency(), j.energy());
            recorder.note(
                    "start-candidate-" + j.candidate().source() + "-latency-s",
                    String.format(Locale.ROOT, "%.9g", j.latency()));
        }
        StartingPlan.Judged best = StartingPlan.best(judged);
        recorder.note("start", best.candidate().source());
        if (!recorder.exhausted()) {
            RunShare share = RunShare.of(budget, start, recorder, 1);
            AtomicReference<org.optaplanner.core.api.solver.Solver<QueueSolution>> solver = new AtomicReference<>();
            QueueScorer scorer =
                    new QueueScorer(problem, recorder, share, () -> solver.get().terminateEarly());
            solver.set(SolverFactory.<QueueSolution>create(LateAcceptance.config(
                            QueueSolution.class,
                            AcceleratorQueue.class,
                            new ScoreDirectorFactoryConfig().withEasyScoreCalculatorClass(QueueScoreCalculator.class),
                            share,
                            recorder,
                            seed,
                            moveSelector(),
                            List.of()))
                    .buildSolver());
            solver.get().solve(startSolution(problem, best, scorer));
        }
        return recorder.result(NAME);
    }

    private static QueueSolution startSolution(Problem problem, StartingPlan.Judged start, QueueScorer scorer) {
        List<QueuedLayer> layers = new ArrayList<>();
        for (int l = 0; l < problem.layers(); l++) {
            layers.add(new QueuedLayer(l));
        }
        List<AcceleratorQueue> queues = new ArrayList<>();
        for (int a = 0; a < problem.accelerators(); a++) {
            List<QueuedLayer> queue = new ArrayList<>();
            for (int l : start.order()[a]) {
                queue.add(layers.get(l));
            }
            queues.add(new AcceleratorQueue(a, queue));
        }
        return new QueueSolution(queues, layers, scorer);
    }

    /** A layer moves or two swap; runs of consecutive layers (a branch's stretch) move or swap together. */
    private static UnionMoveSelectorConfig moveSelector() {
        return new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new ListChangeMoveSelectorConfig(),
                        new ListSwapMoveSelectorConfig(),
                        new SubListChangeMoveSelectorConfig(),
                        new SubListSwapMoveSelectorConfig());
    }
}
