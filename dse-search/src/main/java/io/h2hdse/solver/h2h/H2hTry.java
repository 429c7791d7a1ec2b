package io.h2hdse.solver.h2h;

/**
 * One step-4 candidate: {@code layer} moved from accelerator {@code from} to {@code to}, right after its
 * producer ({@link Relation#AFTER_PRODUCER}) or right before its consumer ({@link Relation#BEFORE_CONSUMER})
 * {@code neighbour}, with steps 2 and 3 redone for it.
 *
 * @param makespan the candidate's makespan, +∞ when its order deadlocks
 * @param accepted valid and strictly faster than the best before it
 */
public record H2hTry(
        int layer,
        int neighbour,
        Relation relation,
        int from,
        int to,
        double bestBefore,
        double makespan,
        boolean accepted) {
    /** The release's names: {@code pred} and {@code success}. */
    public enum Relation {
        AFTER_PRODUCER,
        BEFORE_CONSUMER
    }
}
