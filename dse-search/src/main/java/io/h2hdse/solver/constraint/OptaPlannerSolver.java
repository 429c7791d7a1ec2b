package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * OptaPlanner local search: layers are planning entities, each with its allowed accelerators as value
 * range; a construction heuristic assigns them one by one, then late acceptance over change, swap
 * and pillar moves improves latency, then energy. Every solution is scored in full by the shared
 * evaluator (an easy score calculator: swap and pillar moves change several layers at once, which the
 * single-layer {@link io.h2hdse.eval.MoveEvaluator} does not cover). Reproducible mode with the seed,
 * so an evaluation budget gives one result.
 */
public final class OptaPlannerSolver implements Solver {
    /** Late acceptance compares with the score this many steps ago. */
    private static final int LATE_ACCEPTANCE_SIZE = 400;

    @Override
    public String name() {
        return "optaplanner";
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed) {
        SearchRecorder recorder = new SearchRecorder(problem, budget);
        recorder.note("late-acceptance-size", LATE_ACCEPTANCE_SIZE);
        AtomicReference<org.optaplanner.core.api.solver.Solver<MappingSolution>> solver = new AtomicReference<>();
        MappingScorer scorer = new MappingScorer(problem, recorder, () -> solver.get().terminateEarly());
        List<LayerAssignment> layers = IntStream.range(0, problem.layers())
                .mapToObj(l -> new LayerAssignment(l, Arrays.stream(problem.allowedAccelerators(l)).boxed().toList()))
                .toList();
        solver.set(SolverFactory.<MappingSolution>create(config(budget, seed)).buildSolver());
        solver.get().solve(new MappingSolution(layers, scorer));
        return recorder.result(name());
    }

    private static SolverConfig config(Budget budget, long seed) {
        TerminationConfig termination = new TerminationConfig();
        if (budget.limitsEvaluations()) {
            termination.setScoreCalculationCountLimit(budget.maxEvaluations());
        }
        budget.wallTime().map(Duration::toMillis).ifPresent(termination::setMillisecondsSpentLimit);
        return new SolverConfig()
                .withSolutionClass(MappingSolution.class)
                .withEntityClasses(LayerAssignment.class)
                .withEasyScoreCalculatorClass(MappingScoreCalculator.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withMoveSelectorConfig(moveSelector())
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    /**
     * Single layers change or swap accelerators; pillars (layers sharing an accelerator) move or trade
     * places together, which is how a mapping escapes when two branches must exchange accelerators:
     * without pillar moves late acceptance got stuck on about one instance in ten of the quality suite.
     */
    private static UnionMoveSelectorConfig moveSelector() {
        return new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig(),
                new PillarChangeMoveSelectorConfig(),
                new PillarSwapMoveSelectorConfig());
    }
}
