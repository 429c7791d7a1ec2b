package io.h2hdse.eval;

import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.ExecutionOptions.Activations;
import io.h2hdse.system.ExecutionOptions.Energy;
import io.h2hdse.system.ExecutionOptions.Overlap;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Concat;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.h2hdse.eval.EvalFixtures.MEGABYTE_PER_SECOND_GBPS;
import static io.h2hdse.eval.EvalFixtures.millis;
import static io.h2hdse.eval.EvalFixtures.pass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schedules worked out by hand. Every tensor is 1000 bytes and every link moves 1000 bytes per
 * millisecond, so each transfer takes 1 ms.
 */
class EvaluatorHandComputedTest {
    private static final double EPS = 1e-12;

    /** a → {b, c} → d, with d an element-wise add. */
    private static Workload diamond() {
        return Workload.of(
                "diamond",
                8,
                List.of(
                        pass("a", ""),
                        pass("b", "", "a"),
                        pass("c", "", "a"),
                        new Layer("d", new Eltwise(Eltwise.Mode.ADD), Shape.of(10, 10, 10), List.of("b", "c"))),
                ShapeCheck.STRICT);
    }

    private static final Map<String, double[]> DIAMOND_MS = Map.of(
            "a", new double[] {1, 2}, "b", new double[] {4, 2}, "c", new double[] {3, 2}, "d", new double[] {1, 2});

    private static Problem diamondProblem(ExecutionOptions options) {
        SystemSpec system = EvalFixtures.system(
                options,
                new double[] {1e9, 1e9},
                new double[] {1, 0.5},
                new double[] {2, 1},
                MEGABYTE_PER_SECOND_GBPS,
                1e6);
        return Problem.compile(diamond(), system, millis(DIAMOND_MS));
    }

    /**
     * Two accelerators with ample weight memory, 1 W each, and links on which every host transfer
     * and every activation between them in these tests takes 1 ms.
     */
    private static Problem onTwoMillisecondLinkAccelerators(Workload workload, LayerCostModel costs) {
        SystemSpec system = EvalFixtures.system(
                ExecutionOptions.defaults(),
                new double[] {1e9, 1e9},
                new double[] {0, 0},
                new double[] {1, 1},
                MEGABYTE_PER_SECOND_GBPS,
                1e6);
        return Problem.compile(workload, system, costs);
    }

