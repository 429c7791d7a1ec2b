package io.h2hdse.bench;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark problems of any size: three branches of 3×3 convolutions with residual adds every few
 * layers, fused at two thirds of the depth, on accelerators that differ in speed per op kind and in
 * weight memory: {@link WeightMemory#TIGHT} holds 4 to 23 layers' weights per accelerator (the
 * residency policy decides), {@link WeightMemory#AMPLE} holds them all (as the bundled systems do).
 */
final class SyntheticProblems {
    enum WeightMemory {
        TIGHT,
        AMPLE
    }

    private SyntheticProblems() {}

    static Problem problem(int layers, int accelerators, ExecutionOptions options, WeightMemory memory, long seed) {
        Random random = new Random(seed);
        return Problem.compile(workload(layers), system(accelerators, options, memory, random), COST);
    }

    private static final LayerCostModel COST = (workload, layer, acc) -> {
        int a = Integer.parseInt(acc.name().substring(3));
        double rate = 1e11 * (1 + (a * 7 + layer.kind().ordinal() * 3) % 5);
        double seconds = layer.macs() / rate + 1e-6;
        return new LayerCost(seconds, seconds * (5 + a));
    };

    private static Workload workload(int size) {
        Shape shape = Shape.of(64, 28, 28);
        List<Layer> layers = new ArrayList<>();
        int branchLength = Math.max(1, size / 3);
        for (int i = 0; i < size; i++) {
            int branch = Math.min(2, i / branchLength);
            boolean branchStart = i % branchLength == 0 && i / branchLength <= 2;
            List<String> inputs = new ArrayList<>();
            if (!branchStart) {
                inputs.add("L" + (i - 1));
            } else if (branch == 2) {
                inputs.add("L" + (branchLength - 1));
                inputs.add("L" + (2 * branchLength - 1));
            }
            boolean residual = !branchStart && i % 4 == 0 && i - 3 >= branch * branchLength;
            if (residual) {
                inputs.add("L" + (i - 3));
            }
            boolean add = inputs.size() > 1;
            layers.add(new Layer(
                    "L" + i,
                    add ? new Eltwise(Eltwise.Mode.ADD) : Conv.square(64, 3, 1, 1),
                    shape,
                    inputs,
                    "b" + branch,
                    ""));
        }
        return Workload.of("synthetic" + size, 8, layers, ShapeCheck.STRICT);
    }

    private static SystemSpec system(int accs, ExecutionOptions options, WeightMemory memory, Random random) {
        List<Accelerator> list = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (int a = 0; a < accs; a++) {
            String name = "acc" + a;
            int layersHeld = 4 + random.nextInt(20);
            double weightMemory = memory == WeightMemory.TIGHT ? 36864.0 * layersHeld : 1e12;
            list.add(new Accelerator(name, EnumSet.allOf(OpKind.class), new TableSpec(), weightMemory, 1.0, 0.5, 5));
            links.put(name, new Link(1 + random.nextInt(8), 10));
        }
        return new SystemSpec("synthetic" + accs, list, new Interconnect(links, List.of(), 0), options);
    }
}
