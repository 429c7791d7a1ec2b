package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemYamlReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemOverrideTest {
    private static final SystemSpec MIXED =
            SystemYamlReader.readSystem(SweepFixtures.CONFIGS.resolve("systems/mixed6-medium.yaml"));

    @Test
    void bandwidthSetsEveryOwnLinkAndKeepsPairLinksAndEnergy() {
        SystemSpec fast = SystemOverride.LINK_BANDWIDTH_GBPS.apply(MIXED, "5", "w");
        for (Accelerator acc : fast.accelerators()) {
            assertEquals(5, fast.interconnect().hostLink(acc.name()).bandwidthGBps());
            assertEquals(
                    MIXED.interconnect().hostLink(acc.name()).energyPjPerByte(),
                    fast.interconnect().hostLink(acc.name()).energyPjPerByte());
        }
        assertEquals(MIXED.interconnect().overrides(), fast.interconnect().overrides());
    }

    /** 1e-320 GB/s is positive, but moving one tensor over it takes longer than a double can hold. */
    @Test
    void aBandwidthTooSmallForAFiniteTransferTimeIsRefusedNamingTheGridField() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SystemOverride.LINK_BANDWIDTH_GBPS.apply(MIXED, "1e-320", "grid[1]"));
        assertTrue(
                e.getMessage().startsWith("grid[1]") && e.getMessage().contains("one byte per second"), e.getMessage());
        SystemOverride.LINK_BANDWIDTH_GBPS.apply(MIXED, "1e-9", "grid[0]");
    }

    @Test
    void peCountChangesMaestroAcceleratorsOnly() {
        SystemSpec small = SystemOverride.NUM_PES.apply(MIXED, "64", "w");
        for (int a = 0; a < MIXED.size(); a++) {
            Accelerator before = MIXED.accelerator(a);
            Accelerator after = small.accelerator(a);
            if (before.cost() instanceof MaestroSpec) {
                assertEquals(64, ((MaestroSpec) after.cost()).numPes());
            } else {
                assertEquals(before, after);
            }
        }
        SystemSpec fpga = SystemYamlReader.readSystem(SweepFixtures.CONFIGS.resolve("systems/h2h-fpga4-low.yaml"));
        assertThrows(InvalidInputException.class, () -> SystemOverride.NUM_PES.apply(fpga, "64", "w"));
        assertThrows(InvalidInputException.class, () -> SystemOverride.NUM_PES.apply(MIXED, "6.5", "w"));
    }

    @Test
    void acceleratorMixKeepsTheNamedOnesInSystemOrderWithTheirLinks() {
        List<String> names =
                MIXED.accelerators().stream().map(Accelerator::name).toList();
        String mix = names.get(3) + "+" + names.get(0);
        SystemSpec two = SystemOverride.ACCELERATORS.apply(MIXED, mix, "w");
        assertEquals(
                List.of(names.get(0), names.get(3)),
                two.accelerators().stream().map(Accelerator::name).toList());
        assertTrue(two.interconnect().overrides().stream().allMatch(p -> mix.contains(p.a()) && mix.contains(p.b())));
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SystemOverride.ACCELERATORS.apply(MIXED, "tpu", "f: grid.accelerators"));
        assertEquals("f: grid.accelerators: system mixed6-medium has no accelerator 'tpu'", e.getMessage());
    }

    @Test
    void weightMemorySetsTheCapacityForResidentWeights() {
        SystemSpec sized = SystemOverride.WEIGHT_MEMORY_MIB.apply(MIXED, "96", "w");
        for (Accelerator acc : sized.accelerators()) {
            assertEquals(96.0 * (1 << 20), acc.weightCapacityBytes(), 1e-6);
        }
    }
}
