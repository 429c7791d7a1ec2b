package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlFiles;
import io.h2hdse.input.YamlMap;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sweep file (schema in configs/README.md) and checks everything that can be checked before
 * a job runs: models, systems, every grid point, solvers, seeds, budgets, and that every model
 * compiles on every system point.
 * Errors are one line: {@code file: field: reason}.
 */
public final class SweepSpecReader {
    /** The sweep key (and {@code dse solve --set} name) of the seconds a point's bound may take. */
    public static final String BOUND_S = "bound_s";
    /** The sweep key (and {@code dse solve --set} name) of the seconds a mapping search's polish may take. */
    public static final String POLISH_S = "polish_s";

    private SweepSpecReader() {}

    /** {@code configs} is where system names resolve ({@code <configs>/systems/NAME.yaml}). */
    public static SweepSpec read(Path file, Path configs) {
        SweepSpec spec = readUnchecked(file, configs);
        requireRunnable(spec, file);
        return spec;
    }

    /** {@link SweepSpec#requireRunnable} of a spec read from {@code file}, an error placed in it. */
    public static void requireRunnable(SweepSpec spec, Path file) {
        try {
            spec.requireRunnable();
        } catch (InvalidInputException e) {
            throw placed(e, file);
        }
    }

    /**
     * As {@link #read}, without compiling the problem of every point ({@link SweepSpec#requireRunnable}): for a
     * spec whose jobs ran before (a merge's shards, a resume, which checks the points of the jobs it runs).
     */
    public static SweepSpec readUnchecked(Path file, Path configs) {
        YamlMap yaml = YamlFiles.read(file);
        try {
            return read(yaml, file, configs);
        } catch (InvalidInputException e) {
            throw placed(e, file);
        }
    }

    private static InvalidInputException placed(InvalidInputException e, Path file) {
        return e.where().startsWith(file.toString()) ? e : e.in(file.toString());
    }

    private static SweepSpec read(YamlMap yaml, Path file, Path configs) {
        Path directory = file.toAbsolutePath().getParent();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(file.toString(), Sources.hash(file));
        String name = yaml.string("name");
        if (!name.matches("[A-Za-z0-9._-]+") || name.matches("\\.+")) {
            throw new InvalidInputException(
                    yaml.where("name"),
                    "a plain folder name: letters, digits, '.', '_' or '-', not '.' or '..' (it names the output folder)");
        }
        List<Workload> models = new ArrayList<>();
        List<String> modelNames = nonEmpty(yaml, "models");
        for (int i = 0; i < modelNames.size(); i++) {
            try {
                Workload model = Sources.model(modelNames.get(i), directory);
                models.add(model);
                inputs.put("model:" + model.name(), Sources.hash(model));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(yaml.where("models") + "[" + i + "]", e.getMessage());
            }
        }
        List<SystemGrid> systems = new ArrayList<>();
        if (yaml.maps("systems").isEmpty()) {
            throw new InvalidInputException(yaml.where("systems"), "give at least one system");
        }
        for (YamlMap entry : yaml.maps("systems")) {
            systems.add(grid(entry, directory, configs, inputs));
        }
        List<String> solvers = nonEmpty(yaml, "solvers");
        for (int i = 0; i < solvers.size(); i++) {
            if (!SolverCatalog.names().contains(solvers.get(i))) {
                throw new InvalidInputException(
                        yaml.where("solvers") + "[" + i + "]", SolverCatalog.unknown(solvers.get(i)));
            }
        }
        boolean searches = solvers.stream().anyMatch(s -> !SolverCatalog.budgetFree(s));
        List<Long> seeds = new ArrayList<>();
        List<BudgetSpec> budgets = new ArrayList<>();
        if (searches || yaml.has("seeds")) {
            for (int seed : yaml.integers("seeds")) {
                seeds.add((long) seed);
            }
        }
        if (searches || yaml.has("budgets")) {
            for (YamlMap budget : yaml.maps("budgets")) {
                budgets.add(budget(budget));
            }
        }
        if (searches && (seeds.isEmpty() || budgets.isEmpty())) {
            throw new InvalidInputException(
                    yaml.where(seeds.isEmpty() ? "seeds" : "budgets"), "search solvers need at least one");
        }
        List<SearchChoice> search = searchChoices(yaml, solvers);
        List<SweepSpec.Skip> skip = new ArrayList<>();
        for (YamlMap entry : yaml.maps("skip", List.of())) {
            String model = entry.has("model") ? entry.string("model") : null;
            String system = entry.has("system") ? entry.string("system") : null;
            String solver = entry.has("solver") ? entry.string("solver") : null;
            entry.rejectUnknown();
            if (model != null && models.stream().noneMatch(m -> m.name().equals(model))) {
                throw new InvalidInputException(entry.where("model"), "no model named '" + model + "' in this sweep");
            }
            if (system != null && systems.stream().noneMatch(g -> g.name().equals(system))) {
                throw new InvalidInputException(
                        entry.where("system"), "no system named '" + system + "' in this sweep");
            }
            if (solver != null && !solvers.contains(solver)) {
                throw new InvalidInputException(entry.where("solver"), "no solver '" + solver + "' in this sweep");
            }
            if (model == null && system == null && solver == null) {
                throw new InvalidInputException(entry.path(), "name a model, a system, a solver or some of them");
            }
            skip.add(new SweepSpec.Skip(model, system, solver));
        }
        double boundSeconds = yaml.has(BOUND_S) ? yaml.nonNegativeNumber(BOUND_S) : SweepSpec.DEFAULT_BOUND_SECONDS;
        double polishSeconds =
                yaml.has(POLISH_S) ? yaml.nonNegativeNumber(POLISH_S) : SearchSettings.DEFAULT_POLISH_SECONDS;
        yaml.rejectUnknown();
        return new SweepSpec(
                name, models, systems, solvers, seeds, budgets, search, skip, inputs, boundSeconds, polishSeconds, 1);
    }

