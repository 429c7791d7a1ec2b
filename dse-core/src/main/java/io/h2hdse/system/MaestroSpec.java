package io.h2hdse.system;

/**
 * A spatial accelerator costed by the MAESTRO model.
 *
 * @param dataflow          a preset name ({@code kcp_ws}, {@code yxp_os}, {@code rs}, ...) or a path to a {@code .m} file
 * @param numPes            processing elements
 * @param l1SizeBytes       per-PE L1 size constraint (elements, as MAESTRO counts them)
 * @param l2SizeBytes       shared L2 size constraint (elements)
 * @param nocBandwidth      NoC bandwidth, elements per cycle
 * @param offchipBandwidth  off-chip bandwidth, elements per cycle
 * @param clockMhz          clock, turns cycles into seconds
 * @param pjPerMacEnergy    picojoules of one MAC-energy unit, turns MAESTRO energy into joules
 */
public record MaestroSpec(
        String dataflow,
        int numPes,
        long l1SizeBytes,
        long l2SizeBytes,
        long nocBandwidth,
        long offchipBandwidth,
        double clockMhz,
        double pjPerMacEnergy)
        implements CostSpec {
    public MaestroSpec {
        if (dataflow == null || dataflow.isBlank()) {
            throw new IllegalArgumentException("dataflow is required");
        }
        positive("num_pes", numPes);
        positive("l1_size", l1SizeBytes);
        positive("l2_size", l2SizeBytes);
        positive("noc_bw", nocBandwidth);
        positive("offchip_bw", offchipBandwidth);
        positive("clock_mhz", clockMhz);
        positive("pj_per_mac_energy", pjPerMacEnergy);
    }

    public MaestroSpec withDataflow(String other) {
        return new MaestroSpec(
                other, numPes, l1SizeBytes, l2SizeBytes, nocBandwidth, offchipBandwidth, clockMhz, pjPerMacEnergy);
    }

    public MaestroSpec withNumPes(int other) {
        return new MaestroSpec(
                dataflow, other, l1SizeBytes, l2SizeBytes, nocBandwidth, offchipBandwidth, clockMhz, pjPerMacEnergy);
    }

    public MaestroSpec withL1Size(long other) {
        return new MaestroSpec(
                dataflow, numPes, other, l2SizeBytes, nocBandwidth, offchipBandwidth, clockMhz, pjPerMacEnergy);
    }

    public MaestroSpec withL2Size(long other) {
        return new MaestroSpec(
                dataflow, numPes, l1SizeBytes, other, nocBandwidth, offchipBandwidth, clockMhz, pjPerMacEnergy);
    }

    static void positive(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }
}
