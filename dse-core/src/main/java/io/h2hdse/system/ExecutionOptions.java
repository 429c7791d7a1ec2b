package io.h2hdse.system;

/**
 * How a system executes a mapping: which activations stay local, whether transfers overlap compute,
 * and how energy is counted. {@link #h2hRelease()} reproduces the authors' H2H code.
 */
public record ExecutionOptions(Activations activations, Overlap overlap, Energy energy) {
    /** Which activations cross the network. */
    public enum Activations {
        /** Only an edge between two different accelerators moves its tensor. */
        EDGE,
        /**
         * The H2H release's rule: every layer reads its input and writes its output over its
         * accelerator's link, except between consecutive layers that run back to back on one
         * accelerator. Consecutive = a chain edge: the producer's only consumer, in the same branch.
         */
        BACK_TO_BACK,
        /**
         * As {@link #BACK_TO_BACK}, with the release's own name rule for consecutive ({@code M<k>L<i>}
         * then {@code M<k>L<i+1>}): the consumer is the next layer of the producer's branch, even when
         * the producer has other consumers. Used for cases in the release's format.
         */
        BACK_TO_BACK_BY_NAME
    }

    /** Whether an accelerator's transfers overlap its compute. */
    public enum Overlap {
        NONE,
        DOUBLE_BUFFERED
    }

    /** How energy is counted. */
    public enum Energy {
        /** Compute energy + transfer energy + static power × makespan. */
        COMPONENTS,
        /** The H2H release: each accelerator's power × the length of every layer interval on it. */
        BUSY_POWER
    }

    public ExecutionOptions {
        if (activations == null || overlap == null || energy == null) {
            throw new IllegalArgumentException("execution options must all be given");
        }
    }

    public static ExecutionOptions defaults() {
        return new ExecutionOptions(Activations.EDGE, Overlap.NONE, Energy.COMPONENTS);
    }

    public static ExecutionOptions h2hRelease() {
        return new ExecutionOptions(Activations.BACK_TO_BACK_BY_NAME, Overlap.NONE, Energy.BUSY_POWER);
    }
}
