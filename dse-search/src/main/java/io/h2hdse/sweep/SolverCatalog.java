package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.exact.ExactSearch;
import io.h2hdse.solver.h2h.H2hStepSolver;
import io.h2hdse.solver.random.RandomSearch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The solvers the command line and sweeps know, by name, with a one-line description each. */
public final class SolverCatalog {
    private record Entry(Supplier<Solver> factory, String description) {
    }

    private static final Map<String, Entry> SOLVERS = new LinkedHashMap<>();

    static {
        SOLVERS.put(H2hStepSolver.BASELINE, new Entry(H2hStepSolver::baseline,
                "computation-prioritized mapping (H2H step 1); deterministic, ignores budget and seed"));
        SOLVERS.put(H2hStepSolver.H2H, new Entry(H2hStepSolver::h2h,
                "H2H (DAC 2022) steps 1-4: weight and activation locality, neighbour re-mapping; deterministic, ignores budget and seed"));
        SOLVERS.put("exact", new Entry(ExactSearch::new,
                "exhaustive enumeration (exact Pareto front) or branch and bound; refuses problems too large to finish"));
        SOLVERS.put("random", new Entry(RandomSearch::new, "uniform random mappings: the floor every solver must beat"));
    }

    private SolverCatalog() {
    }

    public static Set<String> names() {
        return SOLVERS.keySet();
    }

    public static String description(String name) {
        return entry(name).description();
    }

    public static Solver create(String name) {
        return entry(name).factory().get();
    }

    /** Solvers whose result depends on neither budget nor seed: one job per (model, system point). */
    public static boolean budgetFree(String name) {
        return name.equals(H2hStepSolver.BASELINE) || name.equals(H2hStepSolver.H2H);
    }

    private static Entry entry(String name) {
        Entry entry = SOLVERS.get(name);
        if (entry == null) {
            throw new InvalidInputException("solver", "unknown solver '" + name + "'; known: " + String.join(", ", SOLVERS.keySet()));
        }
        return entry;
    }
}
