package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Problem;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.workload.FullyConnected;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.h2hdse.solver.h2h.H2hReleaseCasesTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** H2H on small DAGs worked out by hand (1 ms per input or output transfer, see {@link HandMadeCase}). */
class H2hHandMadeTest {
    private static final double EPS = 1e-12;
    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    /**
     * Fork-join a → {b, c} → d on X, Y. Compute: a 4/8, b 3/3, c 3/3, d 2/4 (X/Y).
     * Step 1: a → X (4.002 < 8.002). Frontier {b, c}: candidates XX 10.006, XY 7.004, YX 7.004 (tie, XY
     * came first), YY 10.006 → b X, c Y. d: X 7.004 + 2.002 = 9.006, Y 11.006 → X. Makespan 9.006.
     * Step 2: no weights, unchanged. Step 3: b → d back to back on X (d is b's only consumer): b
     * 3.001 (4.002 → 7.003), c on Y 4.002 → 7.004, d 2.001 from 7.004 → 9.005; a has two consumers,
     * so nothing is local around it. Energy 4.002 + 3.001 + 3.002 + 2.001 = 12.006.
     * Step 4 walks a, b, d, c from a (the only sink's branch head) and rejects every move:
     * a before c on Y → 13.005; d after c on Y → 11.005; c after a on X → 12.006; c before d on X →
     * 12.006. The second visit of d through c is skipped (nothing changed); pass two repeats the
     * four tries. Step 4 = 9.005.
     */
    @Test
    void forkJoin() {
        Problem p = new HandMadeCase("X", "Y")
                .layer("a", "", List.of(), 4, 8)
                .layer("b", "", List.of("a"), 3, 3)
                .layer("c", "", List.of("a"), 3, 3)
                .layer("d", "", List.of("b", "c"), 2, 4)
                .problem();
        H2hResult r = H2h.run(p);
        assertArrayEquals(new int[] {X, X, Y, X}, r.step(1).plan().mapping());
        assertArrayEquals(new int[][] {{0, 1, 3}, {2}}, r.step1Order());
        assertClose(9.006, r.step(1).makespan(), EPS, "step 1");
        assertClose(9.006, r.step(2).makespan(), EPS, "step 2");
        assertClose(9.005, r.step(3).makespan(), EPS, "step 3");
        assertClose(12.006, r.step(3).energy(), EPS, "step 3 energy");
        assertClose(9.005, r.step(4).makespan(), EPS, "step 4");
        assertEquals(8, r.tries().size());
        assertEquals(0, r.acceptedMoves());
        double[] candidates = {13.005, 11.005, 12.006, 12.006};
        for (int i = 0; i < 8; i++) {
            assertClose(candidates[i % 4], r.tries().get(i).makespan(), EPS, "try " + i);
        }
        assertFalse(r.greedyFallback());
    }

    /** Same fork-join with an enumeration limit of 1: greedy per layer (b to X on the 7.004 tie, c to Y), same mapping. */
    @Test
    void greedyFallbackAboveTheEnumerationLimit() {
        Problem p = new HandMadeCase("X", "Y")
                .layer("a", "", List.of(), 4, 8)
                .layer("b", "", List.of("a"), 3, 3)
                .layer("c", "", List.of("a"), 3, 3)
                .layer("d", "", List.of("b", "c"), 2, 4)
                .problem();
        FrontierMapping m = ComputationPrioritized.map(p, GraphOrder.of(p.workload()), 1);
        assertTrue(m.greedyFallback());
        assertArrayEquals(new int[] {X, X, Y, X}, m.mapping());
    }

    /**
     * Three branches p1 → p2, q1 → q2, r1 → r2 fused into f (branch p) on X, Y, Z. Compute 1 s for
     * the first layers, 2 s for the second ones except r2 on Z (1.9985 s), 1 s for f.
     * Step 1: {p1, q1, r1}: combinations × product, the first all-distinct assignment XYZ gives
     * 1.002, anything sharing an accelerator ≥ 2.004. {p2, q2, r2}: XYZ again (3.004; the others
     * with distinct accelerators tie and come later). f: X, Y, Z all finish 4.006, X first.
     * Step 3: p1 → p2 → f run back to back on X: p1 1.001, p2 2.000, f 1.001; q1 1.001, q2 2.001;
     * r1 1.001, r2 1.9995. f starts at max(3.001, 3.002, 3.0005) = 3.002 → 4.003.
     * Step 4 from p1: f after q2 on Y → 4.004, f after r2 on Z → 4.004, both rejected, twice.
     */
    @Test
    void fusionOfThreeBranches() {
        Problem p = new HandMadeCase("X", "Y", "Z")
                .layer("p1", "p", List.of(), 1, 1, 1)
                .layer("q1", "q", List.of(), 1, 1, 1)
                .layer("r1", "r", List.of(), 1, 1, 1)
                .layer("p2", "p", List.of("p1"), 2, 2, 2)
                .layer("q2", "q", List.of("q1"), 2, 2, 2)
                .layer("r2", "r", List.of("r1"), 2, 2, 1.9985)
                .layer("f", "p", List.of("p2", "q2", "r2"), 1, 1, 1)
                .problem();
        H2hResult r = H2h.run(p);
        assertArrayEquals(new int[] {X, Y, Z, X, Y, Z, X}, r.step(1).plan().mapping());
        assertClose(4.006, r.step(1).makespan(), EPS, "step 1");
        assertClose(4.006, r.step(2).makespan(), EPS, "step 2");
        assertClose(4.003, r.step(3).makespan(), EPS, "step 3");
        assertClose(3.002, r.step(3).schedule().start(6), EPS, "f starts after q2");
        assertEquals(4, r.tries().size());
        for (H2hTry t : r.tries()) {
            assertEquals(6, t.layer());
            assertEquals(H2hTry.Relation.AFTER_PRODUCER, t.relation());
            assertClose(4.004, t.makespan(), EPS, "try");
        }
        assertEquals(List.of(Y, Z, Y, Z), r.tries().stream().map(H2hTry::to).toList());
        assertClose(4.003, r.step(4).makespan(), EPS, "step 4");
    }

