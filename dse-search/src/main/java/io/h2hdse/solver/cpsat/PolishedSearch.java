package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;

/**
 * A mapping search that ends in the {@link Polish}: the search runs as it is, with the polish as its settings'
 * {@link SearchSettings#finish() finish}, which its recorder runs as the result is taken. The registry wraps
 * the mapping searches in it ({@link io.h2hdse.solver.SolverRegistry#standard()}), so that no search calls the
 * polish itself.
 */
public record PolishedSearch(Solver search) implements Solver {
    @Override
    public String name() {
        return search.name();
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings settings) {
        return search.solve(problem, budget, seed, settings.withFinish(Polish::finish));
    }
}
