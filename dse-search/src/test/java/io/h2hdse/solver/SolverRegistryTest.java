package io.h2hdse.solver;

import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolverRegistryTest {
    @Test
    void standardNamesAndEachSolverKnowsItsName() {
        SolverRegistry registry = SolverRegistry.standard();
        assertEquals(
                List.of(
                        "ga",
                        "nsga2",
                        "optaplanner",
                        "optaplanner-eps",
                        "optaplanner-list",
                        "enumerate",
                        "cpsat",
                        "random"),
                List.copyOf(registry.names()));
        for (String name : registry.names()) {
            assertEquals(name, registry.create(name).name());
        }
    }

    @Test
    void otherFamiliesJoinLater() {
        Solver h2h = new Solver() {
            @Override
            public String name() {
                return "h2h";
            }

            @Override
            public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings settings) {
                throw new UnsupportedOperationException();
            }
        };
        SolverRegistry more = SolverRegistry.standard().with("h2h", () -> h2h);
        assertSame(h2h, more.create("h2h"));
        assertEquals(8, SolverRegistry.standard().names().size(), "the standard registry is unchanged");
        assertThrows(IllegalArgumentException.class, () -> more.with("ga", () -> h2h));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> SolverRegistry.standard().create("tabu"));
        assertTrue(
                e.getMessage()
                        .contains(
                                "unknown solver tabu; known: ga, nsga2, optaplanner, optaplanner-eps, optaplanner-list, enumerate, cpsat, random"),
                e.getMessage());
    }
}