    /**
     * Chain a1 → a2 on X, Y. Compute a1 1/5, a2 2.0015/2 (X/Y). Step 1: a1 → X (1.002), a2 → Y
     * (1.002 + 2.002 = 3.004 beats 1.002 + 2.0035). Nothing local: steps 2 and 3 stay 3.004.
     * Step 4: a1 before a2 on Y: 5.001 + 2.001 = 7.002, rejected; a2 after a1 on X: 1.001 + 2.0025
     * = 3.0035 < 3.004, accepted. Pass two finds both on X: no more tries.
     */
    @Test
    void stepFourTradesComputeForCommunication() {
        Problem p = new HandMadeCase("X", "Y")
                .layer("a1", "a", List.of(), 1, 5)
                .layer("a2", "a", List.of("a1"), 2.0015, 2)
                .problem();
        H2hResult r = H2h.run(p);
        assertArrayEquals(new int[] {X, Y}, r.step(1).plan().mapping());
        assertClose(3.004, r.step(3).makespan(), EPS, "step 3");
        assertEquals(2, r.tries().size());
        assertClose(7.002, r.tries().get(0).makespan(), EPS, "a1 to Y");
        assertFalse(r.tries().get(0).accepted());
        assertTrue(r.tries().get(1).accepted());
        assertArrayEquals(new int[] {X, X}, r.step(4).plan().mapping());
        assertClose(3.0035, r.step(4).makespan(), EPS, "step 4");
        assertTrue(r.step(4).schedule().valid());
    }

    /**
     * One frontier of an eltwise layer e (declared first) and a fully connected layer f on one
     * accelerator: kinds are committed CONV, LSTM, FC first, then the others, so f runs before e.
     * f: 1 s + 1 ms weights + 1 ms in + 1 ms out = 1.003; e: 2.002 from 1.003 → 3.005.
     */
    @Test
    void kindsAreMappedInTheReleasesTypeOrder() {
        Problem p = new HandMadeCase("X")
                .layer("e", "", List.of(), 2)
                .layer("f", new FullyConnected(1), "", List.of(), 1)
                .problem();
        H2hResult r = H2h.run(p);
        assertArrayEquals(new int[][] {{1, 0}}, r.step1Order());
        assertClose(3.005, r.step(1).makespan(), EPS, "step 1");
    }

    /**
     * Activations crossing only edges between accelerators (the project's default): a → b on X, Y
     * with a 1/9 and b 9/1 s. Step 1 times every layer with its own full transfers (the release's
     * baseline assumption, 2 ms each here): a → X (1.002), b → Y (1.002 + 1.002 = 2.004), and the
     * evaluator then charges what EDGE mode moves: a reads 1 ms from the host, b's input crosses
     * the edge (1 ms) and b writes 1 ms to the host: 1.001 + 1 ms + 1.001 = 2.003. Step 3 changes
     * nothing in this mode; step 4's moves (a to Y: 9.001 + 1.001 = 10.002, b to X: 1.001 + 9.001
     * = 10.002) are rejected, in both passes.
     */
    @Test
    void edgeActivations() {
        Problem p = new HandMadeCase("X", "Y")
                .activations(ExecutionOptions.Activations.EDGE)
                .layer("a", "", List.of(), 1, 9)
                .layer("b", "", List.of("a"), 9, 1)
                .problem();
        H2hResult r = H2h.run(p);
        assertArrayEquals(new int[] {X, Y}, r.step(1).plan().mapping());
        for (int step = 1; step <= 4; step++) {
            assertClose(2.003, r.step(step).makespan(), EPS, "step " + step);
        }
        assertEquals(
                List.of(10.002, 10.002, 10.002, 10.002),
                r.tries().stream()
                        .map(t -> Math.round(t.makespan() * 1e6) / 1e6)
                        .toList());
    }
}
