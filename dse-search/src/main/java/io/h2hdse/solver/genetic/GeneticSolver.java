package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ReferencePoint;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;
import io.jenetics.Alterer;
import io.jenetics.EliteSelector;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Selector;
import io.jenetics.engine.Engine;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.Factory;
import io.jenetics.util.RandomRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGeneratorFactory;

/**
 * Genetic search with Jenetics: one integer gene per layer (allele = accelerator id), genes kept on
 * allowed accelerators by {@link RepairToAllowed}, uniform and multi-point crossover, per-gene
 * mutation, the population evaluated in one batch per generation. Single-objective runs keep the best
 * individual (elitism); {@link Objective.Pareto} selects NSGA-II-style (non-dominated rank, then
 * crowding) with {@link UFTournamentSelector}. Evolution runs on the calling thread under a seeded
 * random generator, so one seed and an evaluation budget give one result.
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
        switch (objective) {
            case Objective.Latency latency ->
                this.<Lexicographic>evolve(problem, recorder, seed, Lexicographic::new, elite());
            case Objective.Weighted weighted -> {
                ReferencePoint scale = ReferencePoint.worstCase(problem);
                double w = weighted.latencyWeight();
                this.<Lexicographic>evolve(
                        problem,
                        recorder,
                        seed,
                        (l, e) -> new Lexicographic(w * l / scale.latency() + (1 - w) * e / scale.energy(), l),
                        elite());
            }
            case Objective.Pareto pareto ->
                this.<Vec<double[]>>evolve(
                        problem, recorder, seed, (l, e) -> Vec.of(l, e), UFTournamentSelector.ofVec());
        }
        return recorder.result(name);
    }

    /** Jenetics' {@code EliteSelector(1)}: the best kept, the others by 3-individual tournaments. */
    private static EliteSelector<IntegerGene, Lexicographic> elite() {
        return new EliteSelector<IntegerGene, Lexicographic>(1, new LoopTournament<>(3));
    }

    private <C extends Comparable<? super C>> void evolve(
            Problem problem,
            SearchRecorder recorder,
            long seed,
            FitnessOf<C> fitness,
            Selector<IntegerGene, C> selector) {
        AcceleratorGenes genes = new AcceleratorGenes(problem.accelerators(), problem.layers());
        RepairToAllowed<C> repair = new RepairToAllowed<>(problem, genes);
        Factory<Genotype<IntegerGene>> random = Genotype.of(IntegerChromosome.of(genes.alleles(), problem.layers()));
        BatchFitness<C> batch = new BatchFitness<>(recorder.evaluator(), recorder, fitness);
        Engine<IntegerGene, C> engine = new Engine.Builder<>(batch, repair.constrain(random))
                .minimizing()
                .populationSize(settings.populationSize())
                .selector(selector)
                .alterers(new UniformGeneCrossover<>(settings.uniformCrossover(), genes), alterers(problem, genes))
                .constraint(repair)
                .executor(Runnable::run)
                .build();
        List<Genotype<IntegerGene>> initial = initialGenotypes(problem, genes, recorder.seedMapping());
        RandomRegistry.with(
                RandomGeneratorFactory.of("L64X256MixRandom").create(seed),
                r -> engine.stream(initial)
                        .limit(generation -> !recorder.exhausted() && !batch.stalled())
                        .count());
        recorder.note("stalled", batch.stalled());
        recorder.note("generations", batch.generations());
        recorder.note("new-individuals", batch.newIndividuals());
        recorder.note("repeated-individuals", batch.repeatedIndividuals());
    }

    @SuppressWarnings("unchecked")
    private <C extends Comparable<? super C>> Alterer<IntegerGene, C>[] alterers(
            Problem problem, AcceleratorGenes genes) {
        List<Alterer<IntegerGene, C>> more = new ArrayList<>();
        if (problem.layers() > settings.crossoverPoints()) {
            more.add(new MultiPointGeneCrossover<>(settings.multiPointCrossover(), settings.crossoverPoints(), genes));
        }
        more.add(new GeneRedraw<>(settings.mutation(), genes));
        more.add(new AcceleratorSwap<>(problem, genes, settings.acceleratorSwap()));
        return more.toArray(Alterer[]::new);
    }

    /** The settings' initial mappings and the seed plan's mapping (null: none), which the rank decoder then scores too. */
    private List<Genotype<IntegerGene>> initialGenotypes(Problem problem, AcceleratorGenes genes, int[] seedMapping) {
        List<Genotype<IntegerGene>> genotypes = new ArrayList<>();
        List<int[]> mappings = new ArrayList<>(settings.initialMappings());
        if (seedMapping != null) {
            mappings.add(seedMapping);
        }
        for (int[] mapping : mappings) {
            if (mapping.length != problem.layers()) {
                throw new IllegalArgumentException(
                        "an initial mapping has " + mapping.length + " layers, the problem " + problem.layers());
            }
            IntegerGene[] chromosome = new IntegerGene[mapping.length];
            for (int l = 0; l < mapping.length; l++) {
                if (mapping[l] < 0 || mapping[l] >= problem.accelerators() || !problem.allowed(l, mapping[l])) {
                    throw new IllegalArgumentException(
                            "an initial mapping puts layer " + l + " on disallowed accelerator " + mapping[l]);
                }
                chromosome[l] = genes.gene(mapping[l]);
            }
            genotypes.add(genes.genotype(chromosome));
        }
        return genotypes;
    }
}
