package io.h2hdse.eval;

import java.util.Arrays;

/**
 * Base schedules with some layers' residency flipped, by flip set: many moves from one base flip the
 * same layers (the first layer left out of, or let into, an accelerator's weight memory), and with
 * that schedule in hand such a move reschedules its own layer only. A set's schedule is built once
 * the stretches rescheduled for it add up to a whole model (so a schedule is built only where it
 * has already been paid for, and sets that leave before that never cost one). Least recently used out.
 */
final class FlipCache {
    private final int capacity;
    private final int[][] keys;
    private final long[] hashes;
    private final BaseSchedule[] schedules;
    private final long[] rescheduled;
    private final long[] lastUse;
    private int size;
    private long clock;

    FlipCache(int capacity) {
        this.capacity = capacity;
        keys = new int[capacity][];
        hashes = new long[capacity];
        schedules = new BaseSchedule[capacity];
        rescheduled = new long[capacity];
        lastUse = new long[capacity];
    }

    void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(schedules, null);
        size = 0;
    }

    /** The slot of this flip set ({@code flips[0..count)}, sorted); a new set takes a fresh slot. */
    int lookUp(int[] flips, int count) {
        long hash = hash(flips, count);
        clock++;
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && Arrays.equals(keys[i], 0, keys[i].length, flips, 0, count)) {
                lastUse[i] = clock;
                return i;
            }
        }
        int slot = size < capacity ? size++ : leastRecentlyUsed();
        keys[slot] = Arrays.copyOf(flips, count);
        hashes[slot] = hash;
        schedules[slot] = null;
        rescheduled[slot] = 0;
        lastUse[slot] = clock;
        return slot;
    }

    /** The set's schedule; null until built. */
    BaseSchedule schedule(int slot) {
        return schedules[slot];
    }

    void keep(int slot, BaseSchedule schedule) {
        schedules[slot] = schedule;
    }

    /** Layers rescheduled so far for moves with this flip set. */
    long rescheduled(int slot) {
        return rescheduled[slot];
    }

    void addRescheduled(int slot, int layers) {
        rescheduled[slot] += layers;
    }

    private int leastRecentlyUsed() {
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (lastUse[i] < lastUse[oldest]) {
                oldest = i;
            }
        }
        return oldest;
    }

    private static long hash(int[] flips, int count) {
        long h = count;
        for (int i = 0; i < count; i++) {
            h = h * 0x9E3779B97F4A7C15L + flips[i];
        }
        return h;
    }
}