    private static List<String> nonEmpty(YamlMap yaml, String field) {
        List<String> values = yaml.strings(field);
        if (values.isEmpty()) {
            throw new InvalidInputException(yaml.where(field), "give at least one (an empty list would run no job)");
        }
        return values;
    }

    /**
     * {@code order} (default [rank]) × {@code seed_h2h} (default [true] when the sweep runs h2h, whose
     * answer the search jobs are compared with, else [false]).
     */
    private static List<SearchChoice> searchChoices(YamlMap yaml, List<String> solvers) {
        List<io.h2hdse.eval.OrderPolicy> orders = new ArrayList<>();
        List<String> orderNames = yaml.strings(SearchChoice.ORDER, List.of("rank"));
        for (int i = 0; i < orderNames.size(); i++) {
            orders.add(SearchChoice.order(orderNames.get(i), yaml.where(SearchChoice.ORDER) + "[" + i + "]"));
        }
        List<Boolean> seeds = new ArrayList<>();
        List<String> seedNames = yaml.strings(
                SearchChoice.SEED_H2H,
                List.of(Boolean.toString(solvers.contains(io.h2hdse.solver.h2h.H2hStepSolver.H2H))));
        for (int i = 0; i < seedNames.size(); i++) {
            seeds.add(SearchChoice.seed(seedNames.get(i), yaml.where(SearchChoice.SEED_H2H) + "[" + i + "]"));
        }
        if (orders.isEmpty() || seeds.isEmpty()) {
            throw new InvalidInputException(
                    yaml.where(orders.isEmpty() ? SearchChoice.ORDER : SearchChoice.SEED_H2H),
                    "give at least one value");
        }
        return SearchChoice.product(orders, seeds);
    }

    private static SystemGrid grid(YamlMap entry, Path directory, Path configs, Map<String, String> inputs) {
        String base = entry.string("base");
        Path systemFile;
        SystemFile system;
        try {
            systemFile = Sources.systemFile(base, directory, configs);
            system = io.h2hdse.system.yaml.SystemYamlReader.read(systemFile);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(entry.where("base"), e.getMessage());
        }
        inputs.put(systemFile.toString(), Sources.hash(systemFile));
        system.costTableCsv().ifPresent(csv -> inputs.put(csv.toString(), Sources.hash(csv)));
        // Global knobs first, so that a knob of one accelerator refines a value every accelerator got.
        Map<Knob, List<String>> grid = new java.util.TreeMap<>(Knob.ORDER);
        entry.optionalMap("grid").ifPresent(axes -> {
            for (String field : axes.fields()) {
                Knob knob = Knob.parse(field, system.system(), axes.where(field));
                List<String> values = axes.strings(field);
                if (values.isEmpty()) {
                    throw new InvalidInputException(axes.where(field), "give at least one value");
                }
                grid.put(knob, values);
            }
            axes.rejectUnknown();
        });
        if (entry.has("explore")) {
            if (!grid.isEmpty()) {
                throw new InvalidInputException(entry.where("explore"), "give grid or explore, not both");
            }
            ExploreSpec explore = ExploreSpec.read(entry.map("explore"), system.system(), directory);
            entry.rejectUnknown();
            SystemGrid exploring = SystemGrid.exploring(system, systemFile.toString(), directory, explore);
            exploring.points().forEach(SystemPoint::system);
            return exploring;
        }
        entry.rejectUnknown();
        SystemGrid result = new SystemGrid(system, systemFile.toString(), grid, directory);
        result.points().forEach(SystemPoint::system);
        return result;
    }

    private static BudgetSpec budget(YamlMap yaml) {
        long evaluations = yaml.has("max_evaluations")
                ? BudgetSpec.checkedEvaluations(yaml.positiveLong("max_evaluations"), yaml.where("max_evaluations"))
                : 0;
        double seconds = yaml.has("max_seconds")
                ? BudgetSpec.checkedSeconds(yaml.number("max_seconds"), yaml.where("max_seconds"))
                : 0;
        yaml.rejectUnknown();
        if (evaluations == 0 && seconds == 0) {
            throw new InvalidInputException(yaml.path(), "a budget needs max_evaluations, max_seconds or both");
        }
        return new BudgetSpec(evaluations, seconds);
    }
}
