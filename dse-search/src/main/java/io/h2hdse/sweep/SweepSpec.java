package io.h2hdse.sweep;

import io.h2hdse.eval.Compatibility;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A sweep: models × system points × solvers × seeds × budgets, validated. Budget-free solvers
 * (baseline, h2h) run once per (model, system point) with seed 0 and no budget.
 *
 * @param search the search settings every search job runs with (order policy × H2H seed)
 * @param skip   jobs left out, e.g. enumerate on a model too large to enumerate
 * @param inputs where each input came from → SHA-256 of its content, for the manifest
 * @param boundSeconds  CP-SAT deterministic time (about seconds of one idle core) each (model, system point) may spend on its latency bound beyond the cheap one
 *                      (sweep key and {@code --set} {@code bound_s}; {@link #DEFAULT_BOUND_SECONDS})
 * @param polishSeconds CP-SAT deterministic time each mapping-search job's polish may take (its fastest mappings
 *                      re-ordered and their residency re-chosen; sweep key and {@code --set} {@code polish_s};
 *                      {@link io.h2hdse.solver.SearchSettings#DEFAULT_POLISH_SECONDS}; 0 = off)
 * @param solverThreads threads a solver that can use several may take per job ({@code cpsat}): 1 in sweeps,
 *                      whose jobs run in parallel; {@code dse solve --threads}
 */
public record SweepSpec(
        String name,
        List<Workload> models,
        List<SystemGrid> systems,
        List<String> solvers,
        List<Long> seeds,
        List<BudgetSpec> budgets,
        List<SearchChoice> search,
        List<Skip> skip,
        Map<String, String> inputs,
        double boundSeconds,
        double polishSeconds,
        int solverThreads) {
    /** Seconds a point's bound may take by default: enough to prove the assignment bound of the bundled problems' small cases. */
    public static final double DEFAULT_BOUND_SECONDS = 2;

    /** A sweep with the default bound time and one solver thread per job. */
    public SweepSpec(
            String name,
            List<Workload> models,
            List<SystemGrid> systems,
            List<String> solvers,
            List<Long> seeds,
            List<BudgetSpec> budgets,
            List<SearchChoice> search,
            List<Skip> skip,
            Map<String, String> inputs) {
        this(
                name,
                models,
                systems,
                solvers,
                seeds,
                budgets,
                search,
                skip,
                inputs,
                DEFAULT_BOUND_SECONDS,
                io.h2hdse.solver.SearchSettings.DEFAULT_POLISH_SECONDS,
                1);
    }

    /** Leaves out the jobs of a model on a system with a solver; null matches any. */
    public record Skip(String model, String system, String solver) {
        boolean matches(String jobModel, String jobSystem, String jobSolver) {
            return (model == null || model.equals(jobModel))
                    && (system == null || system.equals(jobSystem))
                    && (solver == null || solver.equals(jobSolver));
        }
    }

    public SweepSpec {
        models = List.copyOf(models);
        systems = List.copyOf(systems);
        solvers = List.copyOf(solvers);
        seeds = List.copyOf(seeds);
        budgets = List.copyOf(budgets);
        search = List.copyOf(search);
        skip = List.copyOf(skip);
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        if (!(boundSeconds >= 0) || !(polishSeconds >= 0) || solverThreads < 1) {
            throw new IllegalArgumentException(
                    "bound and polish times must be at least 0 s and solver threads at least 1, got " + boundSeconds
                            + ", " + polishSeconds + " and " + solverThreads);
        }
    }

    /** Every job once (a value listed twice gives no second job), in a fixed order: by model, system point, solver, seed, budget, search settings. */
    public List<JobKey> jobs() {
        return List.copyOf(jobsById().values());
    }

    /**
     * {@link #jobs} by id, in their order: each id is a hash to compute, so a caller that needs them all takes them
     * from here. The last spec's are kept: opening a folder of 100,000 jobs asks for them more than once (the
     * shard's fingerprint, the jobs to run, a merge's checks).
     */
    @SuppressWarnings(
            "ReferenceEquality") // this very spec: comparing two specs field by field costs more than it saves
    public Map<String, JobKey> jobsById() {
        Jobs last = LAST_JOBS.get();
        if (last != null && last.spec() == this) {
            return last.byId();
        }
        Map<String, JobKey> jobs = expand();
        LAST_JOBS.set(new Jobs(this, jobs));
        return jobs;
    }

    private record Jobs(SweepSpec spec, Map<String, JobKey> byId) {}

    private static final AtomicReference<Jobs> LAST_JOBS = new AtomicReference<>();

    private Map<String, JobKey> expand() {
        Map<String, JobKey> jobs = new LinkedHashMap<>();
        for (Workload model : models) {
            for (SystemGrid grid : systems) {
                if (solvers.stream().allMatch(solver -> skipped(model.name(), grid.name(), solver))) {
                    continue;
                }
                String inputs = JobKey.contentHash(model, grid.base());
                for (SystemPoint point : grid.points()) {
                    String pointText = JobKey.point(model.name(), point);
                    for (String solver : solvers) {
                        if (skipped(model.name(), grid.name(), solver)) {
                            continue;
                        }
                        if (SolverCatalog.budgetFree(solver)) {
                            add(jobs, new JobKey(model.name(), point, solver, 0, null, null, inputs), pointText);
                            continue;
                        }
                        for (long seed : seeds) {
                            for (BudgetSpec budget : budgets) {
                                for (SearchChoice choice : search) {
                                    add(
                                            jobs,
                                            new JobKey(model.name(), point, solver, seed, budget, choice, inputs),
                                            pointText);
                                }
                            }
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableMap(jobs);
    }

    private static void add(Map<String, JobKey> jobs, JobKey job, String pointText) {
        jobs.putIfAbsent(job.id(pointText), job);
    }

    /**
     * Checks that every model runs on every system point (op kinds, cost models), compiling each
     * problem once and dropping it, so that a sweep with bad input fails before it writes anything.
     */
    public void requireRunnable() {
        List<ModelPoint> all = new ArrayList<>();
        for (Workload model : models) {
            for (SystemGrid grid : systems) {
                if (solvers.stream().allMatch(solver -> skipped(model.name(), grid.name(), solver))) {
                    continue;
                }
                grid.points().forEach(point -> all.add(new ModelPoint(model, point)));
            }
        }
        require(all);
    }

    /**
     * {@link #requireRunnable} for the points of these jobs only: the jobs a resume runs (its recorded jobs'
     * points compiled when they ran, from the same contents, or their ids would differ).
     */
    public void requireRunnable(Collection<JobKey> jobs) {
        IdentityHashMap<SystemPoint, Set<String>> seen = new IdentityHashMap<>(); // a point's jobs share it
        List<ModelPoint> points = new ArrayList<>();
        for (JobKey job : jobs) {
            if (seen.computeIfAbsent(job.system(), p -> new HashSet<>()).add(job.model())) {
                points.add(new ModelPoint(model(job.model()), job.system()));
            }
        }
        require(points);
    }

    private record ModelPoint(Workload model, SystemPoint point) {}

    /** In parallel (a grid may have thousands of points); the first failing point in order is named. */
    private static void require(List<ModelPoint> points) {
        List<Optional<InvalidInputException>> failures =
                points.parallelStream().map(p -> failure(p.model(), p.point())).toList();
        for (int i = 0; i < points.size(); i++) {
            if (failures.get(i).isPresent()) {
                ModelPoint failed = points.get(i);
                throw new InvalidInputException(
                        failed.point().grid().source(),
                        "model " + failed.model().name() + pointText(failed.point()) + ": "
                                + failures.get(i).get().getMessage());
            }
        }
    }

    /** Why the model does not run on the point, if it does not. */
    private static Optional<InvalidInputException> failure(Workload model, SystemPoint point) {
        try {
            Compatibility.require(point.system().system(), model);
            Sources.problem(model, point.system());
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e);
        }
    }

    private boolean skipped(String model, String system, String solver) {
        return skip.stream().anyMatch(s -> s.matches(model, system, solver));
    }

    private static String pointText(SystemPoint point) {
        StringBuilder text = new StringBuilder();
        point.overrides()
                .forEach((o, v) -> text.append(text.isEmpty() ? " at " : ", ")
                        .append(o.fieldName())
                        .append('=')
                        .append(v));
        return text.toString();
    }

    /** The same sweep over these systems (an explore's designs chosen so far, say). */
    public SweepSpec withSystems(List<SystemGrid> other) {
        return new SweepSpec(
                name,
                models,
                other,
                solvers,
                seeds,
                budgets,
                search,
                skip,
                inputs,
                boundSeconds,
                polishSeconds,
                solverThreads);
    }

    /**
     * Per system, the indexes into its explore space ({@link ExploreSpec#index}) of the designs an {@code nsga2}
     * search chose, empty for every other system: what the spec as read from its file lacks of this one.
     */
    public List<List<Long>> searchedDesigns() {
        return systems.stream()
                .map(g -> searched(g)
                        ? g.designs().stream().map(g.explore()::index).toList()
                        : List.<Long>of())
                .toList();
    }

    /** This spec (as read from its file) with the designs {@link #searchedDesigns} gave. */
    public SweepSpec withSearchedDesigns(List<List<Long>> designs) {
        if (designs.size() != systems.size()) {
            throw new IllegalArgumentException(
                    "designs for " + designs.size() + " systems, the spec has " + systems.size());
        }
        List<SystemGrid> chosen = new java.util.ArrayList<>();
        for (int g = 0; g < systems.size(); g++) {
            SystemGrid grid = systems.get(g);
            chosen.add(
                    searched(grid)
                            ? grid.withDesigns(designs.get(g).stream()
                                    .map(grid.explore()::design)
                                    .toList())
                            : grid);
        }
        return withSystems(chosen);
    }

    /** Whether an explore of the sweep chooses its designs from results ({@code nsga2}), generation by generation. */
    public boolean searchesDesigns() {
        return systems.stream().anyMatch(SweepSpec::searched);
    }

    private static boolean searched(SystemGrid grid) {
        return grid.explore() != null && grid.explore().strategy() == ExploreSpec.Strategy.NSGA2;
    }

    /** The knobs any system sets, in {@link Knob#ORDER}: runs.csv's override columns. */
    public List<Knob> overrideColumns() {
        java.util.SortedSet<Knob> columns = new java.util.TreeSet<>(Knob.ORDER);
        systems.forEach(grid -> columns.addAll(grid.grid().keySet()));
        return List.copyOf(columns);
    }

    public Workload model(String name) {
        return models.stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + name + " in sweep " + this.name));
    }
}
