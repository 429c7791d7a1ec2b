package io.h2hdse.solver;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.solver.enumerate.MappingEnumeration;
import io.h2hdse.solver.h2h.H2hStepSolver;

import java.util.Map;
import java.util.Set;

/**
 * The solvers the command line and sweeps know: H2H's baseline and H2H itself, then the search
 * solvers of {@link SolverRegistry#standard()}; with a one-line description each.
 */
public final class SolverCatalog {
    private static final SolverRegistry REGISTRY = SolverRegistry.standard()
            .with(H2hStepSolver.BASELINE, H2hStepSolver::baseline)
            .with(H2hStepSolver.H2H, H2hStepSolver::h2h);

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    H2hStepSolver.BASELINE,
                    "computation-prioritized mapping (H2H step 1); deterministic, ignores budget and seed"),
            Map.entry(
                    H2hStepSolver.H2H,
                    "H2H (DAC 2022) steps 1-4: weight and activation locality, neighbour re-mapping; deterministic, ignores budget and seed"),
            Map.entry("ga", "genetic algorithm (Jenetics): latency first, then energy"),
            Map.entry("nsga2", "NSGA-II (Jenetics): latency and energy as two objectives"),
            Map.entry(
                    "optaplanner",
                    "OptaPlanner: construction heuristic, then late acceptance over change, swap and pillar moves"),
            Map.entry(
                    "optaplanner-eps",
                    "OptaPlanner, half the budget on latency, then 4 epsilon-constraint solves (latency under energy caps) for the Pareto front"),
            Map.entry(
                    "optaplanner-list",
                    "OptaPlanner over plans: a run-order list per accelerator (layers move within and between lists), from H2H's plan"),
            Map.entry(
                    MappingEnumeration.NAME,
                    "every mapping (enumeration, or branch and bound), each in the order policy's order with default residency: the best mapping, not the best plan (cpsat's); refuses problems too large to finish"),
            Map.entry(
                    "cpsat",
                    "OR-Tools CP-SAT over mapping, order and residency from H2H's and a short search's plans: proven optimum or proven bound"),
            Map.entry("random", "uniform random mappings: the floor every solver must beat"));

    /** {@code enumerate}'s name until it was found not to be exact over orders and residency. */
    private static final String FORMER_ENUMERATE = "exact";

    private SolverCatalog() {}

    /** Names in registration order: the search solvers, then baseline and h2h. */
    public static Set<String> names() {
        return REGISTRY.names();
    }

    public static String description(String name) {
        requireKnown(name);
        return DESCRIPTIONS.getOrDefault(name, "-");
    }

    /** A new solver; an unknown name is an input error naming the known ones. */
    public static Solver create(String name) {
        requireKnown(name);
        return REGISTRY.create(name);
    }

    /** Solvers whose result depends on neither budget nor seed: one job per (model, system point). */
    public static boolean budgetFree(String name) {
        return name.equals(H2hStepSolver.BASELINE) || name.equals(H2hStepSolver.H2H);
    }

    static void requireKnown(String name) {
        if (!names().contains(name)) {
            throw new InvalidInputException("solver", unknown(name));
        }
    }

    /** Why a name is not a solver: a former name says what it became, any other lists the known ones. */
    public static String unknown(String name) {
        if (name.equals(FORMER_ENUMERATE)) {
            return "solver '" + FORMER_ENUMERATE + "' is now called '" + MappingEnumeration.NAME
                    + "' (every mapping under the order policy, not the best plan: cpsat proves that)";
        }
        return "unknown solver '" + name + "'; known: " + String.join(", ", names());
    }
}
