package io.h2hdse.sweep.explore;

import io.h2hdse.sweep.ExploreSpec;
import io.h2hdse.sweep.Knob;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.Shard;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepRunner;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SystemGrid;
import io.jenetics.Genotype;
import io.jenetics.IntegerChromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;

/**
 * Runs a sweep whose systems may {@code explore} with {@code nsga2}: Jenetics' NSGA-II over one gene per
 * knob, minimising (latency, energy, area) of each design, where a design's latency and energy are the
 * geometric means over the sweep's models of its lowest-latency job per model. Every generation's new
 * designs run as ordinary jobs on the given engine (its threads or executors split the generation); the
 * next generation depends on their results, so an {@code nsga2} sweep cannot be split into shards.
 *
 * <p>Designs over {@code area_mm2_max}, and designs a job failed on, are evaluated and recorded but take a
 * fitness worse than any feasible design's (scaled by the area excess, so the search is led back under the
 * budget). The search stops when {@code designs} distinct designs are evaluated, or after
 * {@link #STALL_GENERATIONS} generations brought no new design.
 */
public final class DesignSearch {
    /** Gene alleles; a knob with n values takes value ⌊gene · n / ALLELES⌋ (exactly uniform for n ≤ 16). */
    static final int ALLELES = 720_720;

    static final int STALL_GENERATIONS = 50;
    private static final double INFEASIBLE = 1e30;

    private DesignSearch() {}

    /** Whether any system of the sweep chooses its designs from results, which only this class can run. */
    public static boolean needed(SweepSpec spec) {
        return spec.systems().stream()
                .anyMatch(g -> g.explore() != null && g.explore().strategy() == ExploreSpec.Strategy.NSGA2);
    }

    /** The population of a search for {@code designs} designs: a few generations' worth, at least 8. */
    static int populationSize(int designs) {
        return Math.max(8, designs / 8);
    }

    /**
     * Runs the sweep: every {@code nsga2} explore generation by generation, then whatever else is left, and
     * derives the result files over every design; the outcome counts the jobs of every design.
     */
    public static SweepRunner.Outcome run(
            SweepSpec spec, Path out, SweepEngine engine, boolean progress, PrintWriter err, String resumeCommand) {
        Runs runs = new Runs(out, engine, err, resumeCommand);
        SweepSpec current = spec;
        for (int g = 0; g < spec.systems().size(); g++) {
            SystemGrid grid = spec.systems().get(g);
            if (grid.explore() != null && grid.explore().strategy() == ExploreSpec.Strategy.NSGA2) {
                current = new Search(current, g, runs).run();
            }
        }
        SweepRunner.Outcome last = runs.run(current, progress, true);
        return new SweepRunner.Outcome(last.jobs(), last.jobs() - runs.ran - runs.failed, runs.ran, runs.failed);
    }

    /** Runs sweeps into one folder and adds up what they ran. */
    private static final class Runs {
        private final Path out;
        private final SweepEngine engine;
        private final PrintWriter err;
        private final String resumeCommand;
        private int ran;
        private int failed;

        Runs(Path out, SweepEngine engine, PrintWriter err, String resumeCommand) {
            this.out = out;
            this.engine = engine;
            this.err = err;
            this.resumeCommand = resumeCommand;
        }

        SweepRunner.Outcome run(SweepSpec spec, boolean progress, boolean deriveFiles) {
            SweepRunner.Outcome outcome =
                    SweepRunner.run(spec, Shard.ALL, out, engine, progress, err, resumeCommand, deriveFiles);
            ran += outcome.ran();
            failed += outcome.failed();
            return outcome;
        }

        Map<String, RunsTable.Run> recorded() {
            Map<String, RunsTable.Run> rows = new HashMap<>();
            RunsTable.read(out.resolve(RunsCsv.FILE)).runs().forEach(r -> rows.put(r.jobId(), r));
            return rows;
        }
    }

    /** One system's NSGA-II. */
    private static final class Search {
        private final int index;
        private final Runs runs;
        private final ExploreSpec explore;
        private final List<Map<Knob, String>> chosen = new ArrayList<>();
        private final Map<Map<Knob, String>, double[]> fitness = new HashMap<>();
        private SweepSpec spec;
        private int generationsWithoutNews;

        Search(SweepSpec spec, int index, Runs runs) {
            this.spec = spec;
            this.index = index;
            this.runs = runs;
            this.explore = spec.systems().get(index).explore();
        }

        SweepSpec run() {
            int knobs = explore.knobs().size();
            Engine<IntegerGene, Vec<double[]>> engine = new Engine.Builder<>(
                            this::evaluate, Genotype.of(IntegerChromosome.of(0, ALLELES - 1, knobs)))
                    .minimizing()
                    .populationSize(populationSize(explore.designs()))
                    .selector(NSGA2Selector.ofVec())
                    .alterers(new UniformCrossover<>(0.5), new Mutator<>(1.0 / knobs))
                    .executor(Runnable::run)
                    .build();
            RandomRegistry.with(
                    RandomGeneratorFactory.of("L64X256MixRandom").create(explore.seed()),
                    r -> engine.stream()
                            .limit(generation ->
                                    chosen.size() < explore.designs() && generationsWithoutNews < STALL_GENERATIONS)
                            .count());
            return spec;
        }

        private ISeq<Phenotype<IntegerGene, Vec<double[]>>> evaluate(
                Seq<Phenotype<IntegerGene, Vec<double[]>>> population) {
            List<Map<Knob, String>> fresh = new ArrayList<>();
            for (Phenotype<IntegerGene, Vec<double[]>> p : population) {
                Map<Knob, String> design = design(p.genotype());
                if (!p.isEvaluated()
                        && !fitness.containsKey(design)
                        && !fresh.contains(design)
                        && chosen.size() + fresh.size() < explore.designs()) {
                    fresh.add(design);
                }
            }
            generationsWithoutNews = fresh.isEmpty() ? generationsWithoutNews + 1 : 0;
            if (!fresh.isEmpty()) {
                chosen.addAll(fresh);
                List<SystemGrid> systems = new ArrayList<>(spec.systems());
                systems.set(index, systems.get(index).withDesigns(chosen));
                spec = with(spec, systems);
                runs.run(spec, false, false);
                Objectives objectives = new Objectives(spec, index, runs.recorded());
                for (Map<Knob, String> design : fresh) {
                    fitness.put(design, objectives.of(design, explore.areaMaxMm2(), INFEASIBLE));
                }
            }
            double[] beyondBudget = {INFEASIBLE * 10, INFEASIBLE * 10, INFEASIBLE * 10};
            return population
                    .map(p -> p.isEvaluated()
                            ? p
                            : p.withFitness(Vec.of(fitness.getOrDefault(design(p.genotype()), beyondBudget))))
                    .asISeq();
        }

        private Map<Knob, String> design(Genotype<IntegerGene> genotype) {
            int[] genes = new int[explore.knobs().size()];
            int k = 0;
            for (List<String> values : explore.knobs().values()) {
                genes[k] = (int) ((long) genotype.chromosome().get(k).intValue() * values.size() / ALLELES);
                k++;
            }
            return explore.design(genes);
        }
    }

    private static SweepSpec with(SweepSpec spec, List<SystemGrid> systems) {
        return new SweepSpec(
                spec.name(),
                spec.models(),
                systems,
                spec.solvers(),
                spec.seeds(),
                spec.budgets(),
                spec.search(),
                spec.skip(),
                spec.inputs());
    }
}
