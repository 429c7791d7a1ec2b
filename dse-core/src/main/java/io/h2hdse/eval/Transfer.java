package io.h2hdse.eval;

/**
 * One data movement of a schedule.
 *
 * @param kind        what moves
 * @param layer       the layer whose weights, input or output move (for an activation between
 *                    accelerators: the producer)
 * @param source      accelerator name or {@code "host"}
 * @param destination accelerator name or {@code "host"}
 * @param bytes       volume
 * @param start       seconds
 * @param finish      seconds
 * @param joules      energy of the move (0 where energy is counted as busy power)
 */
public record Transfer(
        Kind kind,
        String layer,
        String source,
        String destination,
        double bytes,
        double start,
        double finish,
        double joules) {
    public enum Kind {
        WEIGHTS,
        INPUT,
        OUTPUT,
        ACTIVATION
    }

    public static final String HOST = "host";
}
