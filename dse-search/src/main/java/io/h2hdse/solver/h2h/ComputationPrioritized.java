package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.OpKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The computation-prioritized mapping, H2H's step 1 and the paper's baseline, following the release:
 * frontier by frontier (layers whose producers are all mapped, in graph order), kind by kind (CONV,
 * LSTM, FC, then the kinds the release lacks in {@link OpKind} order), every assignment of the
 * frontier's layers of that kind to the accelerators running it is timed with full weight, input and
 * output transfers, and the one giving the smallest running makespan (over all accelerators) is
 * committed. Candidates are enumerated as the release does, {@code combinations × product}, and only a
 * strictly smaller makespan replaces the incumbent, so the first enumerated wins ties. When there are
 * fewer accelerators than layers only as many layers as accelerators are committed; the rest wait for
 * the next frontier.
 *
 * <p>A frontier group with more candidates than the enumeration limit is mapped greedily instead: each
 * layer in graph order to the accelerator giving the smallest running makespan (first wins ties).
 */
public final class ComputationPrioritized {
    public static final long DEFAULT_ENUMERATION_LIMIT = 1_000_000;

    private static final List<OpKind> KIND_ORDER = kindOrder();

    private final Problem problem;
    private final GraphOrder graph;
    private final long enumerationLimit;
    private final double[] ready;
    private final double[] end;
    private final int[] mapping;
    private final List<List<Integer>> order = new ArrayList<>();
    /** Per layer, its producers not mapped yet; and the graph-order positions of the unmapped layers with none. */
    private final int[] waitingFor;

    private final int[] position;
    private final TreeSet<Integer> frontierPositions = new TreeSet<>();
    private boolean greedyFallback;

    private ComputationPrioritized(Problem problem, GraphOrder graph, long enumerationLimit) {
        this.problem = problem;
        this.graph = graph;
        this.enumerationLimit = enumerationLimit;
        this.ready = new double[problem.accelerators()];
        this.end = new double[problem.layers()];
        this.mapping = new int[problem.layers()];
        Arrays.fill(mapping, -1);
        for (int a = 0; a < problem.accelerators(); a++) {
            order.add(new ArrayList<>());
        }
        this.waitingFor = new int[problem.layers()];
        for (int[] consumers : graph.successors()) {
            for (int consumer : consumers) {
                waitingFor[consumer]++;
            }
        }
        this.position = new int[problem.layers()];
        for (int i = 0; i < graph.size(); i++) {
            position[graph.nodeOrder()[i]] = i;
            if (waitingFor[graph.nodeOrder()[i]] == 0) {
                frontierPositions.add(i);
            }
        }
    }

    public static FrontierMapping map(Problem problem, GraphOrder graph, long enumerationLimit) {
        if (enumerationLimit < 1) {
            throw new IllegalArgumentException("enumeration limit must be at least 1, got " + enumerationLimit);
        }
        return new ComputationPrioritized(problem, graph, enumerationLimit).run();
    }

    public static FrontierMapping map(Problem problem) {
        return map(problem, GraphOrder.of(problem.workload()), DEFAULT_ENUMERATION_LIMIT);
    }

    private FrontierMapping run() {
        int unmapped = problem.layers();
        while (unmapped > 0) {
            List<Integer> frontier = frontier();
            for (OpKind kind : KIND_ORDER) {
                int[] layers = frontier.stream()
                        .filter(l -> kindOf(l) == kind)
                        .mapToInt(Integer::intValue)
                        .toArray();
                if (layers.length == 0) {
                    continue;
                }
                int[] accs = acceleratorsRunning(kind);
                unmapped -= candidates(layers.length, accs.length) > enumerationLimit
                        ? commitGreedily(layers, accs)
                        : commitBest(layers, accs);
            }
        }
        int[][] orders = order.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        return new FrontierMapping(mapping, orders, greedyFallback);
    }

    /** The unmapped layers whose producers are all mapped, in graph order; kept up to date by {@link #place}, not rescanned. */
    private List<Integer> frontier() {
        List<Integer> layers = new ArrayList<>(frontierPositions.size());
        frontierPositions.forEach(p -> layers.add(graph.nodeOrder()[p]));
        return layers;
    }

