package io.h2hdse.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dse costs} on vgg3 over mixed6-medium (44 layers, 6 accelerators: four MAESTRO, two FPGA tile models).
 * Expected figures by hand: vgg3's first layer M1L1 is the H2H release's 3x3 convolution of 3 to 64 channels
 * over a 112x112 output (configs/h2h-cases/b_vgg3_3acc.json), 64·3·112·112·9 = 21,676,032 MACs at 0.23 pJ each
 * (the system file's pj_per_mac_energy), with 64·3·3·3 = 1,728 one-byte weights.
 */
class CostsCommandTest {
    private static final String CONFIGS =
            Path.of("..", "configs").toAbsolutePath().normalize().toString();

    @Test
    void oneRowPerLayerAndAcceleratorWithMaestrosEnergySplit() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dse.run(
                new String[] {"costs", "--model", "vgg3", "--system", "mixed6-medium", "--configs", CONFIGS},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(Dse.EXIT_OK, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(
                "layer,accelerator,allowed,latency_s,energy_j,mac_energy_j,l1_energy_j,l2_energy_j,weight_bytes",
                lines.getFirst());
        assertEquals(1 + 44 * 6, lines.size());
        List<String> header = List.of(lines.getFirst().split(","));
        Map<String, Map<String, String>> m1l1 = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            if (row.get("layer").equals("M1L1")) {
                m1l1.put(row.get("accelerator"), row);
            }
            if (row.get("allowed").equals("true") && !row.get("mac_energy_j").isEmpty()) {
                double split = Double.parseDouble(row.get("mac_energy_j"))
                        + Double.parseDouble(row.get("l1_energy_j"))
                        + Double.parseDouble(row.get("l2_energy_j"));
                assertTrue(split <= Double.parseDouble(row.get("energy_j")) * (1 + 1e-9), line);
            }
        }
        for (String maestro : List.of("nvdla_1024", "nvdla_64", "shidiannao", "eyeriss")) {
            assertEquals(
                    21_676_032 * 0.23e-12, Double.parseDouble(m1l1.get(maestro).get("mac_energy_j")), 1e-18, maestro);
        }
        assertEquals("", m1l1.get("fpga_vc707").get("mac_energy_j"));
        assertEquals(1728.0, Double.parseDouble(m1l1.get("nvdla_64").get("weight_bytes")));
    }
}
