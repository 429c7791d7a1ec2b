package io.h2hdse.solver.h2h;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Op;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small workloads whose H2H result is worked out by hand. Layers take a 1-element input of
 * 10⁶-bit elements (eltwise by default: no weights); accelerators have no weight memory, and every link moves 10⁹ bit/s (0.125 GB/s), so each input or
 * output transfer costs exactly 1 ms; compute seconds come from a table; activations follow the
 * chain-edge back-to-back rule unless set otherwise, and energy is busy time × 1 W.
 */
final class HandMadeCase {
    static final int ELEMENT_BITS = 1_000_000;

    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, double[]> compute = new LinkedHashMap<>();
    private final List<String> accelerators;
    private ExecutionOptions.Activations activations = ExecutionOptions.Activations.BACK_TO_BACK;

    HandMadeCase(String... accelerators) {
        this.accelerators = List.of(accelerators);
    }

    /** An eltwise layer with its compute seconds on each accelerator, in accelerator order. */
    HandMadeCase layer(String name, String branch, List<String> inputs, double... seconds) {
        return layer(name, new Eltwise(Eltwise.Mode.ADD), branch, inputs, seconds);
    }

    /** A layer of any op on a 1-element input; every accelerator runs every op kind used. */
    HandMadeCase layer(String name, Op op, String branch, List<String> inputs, double... seconds) {
        layers.add(new Layer(name, op, new Shape(1, 1, 1), inputs, branch, ""));
        compute.put(name, seconds);
        return this;
    }

    HandMadeCase activations(ExecutionOptions.Activations mode) {
        activations = mode;
        return this;
    }

    Problem problem() {
        Workload workload = Workload.of("hand", ELEMENT_BITS, layers, ShapeCheck.NONE);
        EnumSet<OpKind> kinds = EnumSet.noneOf(OpKind.class);
        layers.forEach(l -> kinds.add(l.kind()));
        List<Accelerator> accs = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (String acc : accelerators) {
            accs.add(new Accelerator(acc, kinds, new TableSpec(), 0, 0, 0, 1));
            links.put(acc, new Link(0.125, 0));
        }
        ExecutionOptions options =
                new ExecutionOptions(activations, ExecutionOptions.Overlap.NONE, ExecutionOptions.Energy.BUSY_POWER);
        SystemSpec system = new SystemSpec("hand", accs, new Interconnect(links, List.of(), 0), options);
        return Problem.compile(workload, system, (w, layer, acc) -> {
            double seconds = compute.get(layer.name())[accelerators.indexOf(acc.name())];
            return new LayerCost(seconds, seconds);
        });
    }
}
