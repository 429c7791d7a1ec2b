package io.h2hdse.sweep.explore;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.ExploreSpec;
import io.h2hdse.sweep.Knob;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.Shard;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepMerge;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;

/**
 * Runs a sweep whose systems may {@code explore} with {@code nsga2}: Jenetics' NSGA-II over one gene per
 * knob, minimising (latency, energy, area) of each design, where a design's latency and energy are the
 * geometric means over the sweep's models of its lowest-latency job per model. The driver steps the search
 * generation by generation; each generation's new designs run as ordinary jobs on the given engine (its
 * threads, or Spark's executors, split the generation).
 *
 * <p>The sequence of generations is a function of the spec, the seed and the recorded rows alone, so a rerun
 * replays it from runs.csv (running only what is missing), and a shard ({@code --shard K/N}) can take part:
 * it replays the search over the rows of the merged folder and its own, runs its share (by the job-to-shard
 * rule of every sweep) of the first generation whose jobs are not all recorded, and stops there; once the
 * shards are merged, the next round of shard runs goes on with the next generation ({@link #replay} is what
 * the merge knows). A job that fails leaves its design infeasible in an unsharded run; in a sharded one it
 * holds the search at its generation until a rerun of its shard records it.
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
        return spec.searchesDesigns();
    }

    /** The population of a search for {@code designs} designs: a few generations' worth, at least 8. */
    static int populationSize(int designs) {
        return Math.max(8, designs / 8);
    }

    /**
     * Where the searches stand on some recorded rows.
     *
     * @param spec    the sweep with every design chosen so far, those of a generation waiting for results included
     * @param waiting the search that waits, in words, or null when every search has finished
     */
    public record Replay(SweepSpec spec, String waiting) {}

    /**
     * Replays every {@code nsga2} search over {@code recorded} (job id → row), running nothing: the designs
     * chosen up to the first generation whose jobs are not all recorded ({@code dse merge}'s view of shards).
     */
    public static Replay replay(SweepSpec spec, Map<String, RunsTable.Run> recorded) {
        return searchAll(spec, new Generations() {
            @Override
            public Map<String, RunsTable.Run> results(SweepSpec chosen) {
                return recorded;
            }

            @Override
            public boolean triesEveryJob() {
                return false;
            }
        });
    }

    /** An unsharded run, on any engine: every generation to the end, then whatever else is left. */
    public static SweepRunner.Outcome run(
            SweepSpec spec, Path out, SweepEngine engine, boolean progress, PrintWriter err, String resumeCommand) {
        return run(spec, Shard.ALL, null, out, engine, progress, err, resumeCommand);
    }

    /**
     * Runs the sweep: every {@code nsga2} explore generation by generation, then whatever else is left, and
     * derives the result files over every design chosen; the outcome counts the jobs of every such design.
     * With {@code merged} (a shard run: the folder the shards are merged into, which need not exist yet) the
     * rows recorded there count as well, only {@code shard}'s jobs run, and the run stops at the first
     * generation that waits for other shards' jobs, saying so on {@code err}.
     */
    public static SweepRunner.Outcome run(
            SweepSpec spec,
            Shard shard,
            Path merged,
            Path out,
            SweepEngine engine,
            boolean progress,
            PrintWriter err,
            String resumeCommand) {
        Map<String, RunsTable.Run> known = merged == null ? null : mergedRows(spec, merged);
        Runs runs = new Runs(shard, known, out, engine, progress, err, resumeCommand);
        Replay replay = searchAll(spec, runs);
        SweepRunner.Outcome last = runs.run(replay.spec(), progress, true);
        if (merged != null) {
            err.println(
                    replay.waiting() == null
                            ? "shard " + shard + ": every design search is done; merge the shards (dse merge ... --out "
                                    + merged + ")"
                            : "shard " + shard + ": " + replay.waiting()
                                    + " waits for the other shards: merge them (dse merge ... --out " + merged
                                    + "), then run every shard again");
            err.flush();
        }
        return new SweepRunner.Outcome(last.jobs(), last.jobs() - runs.ran - runs.failed, runs.ran, runs.failed);
    }

    /**
     * Checks, before a shard run writes anything, that {@code merged} can be its merged folder: one without
     * runs.csv yet, or one holding this sweep's rows; an error names the option and the file.
     */
    public static void checkMerged(SweepSpec spec, Path merged) {
        mergedRows(spec, merged);
    }

    /** The rows of the merged folder (none if it has no runs.csv yet), which must be of this sweep. */
    private static Map<String, RunsTable.Run> mergedRows(SweepSpec spec, Path merged) {
        Path file = merged.resolve(RunsCsv.FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        RunsTable table = RunsTable.read(file);
        if (!table.header().equals(SweepRunner.header(spec))) {
            throw new InvalidInputException(
                    "--merged " + merged, file + " has the columns of another sweep than " + spec.name());
        }
        return byId(table);
    }

    private static Map<String, RunsTable.Run> byId(RunsTable table) {
        Map<String, RunsTable.Run> rows = new HashMap<>();
        table.runs().forEach(r -> rows.putIfAbsent(r.jobId(), r));
        return rows;
    }

    private static Replay searchAll(SweepSpec spec, Generations generations) {
        SweepSpec current = spec;
        for (int g = 0; g < spec.systems().size(); g++) {
            ExploreSpec explore = spec.systems().get(g).explore();
            if (explore != null && explore.strategy() == ExploreSpec.Strategy.NSGA2) {
                Replay replay = new Search(current, g, generations).run();
                current = replay.spec();
                if (replay.waiting() != null) {
                    return replay;
                }
            }
        }
        return new Replay(current, null);
    }

    /** What a search does with the jobs of the designs chosen so far. */
    private interface Generations {
        /** The rows recorded of the sweep's jobs, after running those of {@code chosen}'s that this run runs. */
        Map<String, RunsTable.Run> results(SweepSpec chosen);

        /** Whether {@link #results} tried every job: one without a row then failed, rather than waiting for another shard. */
        boolean triesEveryJob();

        /** A generation is evaluated. */
        default void evaluated(String line) {}
    }

    /** Runs sweeps (or a shard's share) into one folder and adds up what they ran. */
    private static final class Runs implements Generations {
        private final Shard shard;
        private final Map<String, RunsTable.Run> merged;
        private final Path out;
        private final SweepEngine engine;
        private final boolean progress;
        private final PrintWriter err;
        private final String resumeCommand;
        private int ran;
        private int failed;
        /** The rows recorded in {@code out}, read once and after each run. */
        private Map<String, RunsTable.Run> own;

        /** @param merged the merged folder's rows for a shard run, null for an unsharded one */
        Runs(
                Shard shard,
                Map<String, RunsTable.Run> merged,
                Path out,
                SweepEngine engine,
                boolean progress,
                PrintWriter err,
                String resumeCommand) {
            this.shard = shard;
            this.merged = merged;
            this.out = out;
            this.engine = engine;
            this.progress = progress;
            this.err = err;
            this.resumeCommand = resumeCommand;
        }

        SweepRunner.Outcome run(SweepSpec spec, boolean bar, boolean deriveFiles) {
            SweepRunner.Outcome outcome =
                    SweepRunner.run(spec, shard, out, engine, bar, err, resumeCommand, deriveFiles);
            ran += outcome.ran();
            failed += outcome.failed();
            return outcome;
        }

        /**
         * Runs the jobs of {@code chosen} this run runs only if some are not recorded yet: a rerun replays
         * the generations it has all the rows of without opening runs.csv and the job files for each.
         */
        @Override
        public Map<String, RunsTable.Run> results(SweepSpec chosen) {
            if (own == null) {
                own = SweepMerge.recordedRows(List.of(out));
            }
            if (!shard.of(chosen.jobs()).stream().allMatch(j -> own.containsKey(j.id()))) {
                run(chosen, false, false);
                own = byId(RunsTable.read(out.resolve(RunsCsv.FILE)));
            }
            Map<String, RunsTable.Run> rows = new HashMap<>(own);
            if (merged != null) {
                merged.forEach(rows::putIfAbsent);
            }
            return rows;
        }

        @Override
        public boolean triesEveryJob() {
            return merged == null;
        }

        @Override
        public void evaluated(String line) {
            if (progress) {
                err.println(line);
                err.flush();
            }
        }
    }

    /** One system's NSGA-II. */
    private static final class Search {
        private final int index;
        private final Generations generations;
        private final ExploreSpec explore;
        private final List<Map<Knob, String>> chosen = new ArrayList<>();
        private final Map<Map<Knob, String>, double[]> fitness = new HashMap<>();
        private SweepSpec spec;
        private int generationsWithoutNews;
        private int generation;
        private boolean waiting;

        Search(SweepSpec spec, int index, Generations generations) {
            this.spec = spec;
            this.index = index;
            this.generations = generations;
            this.explore = spec.systems().get(index).explore();
        }

        Replay run() {
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
                            .limit(generation -> !waiting
                                    && chosen.size() < explore.designs()
                                    && generationsWithoutNews < STALL_GENERATIONS)
                            .count());
            return new Replay(spec, waiting ? where() : null);
        }

        /** "the design search of maestro3-medium at generation 3 (24 of 205 designs)" */
        private String where() {
            return "the design search of " + spec.systems().get(index).name() + " at generation " + generation + " ("
                    + chosen.size() + " of " + explore.designs() + " designs)";
        }

        private ISeq<Phenotype<IntegerGene, Vec<double[]>>> evaluate(
                Seq<Phenotype<IntegerGene, Vec<double[]>>> population) {
            List<Map<Knob, String>> fresh = new ArrayList<>();
            for (Phenotype<IntegerGene, Vec<double[]>> p : population) {
                Map<Knob, String> design = design(p.genotype());
                if (!waiting
                        && !p.isEvaluated()
                        && !fitness.containsKey(design)
                        && !fresh.contains(design)
                        && chosen.size() + fresh.size() < explore.designs()) {
                    fresh.add(design);
                }
            }
            generationsWithoutNews = fresh.isEmpty() ? generationsWithoutNews + 1 : 0;
            if (!fresh.isEmpty()) {
                chosen.addAll(fresh);
                generation++;
                List<SystemGrid> systems = new ArrayList<>(spec.systems());
                systems.set(index, systems.get(index).withDesigns(chosen));
                spec = spec.withSystems(systems);
                Objectives objectives = new Objectives(spec, index, generations.results(spec));
                waiting = !generations.triesEveryJob() && !fresh.stream().allMatch(objectives::recorded);
                if (!waiting) {
                    for (Map<Knob, String> design : fresh) {
                        fitness.put(design, objectives.of(design, explore.areaMaxMm2(), INFEASIBLE));
                    }
                    generations.evaluated(spec.systems().get(index).name() + ": generation " + generation + ", "
                            + chosen.size() + " of " + explore.designs() + " designs evaluated");
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
}
