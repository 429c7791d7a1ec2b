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
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Two problems with a single mapping (every layer may run on one accelerator only) whose rank-decoder plan is
 * not optimal, under the default execution options (activations over edges, no overlap: a layer takes its
 * compute plus its own transfers). 1×1 convolutions of 8-bit elements, so weights are out × in channels bytes.
 */
final class PolishFixtures {
    private PolishFixtures() {}

    /**
     * Residency. The chain A → B → C on one accelerator whose 20 weight bytes hold A's 12 (6 → 2 channels) or
     * B's and C's 10 each (2 → 5, 5 → 2), not A's with another; its host link moves a byte in 1 ms; each layer
     * computes for 10 ms. A reads its 6 input bytes from the host, C writes its 2 output bytes there. By hand:
     * <ul>
     *   <li>default residency (largest weights first): A resident, B and C do not fit beside it:
     *   A 10 + 6, B 10 + 10, C 10 + 10 + 2: {@value #DEFAULT_RESIDENCY} s;</li>
     *   <li>optimum: B and C resident (20 bytes): A 10 + 6 + 12, B 10, C 10 + 2: {@value #RESIDENCY_OPTIMUM} s.</li>
     * </ul>
     */
    static final double DEFAULT_RESIDENCY = 0.058;

    static final double RESIDENCY_OPTIMUM = 0.050;

    static Problem residency() {
        Workload workload = Workload.of(
                "residency",
                8,
                List.of(
                        new Layer("A", Conv.square(2, 1, 1, 0), Shape.of(6, 1, 1), List.of(), "a", "t"),
                        new Layer("B", Conv.square(5, 1, 1, 0), Shape.of(2, 1, 1), List.of("A"), "a", "t"),
                        new Layer("C", Conv.square(2, 1, 1, 0), Shape.of(5, 1, 1), List.of("B"), "a", "t")),
                ShapeCheck.STRICT);
        Link link = new Link(1e-6, 1); // 1e3 bytes per second: 1 ms a byte
        SystemSpec system = new SystemSpec(
                "one",
                List.of(new Accelerator("acc0", EnumSet.allOf(OpKind.class), new TableSpec(), 20, 1, 0, 1)),
                new Interconnect(Map.of("acc0", link), List.of(), 0),
                ExecutionOptions.defaults());
        return Problem.compile(workload, system, (w, layer, acc) -> new LayerCost(0.010, 1e-3));
    }

    /**
     * Order. S (1 s) on acc1 feeds Q (1 s) on acc0, which feeds R (10 s) on acc1; P (10 s) on acc0 needs no
     * input. Tensors are one byte and links move 1e12 bytes a second, so transfers take 1e-12 s (neglected
     * here; the assertions allow 1e-9 s). By hand:
     * <ul>
     *   <li>the rank decoder: at 0 acc0 has only P ready (Q waits for S), and it never idles while a layer is
     *   ready: P 0–10, Q 10–11, R 11–21: {@value #DECODER_ORDER} s;</li>
     *   <li>optimum: acc0 waits for Q: S 0–1, Q 1–2, then P 2–12 and R 2–12: {@value #ORDER_OPTIMUM} s (R
     *   cannot end sooner: S, Q and R take 12 s one after the other).</li>
     * </ul>
     */
    static final double DECODER_ORDER = 21;

    static final double ORDER_OPTIMUM = 12;

    static Problem order() {
        Shape one = Shape.of(1, 1, 1);
        Workload workload = Workload.of(
                "order",
                8,
                List.of(
                        new Layer("S", Conv.square(1, 1, 1, 0), one, List.of(), "s", "t"),
                        new Layer("Q", Conv.square(1, 1, 1, 0), one, List.of("S"), "s", "t"),
                        new Layer("R", Conv.square(1, 1, 1, 0), one, List.of("Q"), "s", "t"),
                        new Layer("P", Conv.square(1, 1, 1, 0), one, List.of(), "p", "t")),
                ShapeCheck.STRICT);
        Link link = new Link(1e3, 1);
        SystemSpec system = TwoAccelerators.system(link, link);
        Map<String, Double> seconds = Map.of("S", 1.0, "Q", 1.0, "R", 10.0, "P", 10.0);
        // S and R on acc1 only, Q and P on acc0 only: one mapping.
        boolean[] allowed = {false, true, true, false, false, true, true, false};
        return Problem.compile(workload, system, (w, layer, acc) -> new LayerCost(seconds.get(layer.name()), 1e-3))
                .restrict(allowed);
    }
}
