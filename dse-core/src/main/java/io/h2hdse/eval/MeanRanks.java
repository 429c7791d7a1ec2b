package io.h2hdse.eval;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The rank decoder's priorities: HEFT's upward ranks on mean costs, a layer's mean duration over the
 * accelerators that can run it (weights resident; in the back-to-back modes with its input read and
 * output written) plus the largest, over its consumers, of the mean transfer time of its output between
 * two different accelerators ({@code EDGE} mode; none in the back-to-back modes) plus the consumer's
 * rank. They depend on the problem only, not on the mapping being decoded, so they are computed once
 * per problem (a {@link Problem#restrict restriction} keeps its base's) and a decode is one pass in
 * time; the package doc says why.
 */
final class MeanRanks {
    private MeanRanks() {}

    /** Layer ids by decreasing rank (ties: lower id). */
    static int[] order(Problem p) {
        double[] rank = ranks(p);
        return IntStream.range(0, p.layers)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer l) -> -rank[l]).thenComparingInt(l -> l))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static double[] ranks(Problem p) {
        double secondsPerBit = meanTransferSecondsPerBit(p);
        double[] rank = new double[p.layers];
        for (int l = p.layers - 1; l >= 0; l--) {
            double tail = 0;
            double transfer = p.outputBits[l] * secondsPerBit;
            for (int k = p.succStart[l]; k < p.succStart[l + 1]; k++) {
                tail = Math.max(tail, transfer + rank[p.succs[k]]);
            }
            rank[l] = meanDuration(p, l) + tail;
        }
        return rank;
    }

    private static double meanDuration(Problem p, int layer) {
        double sum = 0;
        int count = 0;
        for (int a = 0; a < p.accs; a++) {
            if (p.capable[layer * p.accs + a]) {
                sum += p.rankDuration(layer, a, true);
                count++;
            }
        }
        return sum / count;
    }

    /** Over ordered pairs of two different accelerators; 0 with one accelerator or in the back-to-back modes. */
    private static double meanTransferSecondsPerBit(Problem p) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < p.accs; a++) {
            for (int b = 0; b < p.accs; b++) {
                if (a != b) {
                    sum += p.dispatchPairPerBit[p.pair(a, b)];
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
