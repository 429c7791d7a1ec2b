package io.h2hdse.sweep;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Models far deeper than any zoo model run through every solver within the default thread stack:
 * nothing walks the graph by recursion. Each shape is random in its sizes and wiring; every solver
 * runs once on it at a tiny budget, and must return a valid mapping of every layer (enumerate may
 * refuse, with its own message).
 */
class LargeGraphTest {
    private static final Shape SHAPE = Shape.of(16, 8, 8);

    /**
     * The shapes and their default sizes. A fan's frontiers are wide, and H2H's step 1 enumerates every
     * assignment of a frontier up to its limit, committing a few layers each time: 20,000 layers keep it
     * to seconds; the chain and the diamonds, whose depth is the point, have 100,000.
     */
    enum Kind {
        CHAIN(100_000),
        FAN(20_000),
        DIAMONDS(100_000);

        final int layers;

        Kind(int layers) {
            this.layers = layers;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void everySolverMapsAHugeModel(Kind kind) {
        int layers = Integer.getInteger("largeGraph.layers", kind.layers);
        Random random = new Random(layers * 31L + kind.ordinal());
        Workload model = switch (kind) {
            case CHAIN -> chain(random, layers);
            case FAN -> fan(random, layers);
            case DIAMONDS -> diamonds(random, layers);
        };
        Problem problem = Problem.compile(
                model, SolverFixtures.system(random, 3, ExecutionOptions.defaults()), SolverFixtures.costModel(random));
        for (String solver : SolverCatalog.names()) {
            SolverResult result;
            try {
                result = SolverCatalog.create(solver).solve(problem, Budget.evaluations(3), 1);
            } catch (RuntimeException refused) {
                if (!solver.equals("enumerate")) {
                    throw refused;
                }
                assertTrue(refused.getMessage().startsWith("enumerate refuses"), refused.getMessage());
                continue;
            }
            int[] mapping = result.bestMapping();
            assertEquals(model.size(), mapping.length, solver);
            for (int l = 0; l < mapping.length; l++) {
                assertTrue(problem.allowed(l, mapping[l]), solver);
            }
            assertTrue(
                    result.bestLatency() > 0 && Double.isFinite(result.bestLatency()),
                    solver + ": " + result.bestLatency());
        }
    }

    /** Each layer feeds the next; a random few also take the layer two back (an add): still one long path. */
    static Workload chain(Random random, int layers) {
        List<Layer> list = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            List<String> inputs = i == 0
                    ? List.of()
                    : i >= 2 && random.nextInt(10) == 0 ? List.of(name(i - 1), name(i - 2)) : List.of(name(i - 1));
            list.add(
                    inputs.size() == 2
                            ? layer(i, new Eltwise(Eltwise.Mode.ADD), inputs)
                            : layer(i, Conv.square(16, 1, 1, 0), inputs));
        }
        return Workload.of("chain" + layers, 8, list, ShapeCheck.STRICT);
    }

    /** One source feeding short chains of random length side by side: many sinks, wide frontiers. */
    static Workload fan(Random random, int layers) {
        List<Layer> list = new ArrayList<>(List.of(layer(0, Conv.square(16, 1, 1, 0), List.of())));
        String previous = name(0);
        for (int i = 1; i < layers; i++) {
            String from = random.nextInt(3) == 0 ? name(0) : previous;
            list.add(layer(i, Conv.square(16, 1, 1, 0), List.of(from)));
            previous = name(i);
        }
        return Workload.of("fan" + layers, 8, list, ShapeCheck.STRICT);
    }

    /** Diamonds one after the other: a layer forks into two paths of random length that an add joins. */
    static Workload diamonds(Random random, int layers) {
        List<Layer> list = new ArrayList<>(List.of(layer(0, Conv.square(16, 1, 1, 0), List.of())));
        String fork = name(0);
        int i = 1;
        while (i < layers) {
            if (layers - i < 3) {
                list.add(layer(i, Conv.square(16, 1, 1, 0), List.of(fork)));
                fork = name(i++);
                continue;
            }
            int left = 1 + random.nextInt(Math.min(4, layers - i - 2));
            String end = fork;
            for (int k = 0; k < left; k++, i++) {
                list.add(layer(i, Conv.square(16, 1, 1, 0), List.of(end)));
                end = name(i);
            }
            list.add(layer(i, Conv.square(16, 1, 1, 0), List.of(fork)));
            String right = name(i++);
            list.add(layer(i, new Eltwise(Eltwise.Mode.ADD), List.of(end, right)));
            fork = name(i++);
        }
        return Workload.of("diamonds" + layers, 8, list, ShapeCheck.STRICT);
    }

    private static Layer layer(int i, io.h2hdse.workload.Op op, List<String> inputs) {
        return new Layer(name(i), op, SHAPE, inputs, "b", "t");
    }

    private static String name(int i) {
        return "L" + i;
    }
}