    /** Exhaustive: {@code product(accs, |layers|)} when accelerators outnumber layers, else {@code combinations(layers, |accs|) × product(accs, |accs|)}. */
    private int commitBest(int[] layers, int[] accs) {
        int k = Math.min(layers.length, accs.length);
        int[] chosen = new int[k];
        int[] assign = new int[k];
        int[] bestLayers = null;
        int[] bestAssign = null;
        double bestCost = Double.POSITIVE_INFINITY;
        double[] trial = new double[ready.length];
        for (int i = 0; i < k; i++) {
            chosen[i] = i;
        }
        do {
            Arrays.fill(assign, 0);
            do {
                double cost = trialCost(layers, chosen, accs, assign, trial);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestLayers = pick(layers, chosen);
                    bestAssign = pick(accs, assign);
                }
            } while (nextProduct(assign, accs.length));
        } while (nextCombination(chosen, layers.length));
        if (bestLayers == null) {
            throw new InvalidInputException(
                    "layers." + problem.workload().layer(layers[0]).name(),
                    "no accelerator can run this frontier's "
                            + kindOf(layers[0]).yamlName() + " layers");
        }
        for (int i = 0; i < bestLayers.length; i++) {
            place(bestLayers[i], bestAssign[i]);
        }
        return bestLayers.length;
    }

    /** Makespan over all accelerators after placing the candidate, or +∞ when a layer cannot run where it is put. */
    private double trialCost(int[] layers, int[] chosen, int[] accs, int[] assign, double[] trial) {
        System.arraycopy(ready, 0, trial, 0, ready.length);
        for (int i = 0; i < chosen.length; i++) {
            int layer = layers[chosen[i]];
            int acc = accs[assign[i]];
            if (!problem.allowed(layer, acc)) {
                return Double.POSITIVE_INFINITY;
            }
            trial[acc] = Math.max(trial[acc], dataReady(layer)) + fullTransferDuration(layer, acc);
        }
        double makespan = 0;
        for (double t : trial) {
            makespan = Math.max(makespan, t);
        }
        return makespan;
    }

    private int commitGreedily(int[] layers, int[] accs) {
        greedyFallback = true;
        for (int layer : layers) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int acc : accs) {
                if (!problem.allowed(layer, acc)) {
                    continue;
                }
                double finish = Math.max(ready[acc], dataReady(layer)) + fullTransferDuration(layer, acc);
                double cost = finish;
                for (int a = 0; a < ready.length; a++) {
                    if (a != acc) {
                        cost = Math.max(cost, ready[a]);
                    }
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = acc;
                }
            }
            if (best < 0) {
                throw new InvalidInputException(
                        "layers." + problem.workload().layer(layer).name(), "no accelerator can run this layer");
            }
            place(layer, best);
        }
        return layers.length;
    }

    private void place(int layer, int acc) {
        double start = Math.max(ready[acc], dataReady(layer));
        ready[acc] = start + fullTransferDuration(layer, acc);
        end[layer] = ready[acc];
        mapping[layer] = acc;
        order.get(acc).add(layer);
        frontierPositions.remove(position[layer]);
        for (int consumer : graph.successors()[layer]) {
            if (--waitingFor[consumer] == 0) {
                frontierPositions.add(position[consumer]);
            }
        }
    }

    private double dataReady(int layer) {
        double t = 0;
        for (int p : graph.predecessors()[layer]) {
            t = Math.max(t, end[p]);
        }
        return t;
    }

    private double fullTransferDuration(int layer, int acc) {
        return problem.duration(layer, acc, true, true, true);
    }

    private OpKind kindOf(int layer) {
        return problem.workload().layer(layer).kind();
    }

    private int[] acceleratorsRunning(OpKind kind) {
        List<Integer> accs = new ArrayList<>();
        for (int a = 0; a < problem.accelerators(); a++) {
            if (problem.system().accelerator(a).runs(kind)) {
                accs.add(a);
            }
        }
        return accs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Candidates of one group; saturates instead of overflowing. */
    static double candidates(int layers, int accs) {
        if (accs > layers) {
            return Math.pow(accs, layers);
        }
        double combinations = 1;
        for (int i = 0; i < accs; i++) {
            combinations = combinations * (layers - i) / (i + 1);
        }
        return combinations * Math.pow(accs, accs);
    }

    private static int[] pick(int[] values, int[] indices) {
        int[] picked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = values[indices[i]];
        }
        return picked;
    }

    /** Next tuple of {@code itertools.product}: the last position varies fastest. */
    private static boolean nextProduct(int[] digits, int base) {
        for (int i = digits.length - 1; i >= 0; i--) {
            if (++digits[i] < base) {
                return true;
            }
            digits[i] = 0;
        }
        return false;
    }

    /** Next index tuple of {@code itertools.combinations(range(n), k)}, lexicographic. */
    private static boolean nextCombination(int[] chosen, int n) {
        int k = chosen.length;
        for (int i = k - 1; i >= 0; i--) {
            if (chosen[i] < n - k + i) {
                chosen[i]++;
                for (int j = i + 1; j < k; j++) {
                    chosen[j] = chosen[j - 1] + 1;
                }
                return true;
            }
        }
        return false;
    }

    private static List<OpKind> kindOrder() {
        List<OpKind> kinds = new ArrayList<>(List.of(OpKind.CONV, OpKind.LSTM, OpKind.FC));
        for (OpKind kind : OpKind.values()) {
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return List.copyOf(kinds);
    }
}
