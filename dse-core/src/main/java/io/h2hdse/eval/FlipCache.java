package io.h2hdse.eval;

import java.util.Arrays;

/**
 * Base schedules with some layers' residency flipped, by flip set: many moves from one base flip the
 * same layers (the first layer left out of, or let into, an accelerator's weight memory), and with
 * that schedule in hand such a move reschedules its own layer only. A flip set is kept only when it
 * comes back, so moves whose flips are one-offs never pay for a schedule. Least recently used out.
 */
final class FlipCache {
    private final int capacity;
    private final int[][] keys;
    private final long[] hashes;
    private final BaseSchedule[] schedules;
    private final long[] lastUse;
    private int size;
    private long clock;

    FlipCache(int capacity) {
        this.capacity = capacity;
        keys = new int[capacity][];
        hashes = new long[capacity];
        schedules = new BaseSchedule[capacity];
        lastUse = new long[capacity];
    }

    void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(schedules, null);
        size = 0;
    }

    /**
     * The slot of this flip set ({@code flips[0..count)}, sorted) if it was seen before, its
     * schedule possibly not built yet; -1 if it is new (it is noted, without a schedule).
     */
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
        lastUse[slot] = clock;
        return -1;
    }

    BaseSchedule schedule(int slot) {
        return schedules[slot];
    }

    void keep(int slot, BaseSchedule schedule) {
        schedules[slot] = schedule;
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
