package io.h2hdse.solver;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
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
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small random multi-modal problems for solver tests, and brute force to check solvers against. */
public final class SolverFixtures {
    private SolverFixtures() {}

    /**
     * A multi-modal-like workload of exactly {@code size} layers: 2–3 modality branches (chains of 1×1
     * convolutions and pools on 16×8×8 tensors, 8-bit) joined by element-wise adds, then a shared tail.
     */
    public static Workload multiModal(Random random, int size) {
        int branches = size >= 6 ? 2 + random.nextInt(2) : 2;
        int tail = 1 + random.nextInt(Math.max(1, size / 4));
        int joins = branches - 1;
        int inBranches = size - tail - joins;
        List<Layer> layers = new ArrayList<>();
        Shape shape = Shape.of(16, 8, 8);
        List<String> ends = new ArrayList<>();
        for (int b = 0; b < branches; b++) {
            int length = inBranches / branches + (b < inBranches % branches ? 1 : 0);
            String previous = null;
            for (int i = 0; i < length; i++) {
                String name = "M" + b + "L" + i;
                var op = random.nextInt(4) == 0 ? new Pool(Pool.Mode.MAX, 1, 1, 0) : Conv.square(16, 1, 1, 0);
                layers.add(new Layer(name, op, shape, previous == null ? List.of() : List.of(previous), "m" + b, "t0"));
                previous = name;
            }
            ends.add(previous);
        }
        String joined = ends.getFirst();
        for (int j = 1; j < branches; j++) {
            String name = "J" + j;
            layers.add(
                    new Layer(name, new Eltwise(Eltwise.Mode.ADD), shape, List.of(joined, ends.get(j)), "tail", "t0"));
            joined = name;
        }
        for (int i = 0; i < tail; i++) {
            String name = "T" + i;
            layers.add(new Layer(name, Conv.square(16, 1, 1, 0), shape, List.of(joined), "tail", "t0"));
            joined = name;
        }
        return Workload.of("mm" + size, 8, layers, ShapeCheck.STRICT);
    }

    /**
     * {@code accs} accelerators with random weight memories and links; the last one runs no
     * convolutions when there are more than two, so some (layer, accelerator) pairs are disallowed.
     */
    public static SystemSpec system(Random random, int accs, ExecutionOptions options) {
        List<Accelerator> list = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (int a = 0; a < accs; a++) {
            Set<OpKind> kinds = EnumSet.allOf(OpKind.class);
            if (accs > 2 && a == accs - 1) {
                kinds.remove(OpKind.CONV);
            }
            String name = "acc" + a;
            double memory = 256 * (1 + random.nextInt(4));
            list.add(new Accelerator(name, kinds, new TableSpec(), memory, 1.0, random.nextDouble() * 0.05, 1 + a));
            links.put(name, new Link(0.05 + random.nextDouble(), 1 + random.nextDouble() * 20));
        }
        return new SystemSpec("random" + accs, list, new Interconnect(links, List.of(), 0), options);
    }

    /**
     * The op kinds with a random cost: conv to attention, the kinds {@link #multiModal} draws from (the
     * first ones declared). Fixed, so that the random problems stay the same when kinds are added.
     */
    private static final int COSTED_KINDS = OpKind.ATTENTION.ordinal() + 1;

    /** Per accelerator and op kind a random throughput (0.2–4 GMAC/s) and energy per MAC. */
    public static LayerCostModel costModel(Random random) {
        double[][] rate = new double[8][COSTED_KINDS];
        double[][] joulesPerMac = new double[8][COSTED_KINDS];
        for (int a = 0; a < rate.length; a++) {
            for (int k = 0; k < rate[a].length; k++) {
                rate[a][k] = 0.2e9 + random.nextDouble() * 3.8e9;
                joulesPerMac[a][k] = (0.5 + random.nextDouble()) * 1e-11;
            }
        }
        return (workload, layer, acc) -> {
            int a = Integer.parseInt(acc.name().substring(3));
            int k = layer.kind().ordinal();
            double macs = layer.macs() + 1000;
            return new LayerCost(macs / rate[a][k], macs * joulesPerMac[a][k]);
        };
    }

    /** A random problem of {@code layers} layers on {@code accs} accelerators. */
    public static Problem problem(long seed, int layers, int accs, ExecutionOptions options) {
        Random random = new Random(seed);
        return Problem.compile(multiModal(random, layers), system(random, accs, options), costModel(random));
    }

    public static Problem problem(long seed, int layers, int accs) {
        return problem(seed, layers, accs, ExecutionOptions.defaults());
    }

    /** Every allowed mapping, evaluated under the rank decoder (the solvers' default): the reference the solvers are checked against. */
    public static List<ParetoPoint> bruteForce(Problem problem) {
        Evaluator evaluator = new Evaluator(problem, OrderPolicy.RANK);
        int layers = problem.layers();
        int[][] allowed = new int[layers][];
        for (int l = 0; l < layers; l++) {
            allowed[l] = problem.allowedAccelerators(l);
        }
        int[] digit = new int[layers];
        List<ParetoPoint> all = new ArrayList<>();
        while (true) {
            int[] mapping = new int[layers];
            for (int l = 0; l < layers; l++) {
                mapping[l] = allowed[l][digit[l]];
            }
            double[] result = evaluator.evaluate(mapping);
            all.add(new ParetoPoint(result[0], result[1], mapping));
            int l = 0;
            while (l < layers && ++digit[l] == allowed[l].length) {
                digit[l++] = 0;
            }
            if (l == layers) {
                return all;
            }
        }
    }

    /** The lowest latency of a problem, by brute force. */
    public static double optimumLatency(Problem problem) {
        return bruteForce(problem).stream()
                .mapToDouble(ParetoPoint::latency)
                .min()
                .orElseThrow();
    }

    /** The points no other point dominates (duplicates in both objectives kept once), by latency: a sort and a sweep. */
    public static List<double[]> nonDominated(List<ParetoPoint> points) {
        List<ParetoPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(ParetoPoint::latency).thenComparingDouble(ParetoPoint::energy));
        List<double[]> front = new ArrayList<>();
        double lowestEnergy = Double.POSITIVE_INFINITY;
        for (ParetoPoint p : sorted) {
            if (p.energy() < lowestEnergy) {
                front.add(new double[] {p.latency(), p.energy()});
                lowestEnergy = p.energy();
            }
        }
        return front;
    }
}
