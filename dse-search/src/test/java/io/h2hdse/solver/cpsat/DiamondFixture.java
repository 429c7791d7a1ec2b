package io.h2hdse.solver.cpsat;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A fork S feeding X and Y, added by the merge M, then Z: every layer 1 s of compute on either of two
 * equal accelerators, except that X and Y may run on acc0 only; every link moves a tensor in 1 ms (S reads
 * its input from the host and Z writes its output there: 1.001 s each). By hand:
 * <ul>
 *   <li>cheap bound: the path S, X, M, Z, 4.002 s (X and Y alone on acc0 make 2 s);</li>
 *   <li>plain assignment bound (load and paths): Z on acc1, the rest on acc0: load 4.001 s, path
 *   1.001 + 1 + 1 + 0.001 + 1.001 = 4.003 s; no mapping does better (all on acc0: 5.002 s of load; S or M
 *   on acc1 adds a transfer to the path, 4.003 s or more), so 4.003 s;</li>
 *   <li>with the sequencing cut between the fork S and the merge M: X and Y share acc0 after S, so
 *   M starts at least 1.001 + 2 s after 0, and T ≥ 1.001 + 2 + 1 + 1.001 = 5.002 s;</li>
 *   <li>optimum: every layer on acc0, one after the other, 5.002 s: the cut bound is tight.</li>
 * </ul>
 */
final class DiamondFixture {
    static final double CHEAP = 4.002;
    static final double PLAIN = 4.003;
    static final double OPTIMUM = 5.002;

    private DiamondFixture() {}

    static Problem problem() {
        Shape shape = Shape.of(16, 8, 8);
        Workload workload = Workload.of(
                "diamond",
                8,
                List.of(
                        new Layer("S", Conv.square(16, 1, 1, 0), shape, List.of(), "s", "t"),
                        new Layer("X", Conv.square(16, 1, 1, 0), shape, List.of("S"), "x", "t"),
                        new Layer("Y", Conv.square(16, 1, 1, 0), shape, List.of("S"), "y", "t"),
                        new Layer("M", new Eltwise(Eltwise.Mode.ADD), shape, List.of("X", "Y"), "m", "t"),
                        new Layer("Z", Conv.square(16, 1, 1, 0), shape, List.of("M"), "z", "t")),
                ShapeCheck.STRICT);
        Link link = new Link(16 * 8 * 8 / 1e-3 / 1e9, 1);
        SystemSpec system = new SystemSpec(
                "two",
                List.of(
                        new Accelerator("acc0", EnumSet.allOf(OpKind.class), new TableSpec(), 1e6, 1, 0, 1),
                        new Accelerator("acc1", EnumSet.allOf(OpKind.class), new TableSpec(), 1e6, 1, 0, 1)),
                new Interconnect(
                        Map.of("acc0", link, "acc1", link),
                        List.of(new Interconnect.PairLink("acc0", "acc1", link)),
                        0),
                ExecutionOptions.defaults());
        boolean[] allowed = {true, true, true, false, true, false, true, true, true, true};
        return Problem.compile(workload, system, (w, layer, acc) -> new LayerCost(1, 1e-3))
                .restrict(allowed);
    }
}
