package io.h2hdse.system;

/** A network link: bandwidth in GB/s (1e9 bytes per second) and energy per byte moved. */
public record Link(double bandwidthGBps, double energyPjPerByte) {
    /**
     * The slowest link accepted: one byte per second. Below it (1e-320, say) a transfer's time overflows
     * to infinity and every plan's latency with it.
     */
    public static final double MIN_BANDWIDTH_GBPS = 1e-9;

    public Link {
        if (!validBandwidth(bandwidthGBps)) {
            throw new IllegalArgumentException(bandwidthError(bandwidthGBps));
        }
        if (!(energyPjPerByte >= 0)) {
            throw new IllegalArgumentException("energy_pj_per_byte must not be negative, got " + energyPjPerByte);
        }
    }

    /** What is wrong with a bandwidth outside the accepted range, in the words of an input error. */
    public static String bandwidthError(double bandwidthGBps) {
        return "bandwidth_gbps must be finite and at least " + MIN_BANDWIDTH_GBPS + " (one byte per second), got "
                + bandwidthGBps;
    }

    /** Whether {@code bandwidthGBps} is a bandwidth a link may have. */
    public static boolean validBandwidth(double bandwidthGBps) {
        return bandwidthGBps >= MIN_BANDWIDTH_GBPS && !Double.isInfinite(bandwidthGBps);
    }

    /** Seconds to move {@code bits}; computed in bits so that integer volumes divide exactly as the H2H release does. */
    public double seconds(double bits) {
        return bits / (bandwidthGBps * 1e9 * 8);
    }

    public double joules(double bits) {
        return bits / 8 * energyPjPerByte * 1e-12;
    }
}
