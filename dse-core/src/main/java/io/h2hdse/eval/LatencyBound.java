package io.h2hdse.eval;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lower bound on the latency of every plan of a problem: every mapping, order and residency, with
 * or without local activations. Each layer is charged only what no plan avoids: its fastest allowed
 * accelerator, its weight load only where its weights cannot fit the accelerator's weight memory,
 * its host input and output in {@code EDGE} mode where they are fixed (sources, sinks), and in the
 * back-to-back modes its input read or output write only when no producer or consumer could keep
 * it local; activations between accelerators cost nothing (producer and consumer could share one).
 * The bound is the larger of
 * <ul>
 *   <li>the longest dependency path of those minimum durations, and</li>
 *   <li>for each set S of accelerators some layer is restricted to, the minimum work of the layers
 *   that can only run inside S, divided by |S| (with S = all accelerators: all the work spread
 *   evenly), since those layers keep S's accelerators busy at least that long together.</li>
 * </ul>
 */
public final class LatencyBound {
    private LatencyBound() {}

    public static double of(Problem p) {
        double[] fastest = new double[p.layers];
        for (int l = 0; l < p.layers; l++) {
            fastest[l] = Double.POSITIVE_INFINITY;
            for (int a = 0; a < p.accs; a++) {
                fastest[l] = Math.min(fastest[l], minimumDuration(p, l, a));
            }
        }
        return Math.max(longestPath(p, fastest), busiestAcceleratorSet(p, fastest));
    }

    /**
     * The least time the layer occupies the accelerator in any plan that maps it there (infinity where
     * it may not run): its weight load only if its weights cannot fit the accelerator's weight memory,
     * and only the host input and output no plan avoids (class doc).
     */
    public static double minimumDuration(Problem p, int layer, int acc) {
        if (!p.allowed[layer * p.accs + acc]) {
            return Double.POSITIVE_INFINITY;
        }
        boolean weightsFit = p.weightBits[layer] <= p.weightCapacityBits[acc];
        int mode = (weightsFit ? 0 : Problem.WEIGHTS) | unavoidableIo(p, layer);
        return p.duration[mode][layer * p.accs + acc];
    }

    private static int unavoidableIo(Problem p, int layer) {
        if (p.edgeActivations) {
            return p.sourceSinkMode[layer];
        }
        boolean inputCanStayLocal = false;
        for (int k = p.predStart[layer]; k < p.predStart[layer + 1]; k++) {
            inputCanStayLocal |= p.localSuccessor[p.preds[k]] == layer;
        }
        boolean outputCanStayLocal = p.localSuccessor[layer] >= 0;
        return (inputCanStayLocal ? 0 : Problem.INPUT) | (outputCanStayLocal ? 0 : Problem.OUTPUT);
    }

    /** Layer ids are a topological order: one forward pass. */
    private static double longestPath(Problem p, double[] fastest) {
        double[] finish = new double[p.layers];
        double longest = 0;
        for (int l = 0; l < p.layers; l++) {
            double start = 0;
            for (int k = p.predStart[l]; k < p.predStart[l + 1]; k++) {
                start = Math.max(start, finish[p.preds[k]]);
            }
            finish[l] = start + fastest[l];
            longest = Math.max(longest, finish[l]);
        }
        return longest;
    }

    private static double busiestAcceleratorSet(Problem p, double[] fastest) {
        Map<BitSet, Integer> sets = new LinkedHashMap<>();
        BitSet all = new BitSet();
        all.set(0, p.accs);
        sets.put(all, p.accs);
        BitSet[] allowedSet = new BitSet[p.layers];
        for (int l = 0; l < p.layers; l++) {
            allowedSet[l] = new BitSet();
            for (int a = 0; a < p.accs; a++) {
                if (p.allowed[l * p.accs + a]) {
                    allowedSet[l].set(a);
                }
            }
            sets.putIfAbsent(allowedSet[l], allowedSet[l].cardinality());
        }
        double bound = 0;
        for (Map.Entry<BitSet, Integer> set : sets.entrySet()) {
            double work = 0;
            for (int l = 0; l < p.layers; l++) {
                BitSet outside = (BitSet) allowedSet[l].clone();
                outside.andNot(set.getKey());
                if (outside.isEmpty()) {
                    work += fastest[l];
                }
            }
            bound = Math.max(bound, work / set.getValue());
        }
        return bound;
    }
}
