package io.h2hdse.cost.maestro;

/**
 * MAESTRO's area and power estimate of an accelerator (its {@code DSE::Accelerator}, 28 nm figures of
 * {@code DSE_cost-database.hpp} and {@code DSE_scaling-coefficients.hpp}), which its CSV reports per layer:
 * per PE a MAC unit of {@code vectorWidth} lanes and an L1 SRAM of {@code l1Size} one-element cells, one L2
 * SRAM of {@code l2Size} cells, and a bus of {@code nocBandwidth} lanes with a matrix arbiter over the PEs.
 * An SRAM has at least one cell. Area in um^2, power in mW (MAESTRO's units; the bus and arbiter power
 * carry its /1000 scaling).
 *
 * @param power everything, as MAESTRO's Power column adds it up (MAESTRO sums PE by PE; the products here
 *              differ from its sums in the last bits only)
 */
public record AcceleratorCost(
        double area, double power, double pePower, double l1Power, double l2Power, double nocPower) {
    private static final double MAC_AREA = 283;
    private static final double MAC_POWER = 1.2223;
    private static final double SRAM_CELL_AREA = 0.104;
    private static final double SRAM_CELL_POWER = 0.00345;
    private static final double BUS_UNIT_AREA = 101.7938;
    private static final double BUS_UNIT_POWER = 0.8;
    private static final double ARBITER_UNIT_AREA = 395.473;
    private static final double ARBITER_UNIT_POWER = 0.34;

    public static AcceleratorCost of(int numPes, int vectorWidth, long nocBandwidth, long l1Size, long l2Size) {
        double macArea = MAC_AREA * vectorWidth;
        double macPower = MAC_POWER * vectorWidth;
        double l1Cells = cells(l1Size);
        double l2Cells = cells(l2Size);
        double pePower = numPes * macPower;
        double l1Power = numPes * SRAM_CELL_POWER * l1Cells;
        double busScale = 14.662 * numPes + 28.895;
        double arbiterScale = 1.2886 * Math.pow(numPes, 2) + 5.5814 * numPes - 23.711;
        double busArea = BUS_UNIT_AREA * busScale * nocBandwidth;
        double arbiterArea = Math.max(ARBITER_UNIT_AREA * arbiterScale, ARBITER_UNIT_AREA);
        double busPower = BUS_UNIT_POWER * busScale / 1000 * nocBandwidth;
        double arbiterPower = Math.max(ARBITER_UNIT_POWER * arbiterScale / 1000, ARBITER_UNIT_POWER);
        double l2Power = SRAM_CELL_POWER * l2Cells;
        double nocPower = busPower + arbiterPower;
        return new AcceleratorCost(
                numPes * (macArea + SRAM_CELL_AREA * l1Cells) + SRAM_CELL_AREA * l2Cells + (busArea + arbiterArea),
                numPes * (macPower + SRAM_CELL_POWER * l1Cells) + l2Power + nocPower,
                pePower,
                l1Power,
                l2Power,
                nocPower);
    }

    private static double cells(long elements) {
        return Math.max(elements, 1);
    }

    /**
     * The area of a MAESTRO accelerator as configured, mm²: its {@code num_pes} PEs with {@code l1_size_elements}
     * L1 cells each, {@code l2_size_elements} L2 cells and a bus of {@code noc_bw_elements_per_cycle} lanes, at the
     * vector width the cost model runs (MAESTRO's CSV puts the same formula over the buffer sizes a layer needs).
     */
    public static double areaMm2(io.h2hdse.system.MaestroSpec spec) {
        return of(
                                spec.numPes(),
                                MaestroCostModel.SIMD_LANES,
                                spec.nocBandwidth(),
                                spec.l1SizeBytes(),
                                spec.l2SizeBytes())
                        .area()
                / 1e6;
    }
}
