package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.OpKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A problem with one possible mapping: every convolution may run only on the first accelerator, every
 * other layer only on the second. No move of a local search is doable there; the OptaPlanner solvers
 * must still return that mapping, evaluated, and promptly (they used to loop in their move selectors).
 */
class SingleMappingTest {
    @Test
    void optaPlannerReturnsTheOnlyMapping() {
        assertReturnsTheOnlyMapping(new OptaPlannerSolver());
        assertReturnsTheOnlyMapping(OptaPlannerSolver.epsilonConstraint());
    }

    @Test
    void optaPlannerListReturnsTheOnlyMapping() {
        assertReturnsTheOnlyMapping(new OptaPlannerListSolver());
    }

    private static void assertReturnsTheOnlyMapping(Solver solver) {
        Problem problem = pinned();
        int[] only = new int[problem.layers()];
        for (int l = 0; l < only.length; l++) {
            assertEquals(1, problem.allowedAccelerators(l).length);
            only[l] = problem.allowedAccelerators(l)[0];
        }
        double[] expected = new Evaluator(problem, OrderPolicy.RANK).evaluate(only);
        for (Budget budget : List.of(Budget.evaluations(1_000), Budget.wallTime(Duration.ofSeconds(1)))) {
            SolverResult result = assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> solver.solve(problem, budget, 1), solver.name() + " " + budget);
            assertArrayEquals(only, result.bestMapping(), solver.name());
            assertEquals(expected[0], result.bestLatency(), 1e-12 * expected[0], solver.name());
        }
    }

    /** An 8-layer multi-modal workload (convolutions, pools, adds) on two accelerators that share no op kind. */
    private static Problem pinned() {
        Random random = new Random(11);
        EnumSet<OpKind> others = EnumSet.allOf(OpKind.class);
        others.remove(OpKind.CONV);
        SystemSpec system = new SystemSpec(
                "pinned",
                List.of(
                        new Accelerator("acc0", EnumSet.of(OpKind.CONV), new TableSpec(), 512, 1.0, 0.01, 1),
                        new Accelerator("acc1", others, new TableSpec(), 512, 1.0, 0.01, 2)),
                new Interconnect(Map.of("acc0", new Link(0.5, 4), "acc1", new Link(0.5, 4)), List.of(), 0),
                ExecutionOptions.defaults());
        return Problem.compile(SolverFixtures.multiModal(random, 8), system, SolverFixtures.costModel(random));
    }
}
