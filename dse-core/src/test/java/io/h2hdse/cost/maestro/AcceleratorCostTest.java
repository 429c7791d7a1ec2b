package io.h2hdse.cost.maestro;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MAESTRO's DSE area and power formulas, worked by hand for small accelerators. */
class AcceleratorCostTest {
    private static final double EPS = 1e-9;

    @Test
    void twoPesWhereTheArbiterTakesItsFloor() {
        // 2 PEs of one lane, L1 3 elements each, L2 10 elements, NoC 4 lanes.
        AcceleratorCost cost = AcceleratorCost.of(2, 1, 4, 3, 10);
        // bus scale 14.662*2 + 28.895 = 58.219; arbiter scale 1.2886*4 + 5.5814*2 - 23.711 = -7.3938 (below 1:
        // the arbiter's unit area and power are its floor)
        double pes = 2 * (283 + 0.104 * 3); // 566.624
        double l2 = 0.104 * 10; // 1.04
        double bus = 101.7938 * 58.219 * 4; // 23705.3329688
        assertEquals(pes + l2 + bus + 395.473, cost.area(), EPS);
        assertEquals(24668.4699688, cost.area(), 1e-6);
        assertEquals(2 * 1.2223, cost.pePower(), EPS);
        assertEquals(2 * 0.00345 * 3, cost.l1Power(), EPS);
        assertEquals(0.00345 * 10, cost.l2Power(), EPS);
        assertEquals(0.8 * 58.219 / 1000 * 4 + 0.34, cost.nocPower(), EPS);
        assertEquals(3.0261008, cost.power(), EPS);
    }

    @Test
    void fourPesAboveTheArbiterFloorAndAnEmptyL1CountsOneCell() {
        // 4 PEs of 2 lanes, no L1 need (one cell each, as MAESTRO's SRAM has at least one), L2 0, NoC 1 lane.
        AcceleratorCost cost = AcceleratorCost.of(4, 2, 1, 0, 0);
        double arbiterScale = 1.2886 * 16 + 5.5814 * 4 - 23.711; // 19.2322
        double busScale = 14.662 * 4 + 28.895; // 87.543
        assertEquals(4 * (283 * 2 + 0.104) + 0.104 + 101.7938 * busScale + 395.473 * arbiterScale, cost.area(), 1e-6);
        assertEquals(4 * 2 * 1.2223, cost.pePower(), EPS);
        assertEquals(4 * 0.00345, cost.l1Power(), EPS);
        assertEquals(0.00345, cost.l2Power(), EPS);
        // the arbiter's power, 0.34 * 19.2322 / 1000, is below its floor of 0.34
        assertEquals(0.8 * busScale / 1000 + 0.34, cost.nocPower(), EPS);
    }
}
