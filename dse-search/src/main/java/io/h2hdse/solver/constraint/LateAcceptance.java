package io.h2hdse.solver.constraint;

import io.h2hdse.solver.SearchRecorder;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The solver configuration the OptaPlanner solvers share: the given score calculator on the shared
 * evaluator, reproducible mode with the seed, termination at the solve's {@link RunShare}, and late
 * acceptance (one accepted move per step) as the local search, after whatever phases come first.
 */
final class LateAcceptance {
    /** Late acceptance compares with the score this many steps ago. */
    static final int SIZE = 400;

    private LateAcceptance() {}

    @SuppressWarnings("rawtypes") // OptaPlanner's SolverConfig.withPhaseList takes a List of the raw PhaseConfig
    static SolverConfig config(
            Class<?> solution,
            Class<?> entity,
            ScoreDirectorFactoryConfig scoring,
            RunShare share,
            SearchRecorder recorder,
            long seed,
            MoveSelectorConfig<?> moves,
            List<PhaseConfig> before) {
        TerminationConfig termination = new TerminationConfig();
        share.evaluationsFrom(recorder).ifPresent(termination::setScoreCalculationCountLimit);
        share.millisFromNow().ifPresent(termination::setMillisecondsSpentLimit);
        List<PhaseConfig> phases = new ArrayList<>(before);
        phases.add(new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(SIZE))
                .withMoveSelectorConfig(moves)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        return new SolverConfig()
                .withSolutionClass(solution)
                .withEntityClasses(entity)
                .withScoreDirectorFactory(scoring)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(termination)
                .withPhaseList(phases);
    }
}
