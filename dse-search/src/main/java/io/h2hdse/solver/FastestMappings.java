package io.h2hdse.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mappings of the {@code capacity} lowest distinct latencies offered, fastest first: the candidates of
 * the polish. One mapping per latency (the first offered): mappings that differ only by swapping identical
 * accelerators time alike and would polish alike. Offering a mapping slower than all kept costs one comparison.
 */
final class FastestMappings {
    private final int layers;
    private final double[] latencies;
    private final int[][] mappings;
    private int size;

    FastestMappings(int capacity, int layers) {
        this.layers = layers;
        this.latencies = new double[capacity];
        this.mappings = new int[capacity][];
    }

    void offer(double latency, int[] rows, int offset) {
        if (size == latencies.length && !(latency < latencies[size - 1]) || !(latency < Double.POSITIVE_INFINITY)) {
            return;
        }
        int at = Arrays.binarySearch(latencies, 0, size, latency);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        int[] mapping = size == latencies.length ? mappings[size - 1] : new int[layers];
        System.arraycopy(rows, offset, mapping, 0, layers);
        int moved = Math.min(size, latencies.length - 1) - at;
        System.arraycopy(latencies, at, latencies, at + 1, moved);
        System.arraycopy(mappings, at, mappings, at + 1, moved);
        latencies[at] = latency;
        mappings[at] = mapping;
        size = Math.min(size + 1, latencies.length);
    }

    /** Copies of the kept mappings, fastest first. */
    List<int[]> mappings() {
        List<int[]> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(mappings[i].clone());
        }
        return list;
    }
}
