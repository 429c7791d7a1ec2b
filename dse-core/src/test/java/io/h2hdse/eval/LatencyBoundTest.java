package io.h2hdse.eval;

import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.ExecutionOptions.Activations;
import io.h2hdse.system.ExecutionOptions.Energy;
import io.h2hdse.system.ExecutionOptions.Overlap;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.h2hdse.eval.EvalFixtures.MEGABYTE_PER_SECOND_GBPS;
import static io.h2hdse.eval.EvalFixtures.millis;
import static io.h2hdse.eval.EvalFixtures.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The latency bound never exceeds the best plan found by exhaustive search over mappings, orders and residencies. */
class LatencyBoundTest {
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (Activations activations : Activations.values()) {
            for (Overlap overlap : Overlap.values()) {
                for (int round = 0; round < 3; round++) {
                    int accs = round == 2 ? 3 : 2;
                    int layers = accs == 3 ? 4 : 5;
                    cases.add(Arguments.of(
                            new ExecutionOptions(activations, overlap, Energy.COMPONENTS), layers, accs, seed++));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void boundNeverExceedsTheOptimumOverMappingsOrdersAndResidencies(
            ExecutionOptions options, int layers, int accs, long seed) {
        Random random = new Random(seed);
        Workload workload = EvalFixtures.randomDag(random, layers);
        Problem problem =
                Problem.compile(workload, EvalFixtures.mixedSystem(random, accs, options), EvalFixtures.SYNTHETIC);
        double bound = LatencyBound.of(problem);
        double optimum = new Exhaustive(problem).best();
        assertTrue(bound > 0);
        assertTrue(bound <= optimum * (1 + 1e-12), "bound " + bound + " above the optimum " + optimum);
    }

    /**
     * The diamond a → {b, c} → d of the hand-computed evaluator tests, 1 ms per transfer: fastest
     * durations a 1 + 1 (host input), b 2, c 2, d 1 + 1 (host output); the path a, b, d takes 6 ms,
     * the work 8 ms over two accelerators 4 ms.
     */
    @Test
    void diamondBoundIsItsLongestFastestPath() {
        Workload diamond = Workload.of(
                "diamond",
                8,
                List.of(
                        pass("a", ""),
                        pass("b", "", "a"),
                        pass("c", "", "a"),
                        new Layer("d", new Eltwise(Eltwise.Mode.ADD), Shape.of(10, 10, 10), List.of("b", "c"))),
                ShapeCheck.STRICT);
        SystemSpec system = EvalFixtures.system(
                ExecutionOptions.defaults(),
                new double[] {1e9, 1e9},
                new double[] {1, 0.5},
                new double[] {2, 1},
                MEGABYTE_PER_SECOND_GBPS,
                1e6);
        Problem problem = Problem.compile(
                diamond,
                system,
                millis(Map.of(
                        "a",
                        new double[] {1, 2},
                        "b",
                        new double[] {4, 2},
                        "c",
                        new double[] {3, 2},
                        "d",
                        new double[] {1, 2})));
        assertEquals(6e-3, LatencyBound.of(problem), 1e-12);
    }

    /** Every allowed mapping × every order per accelerator × every residency that fits × local activations on and off. */
    private static final class Exhaustive {
        private final Problem problem;
        private final Evaluator evaluator;
        private final int[] mapping;
        private final double[] out = new double[2];
        private double best = Double.POSITIVE_INFINITY;

        Exhaustive(Problem problem) {
            this.problem = problem;
            this.evaluator = new Evaluator(problem);
            this.mapping = new int[problem.layers()];
        }

        double best() {
            map(0);
            return best;
        }

        private void map(int layer) {
            if (layer == mapping.length) {
                List<List<int[]>> orders = new ArrayList<>();
                for (int a = 0; a < problem.accelerators(); a++) {
                    List<Integer> onAcc = new ArrayList<>();
                    for (int l = 0; l < mapping.length; l++) {
                        if (mapping[l] == a) {
                            onAcc.add(l);
                        }
                    }
                    orders.add(permutations(onAcc));
                }
                order(orders, 0, new int[problem.accelerators()][]);
                return;
            }
            for (int acc : problem.allowedAccelerators(layer)) {
                mapping[layer] = acc;
                map(layer + 1);
            }
        }

        private void order(List<List<int[]>> orders, int acc, int[][] chosen) {
            if (acc == chosen.length) {
                for (int subset = 0; subset < 1 << mapping.length; subset++) {
                    boolean[] resident = new boolean[mapping.length];
                    double[] used = new double[problem.accelerators()];
                    for (int l = 0; l < mapping.length; l++) {
                        resident[l] = (subset >> l & 1) == 1;
                        used[mapping[l]] += resident[l] ? problem.weightBits(l) : 0;
                    }
                    if (fits(used)) {
                        for (boolean local : new boolean[] {true, false}) {
                            evaluator.evaluate(new Plan(mapping.clone(), chosen.clone(), resident, local), out);
                            best = Math.min(best, out[0]);
                        }
                    }
                }
                return;
            }
            for (int[] queue : orders.get(acc)) {
                chosen[acc] = queue;
                order(orders, acc + 1, chosen);
            }
        }

        private boolean fits(double[] used) {
            for (int a = 0; a < used.length; a++) {
                if (used[a] > problem.weightCapacityBits(a)) {
                    return false;
                }
            }
            return true;
        }

        private static List<int[]> permutations(List<Integer> items) {
            List<int[]> all = new ArrayList<>();
            if (items.isEmpty()) {
                all.add(new int[0]);
                return all;
            }
            for (int i = 0; i < items.size(); i++) {
                List<Integer> rest = new ArrayList<>(items);
                int first = rest.remove(i);
                for (int[] tail : permutations(rest)) {
                    int[] queue = new int[tail.length + 1];
                    queue[0] = first;
                    System.arraycopy(tail, 0, queue, 1, tail.length);
                    all.add(queue);
                }
            }
            return all;
        }
    }
}
