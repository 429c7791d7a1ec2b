package io.h2hdse.cost.fpga;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;

/**
 * The tiled FPGA model of Zhang et al. (FPGA 2015) as the H2H release codes it: the on-chip latency
 * {@code L_onchip} of a convolution, tile by tile, with every product and sum in the release's order so
 * that results agree with it to the last bit. Network transfers are not part of it: the evaluator adds
 * them from the accelerator's link. Energy is the accelerator's dynamic power times that latency.
 *
 * <p>Only plain convolutions are costed (one group, square kernel): the release models nothing else on
 * this accelerator, so any other layer is refused rather than given an invented cost. A dilated
 * convolution is costed as the dense one with the same output, channels and MACs.
 */
public final class FpgaTileCostModel implements LayerCostModel {
    @Override
    public LayerCost cost(Workload workload, Layer layer, Accelerator accelerator) {
        if (!(accelerator.cost() instanceof FpgaTileSpec spec)) {
            throw new InvalidInputException(
                    "accelerators." + accelerator.name() + ".cost", "the FPGA tile model needs FPGA tile parameters");
        }
        if (!canCost(layer, accelerator)) {
            throw new InvalidInputException(
                    "layers." + layer.name(),
                    "the FPGA tile model costs square, dense convolutions only, not this "
                            + layer.kind().yamlName());
        }
        Conv conv = (Conv) layer.op();
        Shape out = layer.output();
        double seconds = onChipSeconds(
                spec, conv.outChannels(), layer.input().channels(), out.height(), out.width(), conv.kernelH());
        return new LayerCost(seconds, accelerator.dynamicPowerW() * seconds);
    }

    /**
     * The release models square, dense convolutions only. A dilated one is costed as the dense
     * convolution with the same output, channels and kernel (the model never reads the input size),
     * so with the same MACs: the work of hardware that skips the holes.
     */
    @Override
    public boolean canCost(Layer layer, Accelerator accelerator) {
        return layer.op() instanceof Conv conv && conv.groups() == 1 && conv.kernelH() == conv.kernelW();
    }

    /** {@code L_onchip} for M output channels, N input channels, an R×C output and a K×K kernel. */
    static double onChipSeconds(FpgaTileSpec s, long m, long n, long r, long c, long k) {
        double dramBitsPerSecond = s.dramBitsPerCycle() * s.clockMhz() * 1e6;
        double computePerTile = (double) (2L * s.tr() * s.tc() * s.tm() * k * k * s.tn()) / 1e9 / s.throughputGops();
        double weightsInPerTile = (double) ((long) s.tm() * s.tn() * k * k * s.elementBits()) / dramBitsPerSecond;
        double inputInPerTile = (double) ((long) s.tn() * s.trIn() * s.tcIn() * s.elementBits()) / dramBitsPerSecond;
        double outputPerTile = (double) ((long) s.tm() * s.tr() * s.tc() * s.elementBits()) / dramBitsPerSecond;
        double inputTileRound = weightsInPerTile + inputInPerTile + computePerTile;
        double outputTile = ceilDiv(n, s.tn()) * inputTileRound + outputPerTile;
        return ceilDiv(r, s.tr()) * ceilDiv(c, s.tc()) * ceilDiv(m, s.tm()) * outputTile;
    }

    private static long ceilDiv(long a, long b) {
        return Math.ceilDiv(a, b);
    }
}
