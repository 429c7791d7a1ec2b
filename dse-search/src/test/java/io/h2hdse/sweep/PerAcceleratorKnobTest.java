package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grid over one accelerator's knobs and a global one, run end to end: its runs.csv columns and areas. */
class PerAcceleratorKnobTest {
    /** MAESTRO's 28 nm area of an accelerator (um²), written out from DSE_cost-database.hpp and its scaling fits. */
    private static double maestroArea(double pes, double l1, double l2, double nocBandwidth) {
        double arbiter = Math.max(395.473 * (1.2886 * pes * pes + 5.5814 * pes - 23.711), 395.473);
        return pes * (283 + 0.104 * l1) + 0.104 * l2 + 101.7938 * (14.662 * pes + 28.895) * nocBandwidth + arbiter;
    }

    @Test
    void acceleratorKnobsAreColumnsAndEveryPointHasItsArea(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("knobs.yaml");
        Files.writeString(file, """
                name: knobs
                models: [%s]
                systems:
                  - base: maestro3-medium
                    grid:
                      nvdla.num_pes: [128, 512]
                      eyeriss.dataflow: [rs, kcp_ws]
                      num_pes: [64]
                solvers: [h2h]
                """.formatted(SweepFixtures.TINY_MODEL));
        SweepSpec spec = SweepSpecReader.read(file, SweepFixtures.CONFIGS);
        SweepFixtures.run(spec, dir.resolve("out"), 1);
        Path runs = dir.resolve("out").resolve(RunsCsv.FILE);
        List<String> header = RunsTable.read(runs).header();
        assertEquals(
                List.of("model", "system", "num_pes", "eyeriss.dataflow", "nvdla.num_pes", "solver"),
                header.subList(0, 6));
        assertEquals(RunsCsv.AREA, header.get(header.indexOf("job_id") + 1));
        List<Map<String, String>> rows = SweepFixtures.records(runs);
        assertEquals(4, rows.size());
        for (Map<String, String> row : rows) {
            double nvdla = Double.parseDouble(row.get("nvdla.num_pes"));
            // the global 64 PEs for shidiannao and eyeriss, nvdla's own count for nvdla; buffers and NoC as in the file
            double expected = maestroArea(nvdla, 512, 131072, 64)
                    + maestroArea(64, 512, 131072, 64)
                    + maestroArea(64, 512, 110592, 14);
            assertEquals(expected / 1e6, Double.parseDouble(row.get(RunsCsv.AREA)), 1e-9 * expected, row.toString());
        }
        Map<String, String> small = row(rows, "128", "rs");
        Map<String, String> large = row(rows, "512", "rs");
        assertNotEquals(small.get("latency_s"), large.get("latency_s"));
        for (SystemPoint point : spec.systems().getFirst().points()) {
            io.h2hdse.system.MaestroSpec eyeriss = (io.h2hdse.system.MaestroSpec)
                    point.system().system().accelerators().get(2).cost();
            assertEquals(
                    point.overrides()
                            .get(Knob.parse(
                                    "eyeriss.dataflow", point.grid().base().system(), "")),
                    eyeriss.dataflow());
        }
        String summary = Files.readString(dir.resolve("out").resolve("summary.md"));
        assertTrue(summary.contains("| nvdla.num_pes | area_mm2 |"), summary);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String nvdlaPes, String eyerissDataflow) {
        return rows.stream()
                .filter(r -> r.get("nvdla.num_pes").equals(nvdlaPes)
                        && r.get("eyeriss.dataflow").equals(eyerissDataflow))
                .findFirst()
                .orElseThrow();
    }
}
