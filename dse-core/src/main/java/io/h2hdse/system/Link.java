package io.h2hdse.system;

/** A network link: bandwidth in GB/s (1e9 bytes per second) and energy per byte moved. */
public record Link(double bandwidthGBps, double energyPjPerByte) {
    public Link {
        if (!(bandwidthGBps > 0) || Double.isInfinite(bandwidthGBps)) {
            throw new IllegalArgumentException("bandwidth_gbps must be positive and finite, got " + bandwidthGBps);
        }
        if (!(energyPjPerByte >= 0)) {
            throw new IllegalArgumentException("energy_pj_per_byte must not be negative, got " + energyPjPerByte);
        }
    }

    /** Seconds to move {@code bits}; computed in bits so that integer volumes divide exactly as the H2H release does. */
    public double seconds(double bits) {
        return bits / (bandwidthGBps * 1e9 * 8);
    }

    public double joules(double bits) {
        return bits / 8 * energyPjPerByte * 1e-12;
    }
}
