package io.h2hdse.solver;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.solver.constraint.OptaPlannerListSolver;
import io.h2hdse.solver.constraint.OptaPlannerSolver;
import io.h2hdse.solver.cpsat.CpSatSolver;
import io.h2hdse.solver.cpsat.PolishedSearch;
import io.h2hdse.solver.enumerate.MappingEnumeration;
import io.h2hdse.solver.genetic.GeneticSolver;
import io.h2hdse.solver.random.RandomSearch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Solvers by name. {@link #standard()} holds the search solvers; other families (the H2H solver and
 * its baseline) join with {@link #with(String, Supplier)}. Immutable.
 */
public final class SolverRegistry {
    private final Map<String, Supplier<Solver>> solvers;

    private SolverRegistry(Map<String, Supplier<Solver>> solvers) {
        this.solvers = Collections.unmodifiableMap(solvers);
    }

    /**
     * {@code ga}, {@code nsga2}, {@code optaplanner}, {@code optaplanner-eps}, {@code optaplanner-list},
     * {@code enumerate}, {@code cpsat} and {@code random} with default settings; the mapping searches among them
     * end in the polish ({@link PolishedSearch}).
     */
    public static SolverRegistry standard() {
        return new SolverRegistry(new LinkedHashMap<>())
                .with("ga", polished(GeneticSolver::singleObjective))
                .with("nsga2", polished(GeneticSolver::nsga2))
                .with("optaplanner", polished(OptaPlannerSolver::new))
                .with("optaplanner-eps", polished(OptaPlannerSolver::epsilonConstraint))
                .with(OptaPlannerListSolver.NAME, polished(OptaPlannerListSolver::new))
                .with(MappingEnumeration.NAME, MappingEnumeration::new)
                .with(CpSatSolver.NAME, CpSatSolver::new)
                .with("random", polished(RandomSearch::new));
    }

    /** A mapping search that ends in the polish ({@link PolishedSearch}); the others choose orders themselves. */
    private static Supplier<Solver> polished(Supplier<Solver> search) {
        return () -> new PolishedSearch(search.get());
    }

    /** A registry with one more solver; the name must be new. */
    public SolverRegistry with(String name, Supplier<Solver> factory) {
        if (solvers.containsKey(name)) {
            throw new IllegalArgumentException("solver " + name + " is already registered");
        }
        Map<String, Supplier<Solver>> more = new LinkedHashMap<>(solvers);
        more.put(name, factory);
        return new SolverRegistry(more);
    }

    /** Names in registration order. */
    public Set<String> names() {
        return solvers.keySet();
    }

    /** A new solver; throws {@link InvalidInputException} naming the known solvers if the name is unknown. */
    public Solver create(String name) {
        Supplier<Solver> factory = solvers.get(name);
        if (factory == null) {
            throw new InvalidInputException(
                    "solver", "unknown solver " + name + "; known: " + String.join(", ", solvers.keySet()));
        }
        return factory.get();
    }
}
