package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemYamlReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemOverrideTest {
    private static final SystemSpec MIXED =
            SystemYamlReader.readSystem(SweepFixtures.CONFIGS.resolve("systems/mixed6-medium.yaml"));
    private static final Path HERE = Path.of("");

    @Test
    void bandwidthSetsEveryOwnLinkAndKeepsPairLinksAndEnergy() {
        SystemSpec fast = SystemOverride.LINK_BANDWIDTH_GBPS.apply(MIXED, null, "5", HERE, "w");
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
                () -> SystemOverride.LINK_BANDWIDTH_GBPS.apply(MIXED, null, "1e-320", HERE, "grid[1]"));
        assertTrue(
                e.getMessage().startsWith("grid[1]") && e.getMessage().contains("one byte per second"), e.getMessage());
        SystemOverride.LINK_BANDWIDTH_GBPS.apply(MIXED, null, "1e-9", HERE, "grid[0]");
    }

    @Test
    void peCountChangesMaestroAcceleratorsOnly() {
        SystemSpec small = SystemOverride.NUM_PES.apply(MIXED, null, "64", HERE, "w");
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
        assertThrows(InvalidInputException.class, () -> SystemOverride.NUM_PES.apply(fpga, null, "64", HERE, "w"));
        assertThrows(InvalidInputException.class, () -> SystemOverride.NUM_PES.apply(MIXED, null, "6.5", HERE, "w"));
    }

    @Test
    void acceleratorMixKeepsTheNamedOnesInSystemOrderWithTheirLinks() {
        List<String> names =
                MIXED.accelerators().stream().map(Accelerator::name).toList();
        String mix = names.get(3) + "+" + names.get(0);
        SystemSpec two = SystemOverride.ACCELERATORS.apply(MIXED, null, mix, HERE, "w");
        assertEquals(
                List.of(names.get(0), names.get(3)),
                two.accelerators().stream().map(Accelerator::name).toList());
        assertTrue(two.interconnect().overrides().stream().allMatch(p -> mix.contains(p.a()) && mix.contains(p.b())));
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SystemOverride.ACCELERATORS.apply(MIXED, null, "tpu", HERE, "f: grid.accelerators"));
        assertEquals("f: grid.accelerators: system mixed6-medium has no accelerator 'tpu'", e.getMessage());
    }

    @Test
    void weightMemorySetsTheCapacityForResidentWeights() {
        SystemSpec sized = SystemOverride.WEIGHT_MEMORY_MIB.apply(MIXED, null, "96", HERE, "w");
        for (Accelerator acc : sized.accelerators()) {
            assertEquals(96.0 * (1 << 20), acc.weightCapacityBytes(), 1e-6);
        }
    }

    @Test
    void aKnobOfOneAcceleratorChangesThatAcceleratorOnly() {
        SystemSpec changed = Knob.parse("shidiannao.num_pes", MIXED, "w").apply(MIXED, "32", HERE, "w");
        changed = Knob.parse("shidiannao.l1_size_elements", MIXED, "w").apply(changed, "64", HERE, "w");
        changed = Knob.parse("shidiannao.l2_size_elements", MIXED, "w").apply(changed, "4096", HERE, "w");
        changed = Knob.parse("shidiannao.dataflow", MIXED, "w").apply(changed, "kcp_ws", HERE, "w");
        changed = Knob.parse("shidiannao.local_memory_mib", MIXED, "w").apply(changed, "8", HERE, "w");
        changed = Knob.parse("fpga_vc707.link_bandwidth_gbps", MIXED, "w").apply(changed, "7", HERE, "w");
        MaestroSpec before = (MaestroSpec) MIXED.accelerators().get(2).cost();
        assertEquals(
                new MaestroSpec(
                        "kcp_ws",
                        32,
                        64,
                        4096,
                        before.nocBandwidth(),
                        before.offchipBandwidth(),
                        before.clockMhz(),
                        before.pjPerMacEnergy()),
                changed.accelerators().get(2).cost());
        assertEquals(8.0 * (1 << 20), changed.accelerators().get(2).localMemoryBytes());
        assertEquals(
                MIXED.accelerators().get(2).weightShare(),
                changed.accelerators().get(2).weightShare());
        assertEquals(7, changed.interconnect().hostLink("fpga_vc707").bandwidthGBps());
        for (int a : new int[] {0, 1, 3, 5}) {
            assertEquals(MIXED.accelerators().get(a), changed.accelerators().get(a));
            String name = MIXED.accelerators().get(a).name();
            assertEquals(
                    MIXED.interconnect().hostLink(name), changed.interconnect().hostLink(name));
        }
    }

    @Test
    void badKnobsAreRefusedNamingTheKnobAndTheAccelerator() {
        InvalidInputException notMaestro = assertThrows(
                InvalidInputException.class,
                () -> Knob.parse("fpga_vc707.num_pes", MIXED, "f: grid.fpga_vc707.num_pes")
                        .apply(MIXED, "64", HERE, "f: grid.fpga_vc707.num_pes"));
        assertEquals(
                "f: grid.fpga_vc707.num_pes: accelerator fpga_vc707 is not a MAESTRO accelerator, so it has no num_pes",
                notMaestro.getMessage());
        InvalidInputException unknown = assertThrows(
                InvalidInputException.class, () -> Knob.parse("tpu.num_pes", MIXED, "f: grid.tpu.num_pes"));
        assertEquals("f: grid.tpu.num_pes: system mixed6-medium has no accelerator 'tpu'", unknown.getMessage());
        InvalidInputException systemWide =
                assertThrows(InvalidInputException.class, () -> Knob.parse("eyeriss.accelerators", MIXED, "w"));
        assertTrue(systemWide.getMessage().contains("system-wide"), systemWide.getMessage());
        InvalidInputException dataflow = assertThrows(
                InvalidInputException.class,
                () -> Knob.parse("eyeriss.dataflow", MIXED, "f: grid.eyeriss.dataflow")
                        .apply(MIXED, "zz_os", HERE, "f: grid.eyeriss.dataflow"));
        assertTrue(dataflow.getMessage().startsWith("f: grid.eyeriss.dataflow: unknown dataflow 'zz_os'"));
        InvalidInputException parameter =
                assertThrows(InvalidInputException.class, () -> Knob.parse("eyeriss.pes", MIXED, "w"));
        assertTrue(parameter.getMessage().startsWith("w: unknown system parameter 'pes'"), parameter.getMessage());
    }

    @Test
    void aGlobalKnobAndAnAcceleratorsOwnCombineInColumnOrder() {
        Knob one = Knob.parse("eyeriss.num_pes", MIXED, "w");
        Knob all = Knob.parse("num_pes", MIXED, "w");
        assertTrue(Knob.ORDER.compare(all, one) < 0);
        SystemSpec both = one.apply(all.apply(MIXED, "64", HERE, "w"), "16", HERE, "w");
        assertEquals(64, ((MaestroSpec) both.accelerators().get(0).cost()).numPes());
        assertEquals(16, ((MaestroSpec) both.accelerators().get(3).cost()).numPes());
    }
}
