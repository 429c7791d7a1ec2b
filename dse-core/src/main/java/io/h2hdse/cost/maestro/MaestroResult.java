package io.h2hdse.cost.maestro;

import java.util.stream.Stream;

/**
 * MAESTRO's per-layer result.
 *
 * @param macs            MACs the mapping performs (can exceed the dense count for strided mappings,
 *                        as in MAESTRO)
 * @param peakNocBandwidth elements per cycle the busiest iteration case asks of the top NoC
 * @param avgNocBandwidth  occurrence-weighted average of the same; NaN (MAESTRO's -nan) when no case has work
 * @param offchipBandwidth off-chip elements per cycle the top level asks for
 * @param avgUtilizedPes   PEs busy in an average iteration, weighted down through the cluster levels
 * @param arithmeticIntensity MACs per element sent down by the top level, in its last iteration case with
 *                        work (MAESTRO overwrites the figure case by case); 0 when no case has work
 */
public record MaestroResult(
        String layer,
        int numPes,
        long runtimeCycles,
        long macs,
        TensorStats input,
        TensorStats filter,
        TensorStats output,
        long peakNocBandwidth,
        double avgNocBandwidth,
        long offchipBandwidth,
        double avgUtilizedPes,
        Delays delays,
        double arithmeticIntensity) {
    /** The same numbers for another layer of the same shape. */
    public MaestroResult withLayer(String name) {
        return name.equals(layer)
                ? this
                : new MaestroResult(
                        name,
                        numPes,
                        runtimeCycles,
                        macs,
                        input,
                        filter,
                        output,
                        peakNocBandwidth,
                        avgNocBandwidth,
                        offchipBandwidth,
                        avgUtilizedPes,
                        delays,
                        arithmeticIntensity);
    }

    public TensorStats of(TensorKind tensor) {
        return switch (tensor) {
            case INPUT -> input;
            case FILTER -> filter;
            case OUTPUT -> output;
        };
    }

    public long l1SizeReq() {
        return input.l1SizeReq() + filter.l1SizeReq() + output.l1SizeReq();
    }

    public long l2SizeReq() {
        return input.l2SizeReq() + filter.l2SizeReq() + output.l2SizeReq();
    }

    public Energy energy() {
        return Energy.of(
                input.l2Read() + filter.l2Read() + output.l2Read(),
                input.l2Write() + filter.l2Write() + output.l2Write(),
                input.l1Read() + filter.l1Read() + output.l1Read(),
                input.l1Write() + filter.l1Write() + output.l1Write(),
                macs);
    }

    /** Energy of one tensor's buffer accesses, MAC-energy units. */
    public Energy energy(TensorKind tensor) {
        TensorStats t = of(tensor);
        return Energy.of(t.l2Read(), t.l2Write(), t.l1Read(), t.l1Write(), 0);
    }

    /**
     * False when MAESTRO finds no iteration case with work in it (a tile larger than the layer):
     * it then reports zero runtime and MACs, and buffer needs from the top level's tiles.
     */
    public boolean hasValidIterations() {
        return runtimeCycles > 0 && macs > 0 && Stream.of(input, filter, output).allMatch(TensorStats::nonNegative);
    }

    public double throughputMacsPerCycle() {
        return runtimeCycles == 0 ? 0 : (double) macs / runtimeCycles;
    }
}
