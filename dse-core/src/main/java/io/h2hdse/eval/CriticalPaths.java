package io.h2hdse.eval;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Longest-path tables of a base schedule (edge activations, topological order), so that a
 * single-layer move that leaves weight residency unchanged is evaluated in time proportional to the
 * moved layer's degree.
 *
 * <p>With a fixed order per accelerator, the as-soon-as-possible makespan is the longest path of the
 * schedule graph: layers weighted by their durations, data edges by their transfer times, and a
 * zero-weight edge from each layer to the next one on its accelerator. Layer ids are a topological
 * order of that graph. Moving layer {@code l} from accelerator A to B changes only {@code l}, its
 * data edges and the chain edges around it (A's chain closes over the gap, B's opens for {@code l}).
 * So every path of the new graph either runs through {@code l}, or through A's new edge, or is an
 * old path avoiding {@code l} and B's old edge across it; an old path avoiding {@code l} lies wholly
 * before it, wholly after it, or crosses it on one edge {@code u → v} with {@code u < l < v}. Heads
 * (finish times) of layers before {@code l} and tails of layers after it are the same in both graphs,
 * which makes each of these maxima a table lookup.
 */
final class CriticalPaths {
    private final Problem p;
    private final int[] map;
    private final double[] finish;
    /** Longest path from a layer's start to the end, the layer included. */
    final double[] tail;
    /** [layer * A + acc]: the last layer on acc before this one, and the first after it; -1 if none. */
    final int[] previousOn;
    final int[] nextOn;
    private final double[] suffixMaxTail;
    private final double[] crossingDataEdge;
    /**
     * Per layer, the two longest paths crossing it on another accelerator's chain edge, with those
     * accelerators: a move to B must leave out B's own, so the second is enough.
     */
    private final double[] chainValue;
    private final int[] chainAcc;

    CriticalPaths(Problem p, int[] map, double[] finish, boolean[] resident) {
        this.p = p;
        this.map = map;
        this.finish = finish;
        int layers = p.layers;
        int accs = p.accs;
        previousOn = new int[layers * accs];
        nextOn = new int[layers * accs];
        int[] last = new int[accs];
        Arrays.fill(last, -1);
        for (int l = 0; l < layers; l++) {
            System.arraycopy(last, 0, previousOn, l * accs, accs);
            last[map[l]] = l;
        }
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
        crossingDataEdge = crossingDataEdges();
        chainValue = new double[layers * 2];
        chainAcc = new int[layers * 2];
        for (int l = 0; l < layers; l++) {
            rankChainCrossings(l);
        }
    }

    double transfer(int producer, int from, int to) {
        return p.outputBits[producer] * p.pairSecondsPerBit[from * p.accs + to];
    }

    /** Per layer, the longest path crossing it on a data edge u → v with u < layer < v. */
    private double[] crossingDataEdges() {
        int layers = p.layers;
        double[] crossing = new double[layers];
        PriorityQueue<double[]> open = new PriorityQueue<>((x, y) -> Double.compare(y[0], x[0]));
        int producer = 0;
        for (int l = 0; l < layers; l++) {
            // Edges from producers before l become candidates; those ending at or before l leave.
            for (; producer < l; producer++) {
                for (int k = p.succStart[producer]; k < p.succStart[producer + 1]; k++) {
                    int v = p.succs[k];
                    if (v > l) {
                        open.add(new double[]{finish[producer] + transfer(producer, map[producer], map[v]) + tail[v], v});
                    }
                }
            }
            while (!open.isEmpty() && open.peek()[1] <= l) {
                open.poll();
            }
            crossing[l] = open.isEmpty() ? 0 : open.peek()[0];
        }
        return crossing;
    }

    private void rankChainCrossings(int l) {
        int accs = p.accs;
        Arrays.fill(chainAcc, l * 2, l * 2 + 2, -1);
        for (int c = 0; c < accs; c++) {
            int before = previousOn[l * accs + c];
            int after = nextOn[l * accs + c];
            if (c == map[l] || before < 0 || after < 0) {
                continue;
            }
            double value = finish[before] + tail[after];
            int first = l * 2;
            if (chainAcc[first] < 0 || value > chainValue[first]) {
                chainValue[first + 1] = chainValue[first];
                chainAcc[first + 1] = chainAcc[first];
                chainValue[first] = value;
                chainAcc[first] = c;
            } else if (chainAcc[first + 1] < 0 || value > chainValue[first + 1]) {
                chainValue[first + 1] = value;
                chainAcc[first + 1] = c;
            }
        }
    }

    /** The longest old path that avoids the layer and B's chain edge across it (B = {@code to}). */
    double avoiding(int layer, int to, double maxFinishBefore) {
        double best = Math.max(maxFinishBefore, Math.max(suffixMaxTail[layer + 1], crossingDataEdge[layer]));
        for (int rank = 0; rank < 2; rank++) {
            int c = chainAcc[layer * 2 + rank];
            if (c >= 0 && c != to) {
                return Math.max(best, chainValue[layer * 2 + rank]);
            }
        }
        return best;
    }
}
