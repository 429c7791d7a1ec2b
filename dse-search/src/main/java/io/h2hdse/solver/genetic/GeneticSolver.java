package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ReferencePoint;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Genetic search: one gene per layer (its accelerator id), the population as rows of an {@code int[]}
 * ({@link Population}), genes kept on allowed accelerators by {@link RepairToAllowed}, uniform and
 * multi-point crossover, per-gene mutation, accelerator swaps, the new individuals of a generation
 * evaluated in one batch call with repeated mappings recalled ({@link BatchFitness}). Single-objective
 * runs keep the best individual (elitism, {@link EliteTournament}); {@link Objective.Pareto} selects
 * NSGA-II-style, by non-dominated rank then crowding ({@link CrowdedTournament}). The loop is
 * Jenetics' engine and operators rewritten on arrays, each operator with Jenetics' distribution but
 * drawn with fewer random numbers (coins from the bits of 64-bit draws, several bounded values per
 * draw), from one seeded generator: a seed and an evaluation budget give the same result on every run.
 * It runs on the calling thread.
 */
public final class GeneticSolver implements Solver {
    private final String name;
    private final Objective objective;
    private final GeneticSettings settings;

    public GeneticSolver(String name, Objective objective, GeneticSettings settings) {
        this.name = name;
        this.objective = objective;
        this.settings = settings;
    }

    /** {@code ga}: latency, then energy. */
    public static GeneticSolver singleObjective() {
        return new GeneticSolver("ga", new Objective.Latency(), GeneticSettings.defaults());
    }

    /** {@code nsga2}: the latency–energy Pareto front. */
    public static GeneticSolver nsga2() {
        return new GeneticSolver("nsga2", new Objective.Pareto(), GeneticSettings.defaults());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings search) {
        SearchRecorder recorder = new SearchRecorder(problem, budget, search);
        recorder.note("objective", objective);
        recorder.note("population", settings.populationSize());
        recorder.note(
                "crossover",
                "uniform " + settings.uniformCrossover() + ", " + settings.crossoverPoints() + "-point "
                        + settings.multiPointCrossover());
        recorder.note("mutation", settings.mutation());
        recorder.note("accelerator-swap", settings.acceleratorSwap());
        recorder.note("initial-mappings", settings.initialMappings().size());
        boolean pareto = objective instanceof Objective.Pareto;
        Fitness fitness = switch (objective) {
            case Objective.Latency latency -> Fitness.latencyThenEnergy();
            case Objective.Pareto front -> Fitness.latencyThenEnergy();
            case Objective.Weighted weighted -> {
                ReferencePoint scale = ReferencePoint.worstCase(problem);
                yield Fitness.weighted(weighted.latencyWeight(), scale.latency(), scale.energy());
            }
        };
        BatchFitness batch = new BatchFitness(recorder.evaluator(), recorder, fitness);
        Evolution evolution = new Evolution(
                settings.populationSize(),
                problem.layers(),
                new RepairToAllowed(problem),
                pareto ? new CrowdedTournament() : new EliteTournament(),
                variations(problem),
                batch);
        RandomGenerator random = new FastBoundedRandom(
                RandomGeneratorFactory.of("L64X256MixRandom").create(seed));
        evolution.start(initialMappings(problem, recorder.seedMapping()), random);
        do {
            evolution.step(random);
        } while (!recorder.exhausted() && !batch.stalled());
        recorder.note("stalled", batch.stalled());
        recorder.note("generations", batch.generations());
        recorder.note("new-individuals", batch.newIndividuals());
        recorder.note("repeated-individuals", batch.repeatedIndividuals());
        return recorder.result(name);
    }

    private List<Variation> variations(Problem problem) {
        List<Variation> variations = new ArrayList<>();
        variations.add(new UniformGeneCrossover(settings.uniformCrossover()));
        if (problem.layers() > settings.crossoverPoints()) {
            variations.add(new MultiPointGeneCrossover(settings.multiPointCrossover(), settings.crossoverPoints()));
        }
        variations.add(new GeneRedraw(settings.mutation(), problem.accelerators()));
        variations.add(new AcceleratorSwap(problem, settings.acceleratorSwap()));
        return variations;
    }

    /** The settings' initial mappings and the seed plan's mapping (null: none), which the rank decoder then scores too. */
    private List<int[]> initialMappings(Problem problem, int[] seedMapping) {
        List<int[]> mappings = new ArrayList<>(settings.initialMappings());
        if (seedMapping != null) {
            mappings.add(seedMapping);
        }
        for (int[] mapping : mappings) {
            if (mapping.length != problem.layers()) {
                throw new IllegalArgumentException(
                        "an initial mapping has " + mapping.length + " layers, the problem " + problem.layers());
            }
            for (int l = 0; l < mapping.length; l++) {
                if (mapping[l] < 0 || mapping[l] >= problem.accelerators() || !problem.allowed(l, mapping[l])) {
                    throw new IllegalArgumentException(
                            "an initial mapping puts layer " + l + " on disallowed accelerator " + mapping[l]);
                }
            }
        }
        return mappings;
    }
}
