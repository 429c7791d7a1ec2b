package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.ReferencePoint;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverResult;
import io.jenetics.AbstractAlterer;
import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.EliteSelector;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.MultiPointCrossover;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.Selector;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Constraint;
import io.jenetics.engine.Engine;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.IntRange;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The genetic search as Jenetics' own engine runs it with Jenetics' own operators ({@code Mutator},
 * {@code UniformCrossover}, {@code MultiPointCrossover}, {@code EliteSelector} over a
 * {@code TournamentSelector}, {@code UFTournamentSelector}), plus the two steps Jenetics has no stock
 * operator for (repair to allowed accelerators, accelerator swap) and the evaluation that recalls
 * repeated mappings. {@link GeneticSolver} draws fewer numbers for the same operators, so its runs
 * differ; this is the reference its quality is tested against ({@link AsGoodAsJeneticsTest}). Budgets
 * here stay far below the solver's memory of 200 000 mappings, so the oracle's memory never forgets.
 */
final class JeneticsOracle {
    private JeneticsOracle() {}

    static SolverResult solve(
            Problem problem,
            Objective objective,
            GeneticSettings settings,
            Budget budget,
            long seed,
            SearchSettings search) {
        SearchRecorder recorder = new SearchRecorder(problem, budget, search);
        switch (objective) {
            case Objective.Latency latency ->
                run(problem, settings, recorder, seed, Pair::new, JeneticsOracle.<Pair>elite());
            case Objective.Weighted weighted -> {
                ReferencePoint scale = ReferencePoint.worstCase(problem);
                double w = weighted.latencyWeight();
                run(
                        problem,
                        settings,
                        recorder,
                        seed,
                        (l, e) -> new Pair(w * l / scale.latency() + (1 - w) * e / scale.energy(), l),
                        JeneticsOracle.<Pair>elite());
            }
            case Objective.Pareto pareto ->
                run(problem, settings, recorder, seed, (l, e) -> Vec.of(l, e), UFTournamentSelector.ofVec());
        }
        return recorder.result("oracle");
    }

    private static <C extends Comparable<? super C>> Selector<IntegerGene, C> elite() {
        return new EliteSelector<IntegerGene, C>(1, new TournamentSelector<IntegerGene, C>(3));
    }

