package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ParetoPoint;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * OptaPlanner local search: layers are planning entities, each with its allowed accelerators as value
 * range; a construction heuristic assigns them one by one, then late acceptance over change, swap
 * and pillar moves improves latency, then energy. Every solution is scored in full by the shared
 * evaluator (under the rank decoder one layer's move can reorder every accelerator, so there is no
 * cheaper delta to take; {@link MappingScoreCalculator} only keeps the mapping current as moves
 * change it). Reproducible mode with the seed,
 * so an evaluation budget gives one result.
 *
 * <p>With {@code epsilonPoints} K &gt; 0 the latency solve gets half the budget and K ε-constraint
 * solves follow, one after another, splitting what is left evenly: each minimises latency subject to
 * energy ≤ ε_k (the excess as hard score, see {@link MappingSolution}), with the caps of
 * {@link EpsilonLevels} between the energies of the fastest and the leanest mapping the latency solve
 * found. Each starts from the fastest mapping found so far that keeps within its cap. With a seed
 * plan the latency solve starts from its mapping instead of the construction heuristic. Together they
 * fill in the Pareto set between the two ends, non-convex parts included.
 *
 * <p>Every solve restarts when it stagnates ({@link Restarts}): late acceptance starts again from the
 * solve's best mapping, perturbed, until the solve's share of the budget is spent.
 */
public final class OptaPlannerSolver implements Solver {
    /** ε-constraint solves of {@link #epsilonConstraint()}. */
    public static final int DEFAULT_EPSILON_POINTS = 4;
    /** Share of the budget of the latency solve when ε-constraint solves follow. */
    private static final double LATENCY_SHARE = 0.5;

    private final String name;
    private final int epsilonPoints;
    private final Restarts restarts;

    /** {@code optaplanner}: the latency solve alone. */
    public OptaPlannerSolver() {
        this("optaplanner", 0);
    }

    public OptaPlannerSolver(String name, int epsilonPoints) {
        this(name, epsilonPoints, Restarts.DEFAULT);
    }

    public OptaPlannerSolver(String name, int epsilonPoints, Restarts restarts) {
        if (epsilonPoints < 0) {
            throw new IllegalArgumentException("epsilon points must be at least 0, got " + epsilonPoints);
        }
        this.name = name;
        this.epsilonPoints = epsilonPoints;
        this.restarts = restarts;
    }

    /** {@code optaplanner-eps}: the latency solve, then {@link #DEFAULT_EPSILON_POINTS} ε-constraint solves. */
    public static OptaPlannerSolver epsilonConstraint() {
        return new OptaPlannerSolver("optaplanner-eps", DEFAULT_EPSILON_POINTS);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings search) {
        long start = System.nanoTime();
        SearchRecorder recorder = new SearchRecorder(problem, budget, search);
        recorder.note("late-acceptance-size", LateAcceptance.SIZE);
        recorder.note("restart-stagnation-share", restarts.stagnationShare());
        recorder.note("restart-min-stagnation-evaluations", restarts.minStagnationEvaluations());
        recorder.note("restart-perturbed-share", restarts.perturbedShare());
        double latencyShare = epsilonPoints == 0 ? 1 : LATENCY_SHARE;
        RestartCount restartCount = solveOnce(
                problem,
                recorder,
                RunShare.of(budget, start, recorder, latencyShare),
                Double.POSITIVE_INFINITY,
                recorder.seedMapping(),
                seed);
        if (epsilonPoints > 0) {
            List<ParetoPoint> found = recorder.pareto();
            double[] caps = EpsilonLevels.between(
                    found.getFirst().energy(), found.getLast().energy(), epsilonPoints);
            recorder.note(
                    "epsilon-caps-j",
                    Arrays.stream(caps)
                            .mapToObj(c -> String.format(Locale.ROOT, "%.6g", c))
                            .toList());
            for (int k = 0; k < caps.length && !recorder.exhausted(); k++) {
                RunShare share = RunShare.of(budget, start, recorder, 1.0 / (caps.length - k));
                restartCount = restartCount.plus(solveOnce(
                        problem, recorder, share, caps[k], fastestWithin(recorder.pareto(), caps[k]), seed + k + 1));
            }
        }
        recorder.note("restarts", restartCount.restarts());
        recorder.note("restarts-that-improved", restartCount.improving());
        return recorder.result(name);
    }

