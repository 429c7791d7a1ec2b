package io.h2hdse.solver.genetic;

import java.util.Arrays;

/**
 * Mappings already evaluated and their (latency, energy), looked up by the mapping itself: an
 * open-addressing hash table over a store of rows, compared gene by gene, so a recall is exact. It
 * holds the last {@code capacity} mappings put (the oldest forgotten first), which bounds memory on
 * long runs; genes are kept as one byte each when accelerator ids fit, else two. A mapping's hash is a
 * weighted sum of its genes (independent products the JIT vectorises, not a chain of multiplications),
 * and each table slot holds the hash beside the entry, so a probe past other mappings reads the table
 * alone: at 100,000 mappings the table and the store are far larger than the caches, and each
 * lookup's first miss is its only one.
 */
final class MappingMemory {
    private final int layers;
    private final int capacity;
    private final boolean wide;
    private final int rowBytes;
    /** The mapping last {@link #probe probed}, as stored. */
    private final byte[] probe;

    private byte[] genes = new byte[0];
    private int[] hashes = new int[0];
    private double[] latency = new double[0];
    private double[] energy = new double[0];
    /** Per slot the entry's hash (high word) and its index + 1 (low word), 0 for empty; at most half full. */
    private long[] table = new long[16];
    /** Per layer an odd multiplier of its gene in the hash. */
    private final int[] weights;

    private long puts;

    /** Room for {@code expected} mappings is made at once; beyond, the memory grows up to {@code capacity}. */
    MappingMemory(int layers, int accelerators, int capacity, int expected) {
        this.layers = layers;
        this.capacity = capacity;
        this.wide = accelerators > 256;
        this.rowBytes = layers * (wide ? 2 : 1);
        this.probe = new byte[rowBytes];
        this.weights = new int[layers];
        long z = 0x9e3779b97f4a7c15L;
        for (int l = 0; l < layers; l++) {
            z += 0x9e3779b97f4a7c15L;
            long w = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            weights[l] = (int) ((w ^ (w >>> 31)) >>> 32) | 1;
        }
        grow(Math.max(1, Math.min(capacity, expected)));
    }

    /** Takes {@code rows[offset .. offset + layers)} as the mapping {@link #find} looks up, and returns its hash. */
    int probe(int[] rows, int offset) {
        encode(rows, offset, probe, 0);
        int h = 0;
        for (int l = 0; l < layers; l++) {
            h += rows[offset + l] * weights[l];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }

    /** The entry holding the mapping last probed (whose hash is given), or −1. */
    int find(int hash) {
        int mask = table.length - 1;
        for (int slot = hash & mask; table[slot] != 0; slot = (slot + 1) & mask) {
            long slotted = table[slot];
            if ((int) (slotted >>> 32) == hash) {
                int entry = (int) slotted - 1;
                int at = entry * rowBytes;
                if (Arrays.equals(genes, at, at + rowBytes, probe, 0, rowBytes)) {
                    return entry;
                }
            }
        }
        return -1;
    }

    double latency(int entry) {
        return latency[entry];
    }

    double energy(int entry) {
        return energy[entry];
    }

    /** Remembers a mapping not held yet; beyond the capacity the oldest one is forgotten. */
    void put(int[] rows, int offset, int hash, double latencyValue, double energyValue) {
        int entry = (int) (puts % capacity);
        if (puts >= capacity) {
            remove(entry);
        } else {
            grow(entry + 1);
        }
        puts++;
        hashes[entry] = hash;
        latency[entry] = latencyValue;
        energy[entry] = energyValue;
        encode(rows, offset, genes, entry * rowBytes);
        insert(entry);
    }

    private void encode(int[] rows, int offset, byte[] to, int at) {
        if (wide) {
            for (int l = 0; l < layers; l++, at += 2) {
                int a = rows[offset + l];
                to[at] = (byte) a;
                to[at + 1] = (byte) (a >>> 8);
            }
        } else {
            for (int l = 0; l < layers; l++) {
                to[at + l] = (byte) rows[offset + l];
            }
        }
    }

    private void grow(int entries) {
        if (entries > hashes.length) {
            int length = (int) Math.min(capacity, Math.max(entries, Math.max(64, 2L * hashes.length)));
            hashes = Arrays.copyOf(hashes, length);
            latency = Arrays.copyOf(latency, length);
            energy = Arrays.copyOf(energy, length);
            genes = Arrays.copyOf(genes, length * rowBytes);
        }
        if (2 * entries > table.length) {
            long[] old = table;
            table = new long[Integer.highestOneBit(4 * entries - 1)];
            for (long slotted : old) {
                if (slotted != 0) {
                    insert((int) slotted - 1);
                }
            }
        }
    }

    private void insert(int entry) {
        int mask = table.length - 1;
        int slot = hashes[entry] & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = (long) hashes[entry] << 32 | (entry + 1);
    }

    /** Removes an entry from the table, shifting back the entries probed past it (no tombstones). */
    private void remove(int entry) {
        int mask = table.length - 1;
        int hole = hashes[entry] & mask;
        while ((int) table[hole] != entry + 1) {
            hole = (hole + 1) & mask;
        }
        for (int next = (hole + 1) & mask; table[next] != 0; next = (next + 1) & mask) {
            int home = (int) (table[next] >>> 32) & mask;
            // The entry at next may move to the hole unless its home lies cyclically in (hole, next].
            boolean stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!stays) {
                table[hole] = table[next];
                hole = next;
            }
        }
        table[hole] = 0;
    }
}
