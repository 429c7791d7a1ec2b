package io.h2hdse.system;

/**
 * An FPGA accelerator in the tiled performance model of Zhang et al. (FPGA 2015), as the H2H
 * release uses it. Tiles: output channels {@code tm}, input channels {@code tn}, output rows and
 * columns {@code tr, tc}; input-tile rows and columns {@code trIn, tcIn}.
 */
public record FpgaTileSpec(
        double throughputGops,
        double clockMhz,
        int dramBitsPerCycle,
        int tm,
        int tn,
        int tr,
        int tc,
        int trIn,
        int tcIn,
        int elementBits)
        implements CostSpec {
    public FpgaTileSpec {
        MaestroSpec.positive("throughput_gops", throughputGops);
        MaestroSpec.positive("clock_mhz", clockMhz);
        MaestroSpec.positive("dram_bits_per_cycle", dramBitsPerCycle);
        MaestroSpec.positive("tm", tm);
        MaestroSpec.positive("tn", tn);
        MaestroSpec.positive("tr", tr);
        MaestroSpec.positive("tc", tc);
        MaestroSpec.positive("tr_in", trIn);
        MaestroSpec.positive("tc_in", tcIn);
        MaestroSpec.positive("element_bits", elementBits);
    }
}
