package io.h2hdse.cost.maestro;

/**
 * The accelerator parameters the analysis uses; sizes and bandwidths in elements and elements per
 * cycle.
 *
 * @param nocLatency  cycles added to every NoC transfer (hops x hop latency): 1 when read from a HW
 *                    file, 0 by MAESTRO's command-line default
 * @param l1Size      constraint only: reported against, never changes runtime or energy
 * @param l2Size      constraint only
 */
public record Hardware(
        int numPes,
        long l1Size,
        long l2Size,
        long nocBandwidth,
        long offchipBandwidth,
        long nocLatency,
        int simdLanes) {
    public Hardware {
        if (numPes <= 0 || nocBandwidth <= 0 || offchipBandwidth <= 0 || simdLanes <= 0) {
            throw new IllegalArgumentException("num_pes, bandwidths and SIMD lanes must be positive");
        }
        if (nocLatency < 0) {
            throw new IllegalArgumentException("NoC latency must not be negative, got " + nocLatency);
        }
    }

    /** MAESTRO's NoC: a fixed head latency plus one cycle per further bandwidth-sized send. */
    long nocDelay(long elements) {
        long sends = elements / nocBandwidth + (elements % nocBandwidth != 0 ? 1 : 0);
        return nocLatency + sends - 1;
    }
}
