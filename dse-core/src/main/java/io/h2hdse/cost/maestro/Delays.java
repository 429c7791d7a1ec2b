package io.h2hdse.cost.maestro;

/**
 * Per-iteration delays of the top level, over its iteration cases: moving inputs in over the NoC,
 * moving outputs back, and computing (which includes the levels below).
 */
public record Delays(Range ingress, Range egress, Range compute) {
    /** @param avg occurrence-weighted, truncated to whole cycles as MAESTRO reports it */
    public record Range(long min, long max, long avg) {}

    /** Accumulates one kind of delay over cases. */
    static final class Tracker {
        private long min = Long.MAX_VALUE;
        private long max;
        private long weightedSum;
        private long occurrences;

        void add(long delay, long times) {
            min = Math.min(min, delay);
            max = Math.max(max, delay);
            weightedSum += times * delay;
            occurrences += times;
        }

        Range range() {
            return occurrences == 0 ? new Range(0, 0, 0) : new Range(min, max, weightedSum / occurrences);
        }
    }
}
