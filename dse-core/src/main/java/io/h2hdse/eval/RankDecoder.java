package io.h2hdse.eval;

import java.util.Arrays;

/**
 * The rank decoder's dispatch sequence (package doc), allocation-free: a list schedule in time over one
 * unordered list of the released layers (all producers dispatched), each with its accelerator and its
 * data's arrival. A released layer can start at the later of its accelerator's free time and its
 * arrival; the next dispatch is the one that can start first (ties: lower accelerator id, then higher
 * rank, then lower layer id). That is the package doc's rule: the earliest start of an accelerator is
 * the earliest over its released layers, and among an accelerator's layers those that start at its
 * earliest start are exactly those whose data has arrived by then. O(L·R + E) for at most R layers
 * released at a time.
 *
 * <p>One list over all accelerators, not one per accelerator: R is small (on
 * {@code EvaluatorBenchmark}'s problem 1 to 3), and a dispatch then needs neither a scan over the
 * accelerators nor each accelerator's earliest arrival kept up to date. A released layer is one int,
 * its accelerator above its position in the rank order ({@link Problem#byRank}): the tie-break of
 * two layers that start together is then one integer comparison, made without a branch.
 *
 * <p>A dispatch takes its duration and joules from {@link Problem#dispatchCosts} and adds its finish
 * and each outgoing edge's transfer time to its consumers' arrivals: in {@code EDGE} mode the
 * dispatch's start and finish times are the schedule's (a layer starts at the later of its
 * accelerator's free time and its inputs' arrival, and takes its schedule duration), so the decode
 * also returns the schedule's latency and energy (each layer's joules and its outgoing activations',
 * summed in dispatch order): no second pass.
 *
 * <p>A static sort by rank (each accelerator strictly in rank order, waiting for a high-rank layer
 * whose inputs are still in flight while a ready one could run) was the first version: H2H's own
 * mappings of the zoo's multi-branch models, on the 12 problems of {@code search-vs-h2h.yaml}, took
 * 1.05 to 1.24 times H2H's latency when ordered by that sort, and 0.93 to 1.05 times under this list
 * schedule (0.95 to 1.08 with each mapping's own ranks, the version before {@link MeanRanks}).
 */
final class RankDecoder {
    private RankDecoder() {}

    /** Working arrays of one thread. */
    static final class Work {
        final int[] sequence;
        /** The bits of the latest arrival so far of a layer's inputs from its dispatched producers. */
        private final long[] ready;

        private final int[] waiting;
        /** The released layers in slots [0, released): {@code acc << rankShift | rank position}. */
        private final int[] releasedKey;
        /** The bits of each released layer's data arrival. */
        private final long[] releasedArrival;
        /** Per accelerator, the bits of the time it is free. */
        private final long[] accFree;
        /** The energy of the last decode in {@code EDGE} mode, static energy included. */
        double energy;

        Work(int layers, int accs) {
            sequence = new int[layers];
            ready = new long[layers];
            waiting = new int[layers];
            releasedKey = new int[layers];
            releasedArrival = new long[layers];
            accFree = new long[accs];
        }
    }

    /**
     * Writes the dispatch sequence into {@code w.sequence}; in {@code EDGE} mode returns the makespan
     * and writes the energy into {@code w.energy} (in the back-to-back modes the return value and
     * {@code w.energy} are those of the rank durations, not the schedule's).
     */
    static double decode(Problem p, int[] map, int off, boolean[] resident, Work w) {
        final int shift = p.rankShift;
        final int positionMask = (1 << shift) - 1;
        final int[] byRank = p.byRank;
        final int[] rankPosition = p.rankPosition;
        final int[] releasedKey = w.releasedKey;
        final long[] releasedArrival = w.releasedArrival;
        final long[] accFree = w.accFree;
        final long[] ready = w.ready;
        Arrays.fill(accFree, 0);
        Arrays.fill(ready, 0);
        System.arraycopy(p.predCount, 0, w.waiting, 0, p.layers);
        int released = 0;
        for (int source : p.sources) {
            releasedKey[released] = map[off + source] << shift | rankPosition[source];
            releasedArrival[released] = 0;
            released++;
        }
        final double[] costs = p.dispatchCosts;
        final double[] pairPerBit = p.dispatchPairPerBit;
        final double[] outputBits = p.outputBits;
        final int[] succStart = p.succStart;
        final int[] succs = p.succs;
        final int[] waiting = w.waiting;
        final int[] sequence = w.sequence;
        double energy = 0;
        long makespan = 0;
        for (int i = 0; i < p.layers; i++) {
            // The released layer that can start first: at the later of its accelerator's free time and its
            // data's arrival (bits: times are non-negative, where the bits' order is the times' order); ties:
            // the lower key (lower accelerator, then higher rank). Selects, not branches: which layer wins
            // changes from mapping to mapping, and a mispredicted branch cost more than the selects.
            int chosen = 0;
            int key = releasedKey[0];
            long start = Math.max(accFree[key >>> shift], releasedArrival[0]);
            for (int j = 1; j < released; j++) {
                int candidate = releasedKey[j];
                long t = Math.max(accFree[candidate >>> shift], releasedArrival[j]);
                @SuppressWarnings("ShortCircuitBoolean")
                boolean earlier = t < start | (t == start & candidate < key);
                chosen = earlier ? j : chosen;
                start = earlier ? t : start;
                key = earlier ? candidate : key;
            }
            released--;
            releasedKey[chosen] = releasedKey[released];
            releasedArrival[chosen] = releasedArrival[released];
            int l = byRank[key & positionMask];
            int a = key >>> shift;
            sequence[i] = l;
            int c = p.edgeCostIndex(l, a, resident[l]);
            double f = Double.longBitsToDouble(start) + costs[c];
            // Summed per layer, then into the total: one add per dispatch on the loop's chain.
            double joules = costs[c + 1];
            long fBits = Double.doubleToRawLongBits(f);
            makespan = Math.max(makespan, fBits);
            accFree[a] = fBits;
            double bits = outputBits[l];
            for (int k = succStart[l], end = succStart[l + 1]; k < end; k++) {
                int s = succs[k];
                int to = map[off + s];
                int pair = p.pair(a, to);
                joules += Problem.joulesOver(bits, pairPerBit, pair);
                long arrival =
                        Math.max(ready[s], Double.doubleToRawLongBits(f + Problem.secondsOver(bits, pairPerBit, pair)));
                ready[s] = arrival;
                if (--waiting[s] == 0) {
                    releasedKey[released] = to << shift | rankPosition[s];
                    releasedArrival[released] = arrival;
                    released++;
                }
            }
            energy += joules;
        }
        // The latest finish of all: no layer finishes after the last sink.
        double m = Double.longBitsToDouble(makespan);
        w.energy = p.withStaticEnergy(energy, m);
        return m;
    }
}
