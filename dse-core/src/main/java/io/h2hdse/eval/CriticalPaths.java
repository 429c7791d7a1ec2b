package io.h2hdse.eval;

import java.util.Arrays;

/**
 * Longest-path tables of a base schedule (edge activations, topological order), so that a move
 * that changes only a stretch of layers is evaluated by rescheduling that stretch alone.
 *
 * <p>With a fixed order per accelerator, the as-soon-as-possible makespan is the longest path of the
 * schedule graph: layers weighted by their durations, data edges by their transfer times, and an edge
 * from each layer to the next one on its accelerator. Layer ids are a topological order of that graph.
 * If a move changes only layers {@code first..last} (their accelerator, duration or in-edges), then
 * every path of the new graph ends before {@code first}, ends inside the stretch, starts after
 * {@code last}, or leaves the stretch's prefix on exactly one first edge {@code u → v} with
 * {@code u <= last < v}. Heads (finish times) of layers before {@code first} and tails of layers
 * after {@code last} are the base's, so each of these maxima is the rescheduled stretch plus table
 * lookups: edges out of the stretch, one chain edge per accelerator, and data edges that jump over
 * the whole stretch ({@link #longestJump}).
 */
final class CriticalPaths {
    /**
     * Beyond this many (edge, jumped layer) pairs per layer and edge the jump lists are not built
     * and every stretch extends to the last layer (where nothing jumps over it): such graphs have
     * many long edges, and the lists would grow faster than the model.
     */
    static final int JUMP_PAIRS_PER_ELEMENT = 64;

    private final Problem p;
    private final int[] map;
    private final double[] finish;
    /** Longest path from a layer's start to the end, the layer included. */
    final double[] tail;
    /** Per layer, the largest tail of it and the layers after it; one more entry (0) at the end. */
    final double[] suffixMaxTail;
    /** [layer * A + acc]: the first layer after this one on the accelerator; -1 if none. */
    final int[] nextOn;
    /**
     * Per layer x, the data edges u → v with u < x < v, by decreasing v, and the longest path through
     * each one or any before it in that order; null when too many (see {@link #JUMP_PAIRS_PER_ELEMENT}).
     */
    private final int[] jumpStart;
    private final int[] jumpConsumer;
    private final double[] jumpLongest;

    CriticalPaths(Problem p, int[] map, double[] finish, boolean[] resident, int jumpPairsPerElement) {
        this.p = p;
        this.map = map;
        this.finish = finish;
        int layers = p.layers;
        int accs = p.accs;
        nextOn = new int[layers * accs];
        int[] last = new int[accs];
        Arrays.fill(last, -1);
        for (int l = layers - 1; l >= 0; l--) {
            System.arraycopy(last, 0, nextOn, l * accs, accs);
            last[map[l]] = l;
        }
        tail = new double[layers];
        suffixMaxTail = new double[layers + 1];
        for (int l = layers - 1; l >= 0; l--) {
            int a = map[l];
            int mode = (resident[l] ? 0 : Problem.WEIGHTS) | p.sourceSinkMode[l];
            double after = nextOn[l * accs + a] >= 0 ? tail[nextOn[l * accs + a]] : 0;
            for (int k = p.succStart[l]; k < p.succStart[l + 1]; k++) {
                int s = p.succs[k];
                after = Math.max(after, transfer(l, a, map[s]) + tail[s]);
            }
            tail[l] = p.duration[mode][l * accs + a] + after;
            suffixMaxTail[l] = Math.max(suffixMaxTail[l + 1], tail[l]);
        }
        long pairs = 0;
        for (int u = 0; u < layers; u++) {
            for (int k = p.succStart[u]; k < p.succStart[u + 1]; k++) {
                pairs += p.succs[k] - u - 1;
            }
        }
        if (pairs <= (long) jumpPairsPerElement * (layers + p.succs.length)) {
            jumpStart = new int[layers + 1];
            jumpConsumer = new int[(int) pairs];
            jumpLongest = new double[(int) pairs];
            buildJumps();
        } else {
            jumpStart = null;
            jumpConsumer = null;
            jumpLongest = null;
        }
    }

    double transfer(int producer, int from, int to) {
        return p.outputBits[producer] * p.pairSecondsPerBit[from * p.accs + to];
    }

    /** Whether {@link #longestJump} answers for every stretch; otherwise stretches must run to the last layer. */
    boolean jumpsKnown() {
        return jumpStart != null;
    }

    /** The longest base path over a data edge u → v with u < first and v > last; 0 if none. */
    double longestJump(int first, int last) {
        int low = jumpStart[first];
        int high = jumpStart[first + 1];
        int end = low;
        while (end < high && jumpConsumer[end] > last) {
            end++;
        }
        return end > low ? jumpLongest[end - 1] : 0;
    }

    private void buildJumps() {
        int layers = p.layers;
        for (int u = 0; u < layers; u++) {
            for (int k = p.succStart[u]; k < p.succStart[u + 1]; k++) {
                for (int x = u + 1; x < p.succs[k]; x++) {
                    jumpStart[x + 1]++;
                }
            }
        }
        for (int x = 0; x < layers; x++) {
            jumpStart[x + 1] += jumpStart[x];
        }
        // Consumers from the last down: every list fills in decreasing consumer order.
        int[] fill = Arrays.copyOf(jumpStart, layers);
        for (int v = layers - 1; v >= 0; v--) {
            for (int k = p.predStart[v]; k < p.predStart[v + 1]; k++) {
                int u = p.preds[k];
                double length = finish[u] + transfer(u, map[u], map[v]) + tail[v];
                for (int x = u + 1; x < v; x++) {
                    jumpConsumer[fill[x]] = v;
                    jumpLongest[fill[x]++] = length;
                }
            }
        }
        for (int x = 0; x < layers; x++) {
            for (int i = jumpStart[x] + 1; i < jumpStart[x + 1]; i++) {
                jumpLongest[i] = Math.max(jumpLongest[i], jumpLongest[i - 1]);
            }
        }
    }
}
