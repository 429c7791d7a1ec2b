package io.h2hdse.cost;

import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.OpKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SystemAreaTest {
    /** The real MAESTRO binary's CSV rows (its Area column, um², six significant digits). */
    static Stream<CSVRecord> maestroRows() throws IOException, URISyntaxException {
        Path csv = Path.of(SystemAreaTest.class
                .getResource("/maestro/maestro_reference.csv")
                .toURI());
        try (Reader reader = Files.newBufferedReader(csv)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            return rows.stream();
        }
    }

    /**
     * MAESTRO sizes the buffers of its area by the layer's L1 and L2 needs, so an accelerator configured with
     * exactly those buffers and the row's PEs and NoC bandwidth must have the row's area.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("maestroRows")
    void maestroAcceleratorHasTheAreaOfMaestrosCsv(CSVRecord row) {
        MaestroSpec hardware = new MaestroSpec(
                row.get("dataflow"),
                Integer.parseInt(row.get("num_pes")),
                Long.parseLong(row.get("csv_l1_size_req")),
                Long.parseLong(row.get("csv_l2_size_req")),
                Long.parseLong(row.get("noc_bw")),
                Long.parseLong(row.get("offchip_bw")),
                1000,
                0.23);
        double expectedMm2 = Double.parseDouble(row.get("csv_area")) / 1e6;
        double area = SystemArea.of(accelerator("a", hardware)).orElseThrow();
        assertEquals(expectedMm2, area, 5e-6 * expectedMm2, row.get("case_id"));
    }

    @Test
    void systemAreaIsTheSumAndEmptyWhenAnAcceleratorHasNone() {
        // 2 PEs, 1 L1 cell, 1 L2 cell, 1 NoC lane, by hand from MAESTRO's 28 nm table:
        // PEs 2 * (283 + 0.104), L2 0.104, bus 101.7938 * (14.662 * 2 + 28.895),
        // arbiter max(395.473 * (1.2886 * 4 + 5.5814 * 2 - 23.711), 395.473) = 395.473 (um²)
        double tiny = (2 * 283.104 + 0.104 + 101.7938 * 58.219 + 395.473) / 1e6;
        Accelerator maestro = accelerator("m", new MaestroSpec("kcp_ws", 2, 1, 1, 1, 1, 1000, 0.23));
        Accelerator table = accelerator("t", new TableSpec(OptionalDouble.of(3.5)));
        SystemSpec both = system(maestro, table);
        assertEquals(tiny + 3.5, SystemArea.of(both).orElseThrow(), 1e-12);
        assertTrue(SystemArea.of(system(maestro, accelerator("u", new TableSpec())))
                .isEmpty());
        FpgaTileSpec board = new FpgaTileSpec(100, 200, 512, 64, 7, 13, 13, 13, 13, 16);
        assertTrue(SystemArea.of(accelerator("f", board)).isEmpty());
    }

    @Test
    void tableAreaIsReadFromTheSystemFile() {
        String yaml = """
                name: s
                host_memory_gib: 1
                default_link: {bandwidth_gbps: 1, energy_pj_per_byte: 1}
                accelerators:
                  - {name: gpu, supports: [conv], cost: {model: table, area_mm2: 12.5}, local_memory_mib: 1,
                     weight_share: 0.5, static_power_w: 0, dynamic_power_w: 1}
                """;
        SystemSpec system = SystemYamlReader.parse(yaml, "s.yaml", Path.of(".")).system();
        assertEquals(12.5, SystemArea.of(system).orElseThrow());
    }

    private static Accelerator accelerator(String name, io.h2hdse.system.CostSpec cost) {
        return new Accelerator(name, Set.of(OpKind.CONV), cost, 1 << 20, 0.5, 0, 1);
    }

    private static SystemSpec system(Accelerator... accelerators) {
        java.util.Map<String, Link> links = new java.util.LinkedHashMap<>();
        for (Accelerator a : accelerators) {
            links.put(a.name(), new Link(1, 1));
        }
        return new SystemSpec(
                "s", List.of(accelerators), new Interconnect(links, List.of(), 1e9), ExecutionOptions.defaults());
    }
}
