package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The OptaPlanner solvers build their solver factory once per thread ({@link LateAcceptance}): a solve
 * on a thread that has solved before must be the solve a fresh thread makes with the same seed, and
 * another seed must give another run.
 */
class SolverReuseTest {
    private static final Budget BUDGET = Budget.evaluations(300);

    @Test
    void aReusedFactoryGivesEachSeedItsOwnRun() throws Exception {
        for (Solver solver : new Solver[] {new OptaPlannerSolver(), new OptaPlannerListSolver()}) {
            Problem problem = SolverFixtures.problem(7100, 30, 4);
            SolverResult first = solver.solve(problem, BUDGET, 1);
            SolverResult reused = solver.solve(problem, BUDGET, 2);
            SolverResult fresh = CompletableFuture.supplyAsync(() -> solver.solve(problem, BUDGET, 2))
                    .get();

            assertEquals(fresh.bestLatency(), reused.bestLatency(), solver.name());
            assertArrayEquals(fresh.bestMapping(), reused.bestMapping(), solver.name());
            assertEquals(front(fresh), front(reused), solver.name());
            assertEquals(BUDGET.maxEvaluations(), reused.evaluations(), solver.name());
            assertFalse(front(first).equals(front(reused)), solver.name() + ": seeds 1 and 2 gave the same run");
        }
    }

    /** The Pareto set's (latency, energy) pairs. */
    private static List<List<Double>> front(SolverResult result) {
        return result.pareto().stream()
                .map(p -> List.of(p.latency(), p.energy()))
                .toList();
    }
}