    /**
     * Branch a is one layer; branch b feeds c on the other accelerator. Declaration order runs a
     * first and keeps c waiting; the rank decoder starts b first because its path is longer.
     */
    @Test
    void rankDecoderStartsTheLongerPathFirst() {
        Workload workload = Workload.of(
                "two-branches", 8, List.of(pass("a", "x"), pass("b", "y"), pass("c", "y", "b")), ShapeCheck.STRICT);
        Problem problem = onTwoMillisecondLinkAccelerators(
                workload, millis(Map.of("a", new double[] {3, 3}, "b", new double[] {1, 1}, "c", new double[] {5, 5})));
        int[] mapping = {0, 0, 1};
        // Durations with host transfers of 1 ms: a (source and sink) 3 + 1 + 1 = 5, b (source) 2, c (sink) 6.
        // Ranks: c = 6, b = 2 + (1 ms transfer + 6) = 9, a = 5: dispatch b, c, a.
        // Topological: a [0, 5], b [5, 7], c from 8 → 14. Rank: b [0, 2], a [2, 7], c from 3 → 9.
        assertEquals(
                14e-3,
                Schedule.of(problem, Plan.of(mapping), OrderPolicy.TOPOLOGICAL).makespan(),
                EPS);
        assertEquals(14e-3, new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(mapping)[0], EPS);
        // The rank decoder is the default of both.
        assertEquals(9e-3, Schedule.of(problem, Plan.of(mapping)).makespan(), EPS);
        assertEquals(9e-3, new Evaluator(problem).evaluate(mapping)[0], EPS);
        Schedule ranked = Schedule.of(problem, Plan.of(mapping), OrderPolicy.RANK);
        assertEquals(9e-3, ranked.makespan(), EPS);
        assertEquals(2e-3, ranked.start(0), EPS);
        assertEquals(3e-3, ranked.start(2), EPS);
        Evaluator evaluator = new Evaluator(problem, OrderPolicy.RANK);
        assertEquals(ranked.makespan(), evaluator.evaluate(mapping)[0]);
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new int[][] {{1, 0}, {2}}, evaluator.rankOrder(Plan.of(mapping)));
    }

    /**
     * Branch x is p on accelerator 1 feeding h and then q on accelerator 0; branch y is s alone on
     * accelerator 0. h outranks s, but its input is still in flight at time 0: the rank decoder
     * starts s while it waits, where running accelerator 0 strictly by rank would idle until h's
     * input arrives and run s last.
     */
    @Test
    void rankDecoderRunsAReadyLayerWhileTheHigherRankedOneWaitsForItsInput() {
        Workload workload = Workload.of(
                "wait-or-run",
                8,
                List.of(pass("p", "x"), pass("h", "x", "p"), pass("q", "x", "h"), pass("s", "y")),
                ShapeCheck.STRICT);
        Problem problem = onTwoMillisecondLinkAccelerators(
                workload,
                millis(Map.of(
                        "p", new double[] {3, 3},
                        "h", new double[] {1, 1},
                        "q", new double[] {5, 5},
                        "s", new double[] {2, 2})));
        int[] mapping = {1, 0, 0, 0};
        // Durations with host transfers of 1 ms: p (source) 4, h 1, q (sink) 6, s (source and sink) 4.
        // Ranks: q 6, h 1 + 6 = 7, p 4 + (1 ms transfer + 7) = 12, s 4: by rank alone accelerator 0
        // runs h, q, s: p [0, 4], h from 5 (arrival) to 6, q [6, 12], s [12, 16].
        // In time: at 0 accelerator 0 can start s (h's input arrives at 5), so s [0, 4], h [5, 6], q [6, 12].
        Schedule ranked = Schedule.of(problem, Plan.of(mapping), OrderPolicy.RANK);
        assertEquals(12e-3, ranked.makespan(), EPS);
        assertEquals(0, ranked.start(3), EPS);
        assertEquals(5e-3, ranked.start(1), EPS);
        assertEquals(
                16e-3,
                Schedule.of(problem, new Plan(mapping, new int[][] {{1, 2, 3}, {0}}, null, true))
                        .makespan(),
                EPS);
        Evaluator evaluator = new Evaluator(problem, OrderPolicy.RANK);
        assertEquals(ranked.makespan(), evaluator.evaluate(mapping)[0]);
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new int[][] {{3, 1, 2}, {0}}, evaluator.rankOrder(Plan.of(mapping)));
    }

    /**
     * Ranks are HEFT's, on mean costs over the accelerators that can run a layer, not this mapping's
     * own: u feeds v, and w stands alone, all three on accelerator 0. On accelerator 0 alone w would
     * outrank u; on average over both accelerators, where v is slow on accelerator 1, u outranks w.
     */
    @Test
    void rankDecoderRanksOnMeanCostsNotOnTheMappingsOwn() {
        Workload workload = Workload.of(
                "mean-ranks", 8, List.of(pass("u", "x"), pass("v", "x", "u"), pass("w", "y")), ShapeCheck.STRICT);
        Problem problem = onTwoMillisecondLinkAccelerators(
                workload,
                millis(Map.of(
                        "u", new double[] {1, 1},
                        "v", new double[] {1, 11},
                        "w", new double[] {4, 4})));
        int[] mapping = {0, 0, 0};
        // Durations with host transfers of 1 ms: u (source) 2 on both, v (sink) 2 and 12, w (source and
        // sink) 6 on both. Mean ranks: v 7, u 2 + (1 ms mean transfer + 7) = 10, w 6. On accelerator 0
        // alone they would be v 2, u 4, w 6, and w would start first.
        // Dispatch: u [0, 2]; at 2, v (arrived at 2) and w both can start: v (7 > 6) [2, 4], w [4, 10].
        Schedule ranked = Schedule.of(problem, Plan.of(mapping));
        assertEquals(10e-3, ranked.makespan(), EPS);
        assertEquals(0, ranked.start(0), EPS);
        assertEquals(2e-3, ranked.start(1), EPS);
        assertEquals(4e-3, ranked.start(2), EPS);
        Evaluator evaluator = new Evaluator(problem);
        assertEquals(ranked.makespan(), evaluator.evaluate(mapping)[0]);
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new int[][] {{0, 1, 2}, {}}, evaluator.rankOrder(Plan.of(mapping)));
        // A restriction keeps its base's ranks: v pinned to accelerator 0 decodes the same.
        boolean[] vOnZero = {true, true, true, false, true, true};
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                new int[][] {{0, 1, 2}, {}}, new Evaluator(problem.restrict(vOnZero)).rankOrder(Plan.of(mapping)));
    }

    @Test
    void diamondAcrossTwoAcceleratorsMovesActivationsOnCrossEdges() {
        Problem problem = diamondProblem(ExecutionOptions.defaults());
        int[] mapping = {0, 0, 1, 0}; // a, b, c, d in topological order
        // a: host input 1 ms + 1 ms → [0, 2]; b: [2, 6]; c: a's output arrives at 3 → [3, 5];
        // d: c's output arrives at 6, b at 6 → start 6, 1 ms + 1 ms host output → 8.
        Schedule schedule = Schedule.of(problem, Plan.of(mapping), OrderPolicy.TOPOLOGICAL);
        assertEquals(8e-3, schedule.makespan(), EPS);
        assertEquals(3e-3, schedule.start(2), EPS);
        assertEquals(6e-3, schedule.start(3), EPS);
        // compute 8 ms × 1 W + transfers (host in 1e-3, a→c 2e-3, c→d 2e-3, host out 1e-3) + static 1.5 W × 8 ms
        assertEquals(8e-3 + 6e-3 + 12e-3, schedule.energy(), EPS);
        double[] fast = new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(mapping);
        assertEquals(schedule.makespan(), fast[0]);
        assertEquals(schedule.energy(), fast[1]);
        assertTrue(schedule.valid());
        assertEquals(4, schedule.transfers().size());
    }

    @Test
    void diamondInReleaseModeKeepsOnlyBackToBackChainActivationsLocal() {
        Problem problem =
                diamondProblem(new ExecutionOptions(Activations.BACK_TO_BACK, Overlap.NONE, Energy.BUSY_POWER));
        int[] mapping = {0, 0, 1, 0};
        // a: 1 + in 1 + out 1 (a has two consumers) → [0, 3]; b: in 1 (a is not chained to b), out kept local
        // for d → [3, 8]; c: 2 + 1 + 1 → [3, 7]; d: input local from b, output 1 → [8, 10].
        Schedule schedule = Schedule.of(problem, Plan.of(mapping), OrderPolicy.TOPOLOGICAL);
        assertEquals(10e-3, schedule.makespan(), EPS);
        assertEquals(8e-3, schedule.start(3), EPS);
        // busy power: acc0 (3 + 5 + 2 ms) × 2 W + acc1 4 ms × 1 W
        assertEquals(24e-3, schedule.energy(), EPS);
        assertEquals(10e-3, schedule.busySeconds(0), EPS);
        assertEquals(4e-3, schedule.busySeconds(1), EPS);
        double[] fast = new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(mapping);
        assertEquals(schedule.makespan(), fast[0]);
        assertEquals(schedule.energy(), fast[1]);

        // Without local activations b writes and d reads over the link: b [3, 9], d [9, 12].
        Plan noLocality = new Plan(mapping, null, null, false);
        assertEquals(
                12e-3, Schedule.of(problem, noLocality, OrderPolicy.TOPOLOGICAL).makespan(), EPS);
        double[] out = new double[2];
        new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(noLocality, out);
        assertEquals(12e-3, out[0], EPS);
    }

    @Test
    void doubleBufferingHidesTransfersBehindCompute() {
        Problem problem =
                diamondProblem(new ExecutionOptions(Activations.EDGE, Overlap.DOUBLE_BUFFERED, Energy.COMPONENTS));
        // a: max(1, host in 1) → [0, 1]; b: [1, 5]; c: arrives 2 → [2, 4]; d: c arrives 5, b 5 → max(1, 1) → 6.
        assertEquals(6e-3, new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(new int[] {0, 0, 1, 0})[0], EPS);
    }

    @Test
    void forkJoinWithGivenOrdersAndADeadlock() {
        Workload forkJoin = Workload.of(
                "fork-join",
                8,
                List.of(
                        pass("s", ""),
                        pass("x", "", "s"),
                        pass("y", "", "s"),
                        pass("z", "", "s"),
                        new Layer("j", new Concat(), Shape.of(30, 10, 10), List.of("x", "y", "z"))),
                ShapeCheck.STRICT);
        Map<String, double[]> ms = Map.of(
                "s",
                new double[] {1, 1},
                "x",
                new double[] {2, 2},
                "y",
                new double[] {3, 3},
                "z",
                new double[] {1, 1},
                "j",
                new double[] {1, 1});
        SystemSpec system = EvalFixtures.system(
                ExecutionOptions.defaults(),
                new double[] {1e9, 1e9},
                new double[] {0, 0},
                new double[] {0, 0},
                MEGABYTE_PER_SECOND_GBPS,
                0);
        Problem problem = Problem.compile(forkJoin, system, millis(ms));
        int[] mapping = {0, 0, 1, 0, 0}; // s, x, y, z, j
        // Topological order on acc0: s [0, 2] (host input), x [2, 4], z [4, 5]; y on acc1: s arrives 3 → [3, 6];
        // j: y arrives 7, output 3000 bytes to host → 1 + 3 ms → [7, 11].
        assertEquals(11e-3, new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(mapping)[0], EPS);
        // Run z before x on acc0: z [2, 3], x [3, 5]; j still waits for y → 11.
        int[][] zFirst = {{0, 3, 1, 4}, {2}};
        double[] out = new double[2];
        new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(new Plan(mapping, zFirst, null, true), out);
        assertEquals(11e-3, out[0], EPS);
        assertEquals(
                3e-3,
                Schedule.of(problem, new Plan(mapping, zFirst, null, true), OrderPolicy.TOPOLOGICAL)
                        .start(1),
                EPS);
        // j before x on acc0 contradicts the edge x → j: no schedule exists.
        int[][] deadlock = {{0, 4, 1, 3}, {2}};
        new Evaluator(problem, OrderPolicy.TOPOLOGICAL).evaluate(new Plan(mapping, deadlock, null, true), out);
        assertEquals(Double.POSITIVE_INFINITY, out[0]);
        assertFalse(Schedule.of(problem, new Plan(mapping, deadlock, null, true), OrderPolicy.TOPOLOGICAL)
                .valid());
    }

    @Test
    void fusionOfTwoBranchesPaysWeightsUnlessResident() {
        Workload fusion = Workload.of(
                "fusion",
                8,
                List.of(
                        pass("a1", "A"),
                        pass("b1", "B"),
                        new Layer("f", new Concat(), Shape.of(20, 10, 10), List.of("a1", "b1"), "fusion", ""),
                        new Layer("h", new FullyConnected(10), Shape.of(20, 10, 10), List.of("f"), "fusion", "task")),
                ShapeCheck.STRICT);
        Map<String, double[]> ms = Map.of(
                "a1",
                new double[] {2, 3, 3},
                "b1",
                new double[] {2, 1, 5},
                "f",
                new double[] {0.5, 0.5, 0.5},
                "h",
                new double[] {1, 1, 1});
        int[] mapping = {0, 1, 2, 2}; // a1, b1, f, h
        // a1: host in 1 + 2 → [0, 3]; b1: 1 + 1 → [0, 2]; f: a1 arrives 4, b1 3 → [4, 4.5];
        // h: 20000 weight bytes → 20 ms, compute 1, output 10 bytes → 0.01 ms → [4.5, 25.51].
        SystemSpec noCapacity = EvalFixtures.system(
                ExecutionOptions.defaults(),
                new double[] {0, 0, 0},
                new double[3],
                new double[3],
                MEGABYTE_PER_SECOND_GBPS,
                0);
        Problem problem = Problem.compile(fusion, noCapacity, millis(ms));
        Schedule schedule = Schedule.of(problem, Plan.of(mapping), OrderPolicy.TOPOLOGICAL);
        assertEquals(25.51e-3, schedule.makespan(), EPS);
        assertFalse(schedule.resident(3));
        // With 20000 bytes of weight memory on acc2, h's weights stay resident: 4.5 + 1.01.
        SystemSpec roomy = EvalFixtures.system(
                ExecutionOptions.defaults(),
                new double[] {0, 0, 20000},
                new double[3],
                new double[3],
                MEGABYTE_PER_SECOND_GBPS,
                0);
        Problem resident = Problem.compile(fusion, roomy, millis(ms));
        assertEquals(5.51e-3, new Evaluator(resident, OrderPolicy.TOPOLOGICAL).evaluate(mapping)[0], EPS);
        assertTrue(
                Schedule.of(resident, Plan.of(mapping), OrderPolicy.TOPOLOGICAL).resident(3));
    }
}
