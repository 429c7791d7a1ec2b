package io.h2hdse.solver.cpsat;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.Link;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Four problems on two equal accelerators where every layer takes 1 s of compute and every link moves a
 * tensor in 1 ms (sources read their input from the host and sinks write their output there: 1.001 s
 * each); some layers may run on one accelerator only. Each has one cut that makes the assignment bound its
 * optimum.
 */
final class SequencingFixtures {
    /**
     * A case by hand: its problem, its assignment bound without cuts ({@code plain}), its optimum, and a
     * mapping whose rank-decoder plan runs in the optimum.
     */
    record Case(Problem problem, double plain, double optimum, int[] optimalMapping) {}

    /** {@link #diamond()}'s cheap bound. */
    static final double DIAMOND_CHEAP = 4.002;

    /**
     * A fork S feeding X and Y (acc0 only), added by the merge M, then Z. By hand:
     * <ul>
     *   <li>cheap bound ({@link #DIAMOND_CHEAP}): the path S, X, M, Z, 4.002 s (X and Y alone on acc0 make 2 s);</li>
     *   <li>plain assignment bound (load and paths): Z on acc1, the rest on acc0: load 4.001 s, path
     *   1.001 + 1 + 1 + 0.001 + 1.001 = 4.003 s; no mapping does better (all on acc0: 5.002 s of load; S or
     *   M on acc1 adds a transfer to the path, 4.003 s or more), so 4.003 s;</li>
     *   <li>with the fork-to-merge cut: X and Y share acc0 after S, so M starts at least 1.001 + 2 s after 0,
     *   and T ≥ 1.001 + 2 + 1 + 1.001 = 5.002 s;</li>
     *   <li>optimum: every layer on acc0, one after the other, 5.002 s.</li>
     * </ul>
     */
    static Case diamond() {
        List<Layer> layers = new ArrayList<>(forkAndMerge());
        layers.add(conv("Z", "M"));
        return new Case(
                problem(layers, new boolean[] {true, true, true, false, true, false, true, true, true, true}),
                4.003,
                5.002,
                new int[] {0, 0, 0, 0, 0});
    }

    /**
     * Two chains P1 → Q1 and P2 → Q2, Q1 and Q2 on acc0 only; no fork, no merge. By hand:
     * <ul>
     *   <li>plain assignment bound, and with the fork-to-merge cuts (there are none): P1 and P2 on acc1, Q1
     *   and Q2 on acc0: loads 2.002 s each, paths 1.001 + 0.001 + 1.001 = 2.003 s; any P on acc0 makes its
     *   load 3.003 s; so 2.003 s;</li>
     *   <li>with the one-machine cut: Q1 and Q2 both have a head of 1.001 s (a P before them) and share acc0,
     *   so T ≥ 1.001 + 1.001 + 1.001 = 3.003 s;</li>
     *   <li>optimum: P1 on acc0, P2 on acc1, Q1 then Q2 on acc0: 3.003 s.</li>
     * </ul>
     */
    static Case twoChains() {
        return new Case(
                problem(chains(), new boolean[] {true, true, true, false, true, true, true, false}),
                2.003,
                3.003,
                new int[] {0, 0, 1, 0});
    }

    /**
     * Two chains P1 → Q1 and P2 → Q2 across the accelerators: P1 and P2 on acc1 only, Q1 and Q2 on acc0 only,
     * so each activation crosses the link. By hand:
     * <ul>
     *   <li>plain assignment bound: loads 2.002 s each, paths 1.001 + 0.001 + 1.001 = 2.003 s;</li>
     *   <li>with heads that ignore the accelerator (a Q's fastest predecessor ends at 1.001 s): T ≥ 1.001 +
     *   1.001 + 1.001 = 3.003 s;</li>
     *   <li>with the head on acc0 (a Q there waits for its P's end on acc1 and the 1 ms transfer: 1.002 s),
     *   T ≥ 1.002 + 1.001 + 1.001 = 3.004 s, and the same from the P's tails on acc1;</li>
     *   <li>optimum: P1 then P2 on acc1, Q1 at 1.002 s, Q2 at 2.003 s on acc0: 3.004 s.</li>
     * </ul>
     */
    static Case crossingChains() {
        return new Case(
                problem(chains(), new boolean[] {false, true, true, false, false, true, true, false}),
                2.003,
                3.004,
                new int[] {1, 0, 1, 0});
    }

    /**
     * A fork S on acc1 only feeding X and Y on acc0 only, joined by the merge M on acc1 only, the sink. By hand:
     * <ul>
     *   <li>plain assignment bound: loads 2 s on acc0, 2.002 s on acc1; the path 1.001 + 0.001 + 1 + 0.001 +
     *   1.001 = 3.004 s;</li>
     *   <li>with the fork-to-merge cut alone: X and Y share acc0 between S's end and M's start, so T ≥ 1.001 + 2 +
     *   1.001 = 4.002 s;</li>
     *   <li>with the transfers into and out of acc0 in that cut (S and M are not on acc0): the first of X and Y
     *   waits 1 ms for S's output, M waits 1 ms for the last one's, so T ≥ 1.001 + 0.001 + 2 + 0.001 + 1.001 =
     *   4.004 s;</li>
     *   <li>optimum: S, then X at 1.002 s and Y at 2.002 s on acc0, M at 3.003 s: 4.004 s.</li>
     * </ul>
     */
    static Case crossingDiamond() {
        return new Case(
                problem(forkAndMerge(), new boolean[] {false, true, true, false, true, false, false, true}),
                3.004,
                4.004,
                new int[] {1, 0, 0, 1});
    }

    private static final Shape SHAPE = Shape.of(16, 8, 8);

    private SequencingFixtures() {}

    /** P1 → Q1 and P2 → Q2. */
    private static List<Layer> chains() {
        return List.of(conv("P1"), conv("Q1", "P1"), conv("P2"), conv("Q2", "P2"));
    }

    /** S feeding X and Y, added by M. */
    private static List<Layer> forkAndMerge() {
        return List.of(
                conv("S"),
                conv("X", "S"),
                conv("Y", "S"),
                new Layer("M", new Eltwise(Eltwise.Mode.ADD), SHAPE, List.of("X", "Y"), "m", "t"));
    }

    private static Layer conv(String name, String... inputs) {
        return new Layer(name, Conv.square(16, 1, 1, 0), SHAPE, List.of(inputs), name.toLowerCase(Locale.ROOT), "t");
    }

    private static Problem problem(List<Layer> layers, boolean[] allowed) {
        Workload workload = Workload.of("sequencing", 8, layers, ShapeCheck.STRICT);
        Link link = new Link(16 * 8 * 8 / 1e-3 / 1e9, 1);
        return Problem.compile(workload, TwoAccelerators.system(link, link), (w, layer, acc) -> new LayerCost(1, 1e-3))
                .restrict(allowed);
    }
}
