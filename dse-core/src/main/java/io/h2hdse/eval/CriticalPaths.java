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
    /** Per layer, its last consumer; -1 if none. */
    final int[] lastConsumer;
    /**
     * Per layer, the two longest paths over another accelerator's chain edge across it, with those
     * accelerators: a one-layer stretch moved to B must leave out B's own, so the second is enough.
     */
    private final double[] chainValue;

    private final int[] chainAcc;
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
        lastConsumer = new int[layers];
        Arrays.fill(lastConsumer, -1);
        for (int l = 0; l < layers; l++) {
            for (int k = p.succStart[l]; k < p.succStart[l + 1]; k++) {
                lastConsumer[l] = Math.max(lastConsumer[l], p.succs[k]);
            }
        }
        chainValue = new double[layers * 2];
        chainAcc = new int[layers * 2];
        rankChainCrossings();
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
        return p.outputBits[producer] * p.transferSecondsPerBit(from, to);
    }

    /** The longest path that leaves a rescheduled layer (on {@code acc}, finishing at {@code finish}) for a consumer after {@code last}. */
    double longestExit(int layer, int acc, double finish, int last) {
        double best = 0;
        for (int k = p.succStart[layer]; k < p.succStart[layer + 1]; k++) {
            int s = p.succs[k];
            if (s > last) {
                best = Math.max(best, finish + transfer(layer, acc, map[s]) + tail[s]);
            }
        }
        return best;
    }

    /**
     * The longest path over a chain edge from a layer at or before {@code last} to the next one on its
     * accelerator, given each accelerator's free time after {@code last} in the moved mapping. In a
     * one-layer stretch (the layer moved from {@code from} to {@code to}) only those two accelerators'
     * free times differ from the base's, and the others' crossings are ranked beforehand.
     */
    double longestChainCrossing(int first, int last, double[] free, int from, int to) {
        if (first != last) {
            double best = 0;
            for (int c = 0; c < p.accs; c++) {
                best = Math.max(best, chainCrossing(last, c, free));
            }
            return best;
        }
        double best = Math.max(chainCrossing(last, from, free), chainCrossing(last, to, free));
        for (int rank = 0; rank < 2; rank++) {
            int c = chainAcc[first * 2 + rank];
            if (c >= 0 && c != to) {
                return Math.max(best, chainValue[first * 2 + rank]);
            }
        }
        return best;
    }

    private double chainCrossing(int last, int acc, double[] free) {
        int next = nextOn[last * p.accs + acc];
        return next >= 0 ? free[acc] + tail[next] : 0;
    }

    private void rankChainCrossings() {
        int accs = p.accs;
        double[] lastFinish = new double[accs];
        boolean[] started = new boolean[accs];
        for (int l = 0; l < p.layers; l++) {
            Arrays.fill(chainAcc, l * 2, l * 2 + 2, -1);
            for (int c = 0; c < accs; c++) {
                int after = nextOn[l * accs + c];
                if (c == map[l] || !started[c] || after < 0) {
                    continue;
                }
                double value = lastFinish[c] + tail[after];
                int top = l * 2;
                if (chainAcc[top] < 0 || value > chainValue[top]) {
                    chainValue[top + 1] = chainValue[top];
                    chainAcc[top + 1] = chainAcc[top];
                    chainValue[top] = value;
                    chainAcc[top] = c;
                } else if (chainAcc[top + 1] < 0 || value > chainValue[top + 1]) {
                    chainValue[top + 1] = value;
                    chainAcc[top + 1] = c;
                }
            }
            lastFinish[map[l]] = finish[l];
            started[map[l]] = true;
        }
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
