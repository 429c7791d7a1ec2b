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

import java.util.List;

/**
 * Two 1 s sources A and B added by a 1 s layer C, on two equal accelerators whose host links move a
 * 1,024-byte tensor in 1 ms and whose direct link moves it in 0.5 s. By hand: the cheap bound is the
 * path A → C, 1.001 + 1.001 = 2.002 s; every mapping either puts all three on one accelerator (3.003 s of
 * load) or moves A's or B's output over the direct link (1.001 + 0.5 + 1.001 = 2.502 s of path), so the
 * assignment bound is 2.502 s, and A and B apart with C beside one of them runs in exactly that: the optimum.
 */
final class ThreeLayerFixture {
    static final double CHEAP = 2.002;
    static final double OPTIMUM = 2.502;

    private ThreeLayerFixture() {}

    static Problem problem() {
        Shape shape = Shape.of(16, 8, 8);
        Workload workload = Workload.of(
                "three",
                8,
                List.of(
                        new Layer("A", Conv.square(16, 1, 1, 0), shape, List.of(), "a", "t"),
                        new Layer("B", Conv.square(16, 1, 1, 0), shape, List.of(), "b", "t"),
                        new Layer("C", new Eltwise(Eltwise.Mode.ADD), shape, List.of("A", "B"), "tail", "t")),
                ShapeCheck.STRICT);
        double bytes = 16 * 8 * 8;
        Link host = new Link(bytes / 1e-3 / 1e9, 1);
        Link direct = new Link(bytes / 0.5 / 1e9, 1);
        return Problem.compile(
                workload, TwoAccelerators.system(host, direct), (w, layer, acc) -> new LayerCost(1, 1e-3));
    }
}
