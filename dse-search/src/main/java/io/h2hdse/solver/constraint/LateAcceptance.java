package io.h2hdse.solver.constraint;

import io.h2hdse.solver.SearchRecorder;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The solver configuration the OptaPlanner solvers share: the given score calculator on the shared
 * evaluator, reproducible mode with the seed, termination at the solve's {@link RunShare}, and late
 * acceptance (one accepted move per step) as the local search, after whatever phases come first.
 */
final class LateAcceptance {
    /** Late acceptance compares with the score this many steps ago. */
    static final int SIZE = 400;

    /**
     * Per thread and solution class, the solver factory and the configuration it reads. Building a
     * factory builds OptaPlanner's model of the domain, generating a class per member accessor: about
     * 3 ms, 8 % of a 20,000-evaluation {@code optaplanner} solve on vgg3 (JFR). A factory reads its
     * configuration's seed and termination when it builds a solver, so each solve sets them on the
     * thread's configuration and builds its solver from the same factory. The factory is made with
     * {@code DefaultSolverFactory}'s constructor, which keeps the configuration it is given, where
     * {@code SolverFactory.create} would keep a copy (and every solve would get the first solve's seed).
     */
    private static final ThreadLocal<Map<Class<?>, Built>> FACTORIES = ThreadLocal.withInitial(HashMap::new);

    private record Built(SolverConfig config, DefaultSolverFactory<?> factory) {}

    private LateAcceptance() {}

    /**
     * A solver of the configuration {@code shape} gives (built on the thread's first solve of
     * {@code solution}: one configuration per solution class), seeded with {@code seed} and stopping at
     * the end of {@code share}.
     */
    @SuppressWarnings("unchecked") // the factory was built for the solution class it is keyed by
    static <S> Solver<S> solver(
            Class<S> solution, Supplier<SolverConfig> shape, RunShare share, SearchRecorder recorder, long seed) {
        Built built = FACTORIES.get().computeIfAbsent(solution, s -> {
            SolverConfig config = shape.get();
            return new Built(config, new DefaultSolverFactory<>(config));
        });
        TerminationConfig termination = new TerminationConfig();
        share.evaluationsFrom(recorder).ifPresent(termination::setScoreCalculationCountLimit);
        share.millisFromNow().ifPresent(termination::setMillisecondsSpentLimit);
        built.config().setRandomSeed(seed);
        built.config().setTerminationConfig(termination);
        return (Solver<S>) built.factory().buildSolver();
    }

    /** The configuration of a solver but for its seed and termination ({@link #solver} sets them). */
    @SuppressWarnings("rawtypes") // OptaPlanner's SolverConfig.withPhaseList takes a List of the raw PhaseConfig
    static SolverConfig config(
            Class<?> solution,
            Class<?> entity,
            ScoreDirectorFactoryConfig scoring,
            MoveSelectorConfig<?> moves,
            List<PhaseConfig> before) {
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
                .withPhaseList(phases);
    }
}
