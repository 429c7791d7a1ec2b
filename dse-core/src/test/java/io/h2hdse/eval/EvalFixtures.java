package io.h2hdse.eval;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
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
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small systems, workloads and cost models for evaluator tests. */
final class EvalFixtures {
    /** 1000 bytes take 1 ms on a link of this bandwidth. */
    static final double MEGABYTE_PER_SECOND_GBPS = 1e-3;

    private EvalFixtures() {}

    /** A pass-through layer of 1000 one-byte elements (no weights). */
    static Layer pass(String name, String branch, String... inputs) {
        return new Layer(name, new Pool(Pool.Mode.MAX, 1, 1, 0), Shape.of(10, 10, 10), List.of(inputs), branch, "");
    }

    static SystemSpec system(
            ExecutionOptions options,
            double[] capacityBytes,
            double[] staticW,
            double[] dynamicW,
            double bandwidthGBps,
            double pjPerByte) {
        List<Accelerator> accs = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (int a = 0; a < capacityBytes.length; a++) {
            String name = "acc" + a;
            accs.add(new Accelerator(
                    name,
                    EnumSet.allOf(OpKind.class),
                    new TableSpec(),
                    capacityBytes[a],
                    1.0,
                    staticW[a],
                    dynamicW[a]));
            links.put(name, new Link(bandwidthGBps, pjPerByte));
        }
        return new SystemSpec("test", accs, new Interconnect(links, List.of(), 0), options);
    }

    /** Compute cost from a table of milliseconds by layer name, one column per accelerator; 1 W while computing. */
    static LayerCostModel millis(Map<String, double[]> table) {
        return (workload, layer, acc) -> {
            double seconds = table.get(layer.name())[Integer.parseInt(acc.name().substring(3))] * 1e-3;
            return new LayerCost(seconds, seconds);
        };
    }

    /** A cost model that makes accelerators differ per op kind and size. */
    static final LayerCostModel SYNTHETIC = (workload, layer, acc) -> {
        int a = Integer.parseInt(acc.name().substring(3));
        double rate = 1e9 * (1 + (a * 7 + layer.kind().ordinal() * 3) % 5);
        double seconds = (layer.macs() + 1000) / rate;
        return new LayerCost(seconds, seconds * (2 + a));
    };

    /**
     * A random DAG: 1×1 and 3×3 convolutions (two weight sizes), pools and element-wise adds of 16×8×8 tensors; each
     * layer reads one or two earlier layers; branches label runs of layers.
     */
    static Workload randomDag(Random random, int size) {
        List<Layer> layers = new ArrayList<>();
        Shape shape = Shape.of(16, 8, 8);
        for (int i = 0; i < size; i++) {
            String branch = "b" + (i * 3 / size);
            List<String> inputs = new ArrayList<>();
            if (i > 0) {
                inputs.add("L" + (i - 1 - random.nextInt(Math.min(i, 4))));
                if (i > 2 && random.nextInt(3) == 0) {
                    String second = "L" + random.nextInt(i);
                    if (!inputs.contains(second)) {
                        inputs.add(second);
                    }
                }
            }
            var op = inputs.size() > 1
                    ? new Eltwise(Eltwise.Mode.ADD)
                    : random.nextInt(4) == 0
                            ? new Pool(Pool.Mode.MAX, 1, 1, 0)
                            : random.nextBoolean() ? Conv.square(16, 1, 1, 0) : Conv.square(16, 3, 1, 1);
            layers.add(new Layer("L" + i, op, shape, inputs, branch, ""));
        }
        return Workload.of("random" + size, 8, layers, ShapeCheck.STRICT);
    }

    /** Accelerator a runs CONV only when a is even; everything runs everything else. */
    static SystemSpec mixedSystem(Random random, int accs, ExecutionOptions options) {
        return randomSystem(random, accs, options, false);
    }

    /**
     * Every accelerator runs everything and holds between one 1×1 and about four 3×3 convolutions'
     * weights: residency differs from mapping to mapping.
     */
    static SystemSpec tightSystem(Random random, int accs, ExecutionOptions options) {
        return randomSystem(random, accs, options, true);
    }

    private static SystemSpec randomSystem(Random random, int accs, ExecutionOptions options, boolean tight) {
        List<Accelerator> list = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (int a = 0; a < accs; a++) {
            Set<OpKind> kinds = EnumSet.allOf(OpKind.class);
            if (!tight && a % 2 == 1) {
                kinds.remove(OpKind.CONV);
            }
            String name = "acc" + a;
            double capacity = tight
                    ? 256 * (1 + random.nextInt(40))
                    : random.nextInt(3) == 0 ? 1e9 : 256 * (1 + random.nextInt(12));
            list.add(new Accelerator(name, kinds, new TableSpec(), capacity, 1.0, random.nextDouble(), 1 + a));
            links.put(name, new Link(0.5 + random.nextInt(8), random.nextDouble() * 10));
        }
        return new SystemSpec(tight ? "tight" : "mixed", list, new Interconnect(links, List.of(), 0), options);
    }

    /** The same system with weight memory for every weight: residency never changes. */
    static SystemSpec withAmpleWeightMemory(SystemSpec system) {
        List<Accelerator> roomy = system.accelerators().stream()
                .map(a -> new Accelerator(
                        a.name(), a.supports(), a.cost(), 1e12, 1.0, a.staticPowerW(), a.dynamicPowerW()))
                .toList();
        return new SystemSpec(system.name(), roomy, system.interconnect(), system.options());
    }
}
