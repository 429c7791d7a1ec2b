package io.h2hdse.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The non-dominated (latency, energy) points seen so far, with one mapping each, ordered by latency
 * ascending (so energy descending). Of points equal in both objectives the first one offered stays,
 * which keeps the archive deterministic for a deterministic search.
 */
public final class ParetoArchive {
    private final List<ParetoPoint> points = new ArrayList<>();

    /**
     * Offers the mapping {@code mappings[offset .. offset + layers)}; returns whether it entered the
     * archive. Infinite or NaN objectives (disallowed mappings) never enter.
     */
    public boolean offer(double latency, double energy, int[] mappings, int offset, int layers) {
        if (!(latency < Double.POSITIVE_INFINITY) || !(energy < Double.POSITIVE_INFINITY)) {
            return false;
        }
        int after = firstWithLatencyAbove(latency);
        if (after > 0 && points.get(after - 1).energy() <= energy) {
            return false;
        }
        int from = firstWithLatencyAtLeast(latency, after);
        int to = from;
        while (to < points.size() && points.get(to).energy() >= energy) {
            to++;
        }
        points.subList(from, to).clear();
        points.add(from, new ParetoPoint(latency, energy, Arrays.copyOfRange(mappings, offset, offset + layers)));
        return true;
    }

    public boolean offer(double latency, double energy, int[] mapping) {
        return offer(latency, energy, mapping, 0, mapping.length);
    }

    private int firstWithLatencyAbove(double latency) {
        int lo = 0;
        int hi = points.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (points.get(mid).latency() <= latency) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstWithLatencyAtLeast(double latency, int upTo) {
        int i = upTo;
        while (i > 0 && points.get(i - 1).latency() == latency) {
            i--;
        }
        return i;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public int size() {
        return points.size();
    }

    /** The fastest point (lowest energy among equally fast ones). */
    public ParetoPoint fastest() {
        return points.getFirst();
    }

    /** The most frugal point. */
    public ParetoPoint leanest() {
        return points.getLast();
    }

    /** The points, by latency ascending. */
    public List<ParetoPoint> points() {
        return List.copyOf(points);
    }

    public double hypervolume(ReferencePoint reference) {
        return Hypervolume.of(points, reference);
    }
}