    /**
     * One solve within {@code share}, minimising latency under the energy cap, from {@code startMapping}
     * (null: from the construction heuristic): OptaPlanner rounds, each after the first from the solve's
     * best mapping perturbed, until the share is spent.
     */
    private RestartCount solveOnce(
            Problem problem, SearchRecorder recorder, RunShare share, double energyCap, int[] startMapping, long seed) {
        AtomicReference<org.optaplanner.core.api.solver.Solver<MappingSolution>> solver = new AtomicReference<>();
        MappingScorer scorer = new MappingScorer(
                problem,
                recorder,
                share,
                energyCap,
                restarts.window(share, recorder),
                () -> solver.get().terminateEarly());
        SplittableRandom perturbation = new SplittableRandom(seed);
        int[] start = startMapping;
        int restartCount = 0;
        int improving = 0;
        while (true) {
            BendableLongScore bestBefore = scorer.solveBest();
            solveRound(problem, recorder, share, scorer, solver, start, seed);
            if (restartCount > 0 && scorer.solveBest().compareTo(bestBefore) > 0) {
                improving++;
            }
            if (!scorer.stagnated()) {
                return new RestartCount(restartCount, improving);
            }
            start = restarts.perturb(problem, scorer.solveBestMapping(), perturbation);
            scorer.startRound();
            restartCount++;
        }
    }

    /** Restarts of a run, and how many of them found a better mapping than the solve had before. */
    private record RestartCount(int restarts, int improving) {
        RestartCount plus(RestartCount other) {
            return new RestartCount(restarts + other.restarts, improving + other.improving);
        }
    }

    /** One OptaPlanner solve from {@code startMapping} (null: from the construction heuristic). */
    private static void solveRound(
            Problem problem,
            SearchRecorder recorder,
            RunShare share,
            MappingScorer scorer,
            AtomicReference<org.optaplanner.core.api.solver.Solver<MappingSolution>> solver,
            int[] startMapping,
            long seed) {
        List<LayerAssignment> layers = IntStream.range(0, problem.layers())
                .mapToObj(l -> new LayerAssignment(
                        l,
                        Arrays.stream(problem.allowedAccelerators(l)).boxed().toList(),
                        startMapping == null ? null : startMapping[l]))
                .toList();
        solver.set(SolverFactory.<MappingSolution>create(LateAcceptance.config(
                        MappingSolution.class,
                        LayerAssignment.class,
                        new ScoreDirectorFactoryConfig()
                                .withIncrementalScoreCalculatorClass(MappingScoreCalculator.class),
                        share,
                        recorder,
                        seed,
                        moveSelector(),
                        List.of(new ConstructionHeuristicPhaseConfig())))
                .buildSolver());
        solver.get().solve(new MappingSolution(layers, scorer));
    }

    /** The mapping of the fastest point within the cap; there is one, as no cap is below the least energy found. */
    private static int[] fastestWithin(List<ParetoPoint> pareto, double energyCap) {
        return pareto.stream()
                .filter(p -> p.energy() <= energyCap)
                .findFirst()
                .orElseThrow()
                .mapping();
    }

    /**
     * Single layers change or swap accelerators; pillars (layers sharing an accelerator) move or trade
     * places together, which is how a mapping escapes when two branches must exchange accelerators:
     * without pillar moves late acceptance got stuck on about one instance in ten of the quality suite.
     */
    private static UnionMoveSelectorConfig moveSelector() {
        return new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new ChangeMoveSelectorConfig(),
                        new SwapMoveSelectorConfig(),
                        new PillarChangeMoveSelectorConfig(),
                        new PillarSwapMoveSelectorConfig());
    }
}