    record Pair(double first, double second) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int byFirst = Double.compare(first, other.first);
            return byFirst != 0 ? byFirst : Double.compare(second, other.second);
        }
    }

    private static <C extends Comparable<? super C>> void run(
            Problem problem,
            GeneticSettings settings,
            SearchRecorder recorder,
            long seed,
            BiFunction<Double, Double, C> fitness,
            Selector<IntegerGene, C> selector) {
        IntRange alleles = new IntRange(0, problem.accelerators());
        Repair<C> repair = new Repair<>(problem);
        Recall<C> recall = new Recall<>(recorder, fitness);
        List<Alterer<IntegerGene, C>> alterers = new ArrayList<>();
        if (problem.layers() > settings.crossoverPoints()) {
            alterers.add(new MultiPointCrossover<>(settings.multiPointCrossover(), settings.crossoverPoints()));
        }
        alterers.add(new Mutator<>(settings.mutation()));
        alterers.add(new Swap<>(problem, settings.acceleratorSwap()));
        @SuppressWarnings("unchecked")
        Alterer<IntegerGene, C>[] rest = alterers.toArray(Alterer[]::new);
        Engine<IntegerGene, C> engine = new Engine.Builder<>(
                        recall, repair.constrain(Genotype.of(IntegerChromosome.of(alleles, problem.layers()))))
                .minimizing()
                .populationSize(settings.populationSize())
                .selector(selector)
                .alterers(new UniformCrossover<>(settings.uniformCrossover(), 0.5), rest)
                .constraint(repair)
                .executor(Runnable::run)
                .build();
        List<Genotype<IntegerGene>> initial = new ArrayList<>();
        List<int[]> mappings = new ArrayList<>(settings.initialMappings());
        int[] seedMapping = recorder.seedMapping();
        if (seedMapping != null) {
            mappings.add(seedMapping);
        }
        for (int[] mapping : mappings) {
            List<IntegerGene> genes = new ArrayList<>();
            for (int a : mapping) {
                genes.add(IntegerGene.of(a, alleles));
            }
            initial.add(Genotype.of(IntegerChromosome.of(genes)));
        }
        RandomRegistry.with(
                RandomGeneratorFactory.of("L64X256MixRandom").create(seed),
                r -> engine.stream(initial)
                        .limit(result -> !recorder.exhausted() && !recall.stalled())
                        .count());
        recorder.note("stalled", recall.stalled());
        recorder.note("generations", recall.generations);
        recorder.note("new-individuals", recall.newIndividuals);
        recorder.note("repeated-individuals", recall.repeatedIndividuals);
    }

    /** A gene on a disallowed accelerator moves to the nearest allowed id, ties to the lower. */
    private static final class Repair<C extends Comparable<? super C>> implements Constraint<IntegerGene, C> {
        private final Problem problem;

        Repair(Problem problem) {
            this.problem = problem;
        }

        @Override
        public boolean test(Phenotype<IntegerGene, C> individual) {
            IntegerChromosome chromosome = individual.genotype().chromosome().as(IntegerChromosome.class);
            for (int l = 0; l < chromosome.length(); l++) {
                if (!problem.allowed(l, chromosome.intValue(l))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Phenotype<IntegerGene, C> repair(Phenotype<IntegerGene, C> individual, long generation) {
            IntegerChromosome chromosome = individual.genotype().chromosome().as(IntegerChromosome.class);
            List<IntegerGene> genes = new ArrayList<>();
            for (int l = 0; l < chromosome.length(); l++) {
                int a = chromosome.intValue(l);
                int best = -1;
                for (int candidate : problem.allowedAccelerators(l)) {
                    if (best < 0 || Math.abs(candidate - a) < Math.abs(best - a)) {
                        best = candidate;
                    }
                }
                genes.add(IntegerGene.of(best, chromosome.get(l).range()));
            }
            return Phenotype.of(Genotype.of(IntegerChromosome.of(genes)), generation);
        }
    }

    /** Per individual with the given probability, two accelerators x ≠ y trade their layers where allowed. */
    private static final class Swap<C extends Comparable<? super C>> extends AbstractAlterer<IntegerGene, C> {
        private final Problem problem;

        Swap(Problem problem, double probability) {
            super(probability);
            this.problem = problem;
        }

        @Override
        public AltererResult<IntegerGene, C> alter(Seq<Phenotype<IntegerGene, C>> population, long generation) {
            RandomGenerator random = RandomRegistry.random();
            int accs = problem.accelerators();
            MSeq<Phenotype<IntegerGene, C>> altered = MSeq.of(population);
            for (int i = 0; i < altered.size(); i++) {
                if (accs < 2 || random.nextDouble() >= _probability) {
                    continue;
                }
                int x = random.nextInt(accs);
                int y = (x + 1 + random.nextInt(accs - 1)) % accs;
                IntegerChromosome chromosome =
                        altered.get(i).genotype().chromosome().as(IntegerChromosome.class);
                List<IntegerGene> genes = new ArrayList<>();
                for (int l = 0; l < chromosome.length(); l++) {
                    int a = chromosome.intValue(l);
                    int b = a == x ? y : a == y ? x : a;
                    genes.add(problem.allowed(l, b) ? chromosome.get(l).newInstance(b) : chromosome.get(l));
                }
                altered.set(i, Phenotype.of(Genotype.of(IntegerChromosome.of(genes)), generation));
            }
            return new AltererResult<>(altered.toISeq());
        }
    }

    /**
     * Evaluates the population's new individuals in one batch; a mapping evaluated before (in this
     * generation or an earlier one) takes its remembered fitness and spends no budget; beyond the
     * budget the worst fitness, unevaluated.
     */
    private static final class Recall<C extends Comparable<? super C>>
            implements io.jenetics.engine.Evaluator<IntegerGene, C> {
        private final SearchRecorder recorder;
        private final BiFunction<Double, Double, C> fitness;
        private final Map<List<Integer>, C> seen = new HashMap<>();
        private int generationsWithoutNews;
        long generations;
        long newIndividuals;
        long repeatedIndividuals;

        Recall(SearchRecorder recorder, BiFunction<Double, Double, C> fitness) {
            this.recorder = recorder;
            this.fitness = fitness;
        }

        boolean stalled() {
            return generationsWithoutNews >= 50;
        }

        @Override
        public ISeq<Phenotype<IntegerGene, C>> eval(Seq<Phenotype<IntegerGene, C>> population) {
            long allowed = recorder.exhausted() ? 0 : recorder.remainingEvaluations();
            List<List<Integer>> fresh = new ArrayList<>();
            for (Phenotype<IntegerGene, C> individual : population) {
                if (individual.nonEvaluated()) {
                    newIndividuals++;
                    List<Integer> key = key(individual);
                    if (seen.containsKey(key) || fresh.contains(key)) {
                        repeatedIndividuals++;
                    } else if (fresh.size() < allowed) {
                        fresh.add(key);
                    }
                }
            }
            int layers = fresh.isEmpty() ? 0 : fresh.getFirst().size();
            int[] rows = new int[fresh.size() * layers];
            for (int k = 0; k < fresh.size(); k++) {
                for (int l = 0; l < layers; l++) {
                    rows[k * layers + l] = fresh.get(k).get(l);
                }
            }
            double[] latency = new double[fresh.size()];
            double[] energy = new double[fresh.size()];
            recorder.evaluator().evaluate(rows, fresh.size(), latency, energy);
            for (int k = 0; k < fresh.size(); k++) {
                recorder.record(rows, k * layers, latency[k], energy[k]);
                seen.put(fresh.get(k), fitness.apply(latency[k], energy[k]));
            }
            C worst = fitness.apply(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
            generationsWithoutNews = fresh.isEmpty() ? generationsWithoutNews + 1 : 0;
            generations++;
            return population
                    .map(p -> p.isEvaluated() ? p : p.withFitness(seen.getOrDefault(key(p), worst)))
                    .asISeq();
        }

        private static List<Integer> key(Phenotype<IntegerGene, ?> individual) {
            IntegerChromosome chromosome = individual.genotype().chromosome().as(IntegerChromosome.class);
            List<Integer> key = new ArrayList<>();
            for (int l = 0; l < chromosome.length(); l++) {
                key.add(chromosome.intValue(l));
            }
            return key;
        }
    }
}
