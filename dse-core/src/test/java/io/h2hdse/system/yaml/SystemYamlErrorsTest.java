package io.h2hdse.system.yaml;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.eval.Compatibility;
import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad system file gives one line naming the file, the line or field, and the reason. */
class SystemYamlErrorsTest {
    private static final String COST =
            "{model: maestro, dataflow: kcp_ws, num_pes: 256, l1_size_elements: 512, l2_size_elements: 131072,"
                    + " noc_bw_elements_per_cycle: 64, offchip_bw_elements_per_cycle: 32, clock_mhz: 1000, pj_per_mac_energy: 0.23}";

    @TempDir
    Path dir;

    private static String system(String link, String... accelerators) {
        StringBuilder yaml = new StringBuilder("name: s\nhost_memory_gib: 1\n" + link + "accelerators:\n");
        for (String acc : accelerators) {
            yaml.append(acc);
        }
        return yaml.toString();
    }

    private static String accelerator(String name, String supports, String cost) {
        return "  - name: " + name + "\n    supports: " + supports + "\n    cost: " + cost + "\n"
                + "    local_memory_mib: 64\n    weight_share: 0.5\n    static_power_w: 0.1\n    dynamic_power_w: 1\n";
    }

    private static final String LINK = "default_link: {bandwidth_gbps: 1, energy_pj_per_byte: 10}\n";

    @Test
    void validSystemReads() throws IOException {
        SystemSpec spec = read(system(LINK, accelerator("a", "[conv]", COST))).system();
        assertTrue(spec.accelerator(0).runs(io.h2hdse.workload.OpKind.CONV));
    }

    @Test
    void aMisspeltRequiredFieldIsNamedWithTheNearestKnownOneBeforeAnyMissingField() throws IOException {
        String message = errorOf(system(LINK, accelerator("a", "[conv]", COST.replace("num_pes:", "num_pe:"))));
        assertContains(message, "bad.yaml", "num_pe", "unknown field 'num_pe'; did you mean 'num_pes'?");
        assertFalse(message.contains("missing"), message);
    }

    @Test
    void zeroBandwidth() throws IOException {
        String message = errorOf(system(
                "default_link: {bandwidth_gbps: 0, energy_pj_per_byte: 10}\n", accelerator("a", "[conv]", COST)));
        assertContains(message, "bad.yaml", "default_link.bandwidth_gbps", "must be positive", "0.0");
    }

    @Test
    void negativeBandwidthOfOneAccelerator() throws IOException {
        String acc = accelerator("a", "[conv]", COST) + "    link: {bandwidth_gbps: -2, energy_pj_per_byte: 10}\n";
        String message = errorOf(system(LINK, acc));
        assertContains(message, "bad.yaml", "accelerators.a.link.bandwidth_gbps", "must be positive", "-2.0");
    }

    @Test
    void missingRequiredField() throws IOException {
        String message = errorOf(system(LINK, accelerator("a", "[conv]", COST.replace("num_pes: 256, ", ""))));
        assertContains(message, "bad.yaml", "accelerators.a.cost.num_pes", "required field is missing");
    }

    @Test
    void missingLinkWithoutDefault() throws IOException {
        String message = errorOf(system("", accelerator("a", "[conv]", COST)));
        assertContains(message, "bad.yaml", "accelerators.a.link", "required field is missing");
    }

    @Test
    void duplicateAcceleratorName() throws IOException {
        String message = errorOf(system(LINK, accelerator("a", "[conv]", COST), accelerator("a", "[fc]", COST)));
        assertContains(message, "bad.yaml", "accelerators.a", "duplicate accelerator name 'a'");
    }

    @Test
    void unknownOpKindInSupports() throws IOException {
        String message = errorOf(system(LINK, accelerator("a", "[conv, gemm]", COST)));
        assertContains(message, "bad.yaml", "accelerators.a.supports", "unknown op kind 'gemm'");
    }

    @Test
    void unknownCostModel() throws IOException {
        String message = errorOf(system(LINK, accelerator("a", "[conv]", "{model: timeloop}")));
        assertContains(message, "bad.yaml", "accelerators.a.cost.model", "unknown cost model 'timeloop'");
    }

    @Test
    void missingDataflowFile() throws IOException {
        String message = errorOf(system(LINK, accelerator("a", "[conv]", COST.replace("kcp_ws", "mine.m"))));
        assertContains(message, "bad.yaml", "accelerators.a.cost.dataflow", "file not found", "mine.m");
    }

    @Test
    void pairLinkToUnknownAccelerator() throws IOException {
        String yaml = system(LINK, accelerator("a", "[conv]", COST))
                + "links:\n  - {between: [a, ghost], bandwidth_gbps: 5, energy_pj_per_byte: 1}\n";
        assertContains(errorOf(yaml), "bad.yaml", "links[0].between", "unknown accelerator 'ghost'");
    }

    @Test
    void unknownExecutionOption() throws IOException {
        String yaml = system(LINK, accelerator("a", "[conv]", COST)) + "execution: {overlap: triple_buffered}\n";
        assertContains(
                errorOf(yaml), "bad.yaml", "execution.overlap", "unknown value 'triple_buffered'", "double_buffered");
    }

    @Test
    void memoryInTwoUnits() throws IOException {
        String yaml = system(LINK, accelerator("a", "[conv]", COST))
                .replace("host_memory_gib: 1", "host_memory_gib: 1\nhost_memory_gb: 1");
        assertContains(errorOf(yaml), "bad.yaml", "host_memory", "one unit only");
    }

    @Test
    void blankNamesAreNamedErrorsNotCrashes() throws IOException {
        assertContains(
                errorOf(system(LINK, accelerator("\"\"", "[conv]", COST))), "bad.yaml", "accelerator name is required");
        assertContains(
                errorOf(system(LINK, accelerator("a", "[conv]", COST.replace("kcp_ws", "\" \"")))),
                "bad.yaml",
                "accelerators.a.cost",
                "dataflow is required");
    }

    @Test
    void malformedYamlNamesTheLine() throws IOException {
        assertContains(errorOf("name: s\naccelerators: [\n  {name: a\n"), "bad.yaml", "line", "malformed YAML");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("absent.yaml");
        String message = assertThrows(InvalidInputException.class, () -> SystemYamlReader.read(missing))
                .getMessage();
        assertContains(message, "absent.yaml", "file not found");
    }

    @Test
    void acceleratorThatRunsNoLayerOfTheWorkload() throws IOException {
        SystemSpec spec = read(system(LINK, accelerator("cnn", "[conv]", COST), accelerator("rnn", "[lstm, fc]", COST)))
                .system();
        String message = assertThrows(
                        InvalidInputException.class, () -> Compatibility.require(spec, ModelZoo.build("vgg3")))
                .getMessage();
        assertContains(message, "accelerators.rnn.supports", "[fc, lstm]", "none of workload vgg3", "[conv]");
    }

    @Test
    void layerThatNoAcceleratorRuns() throws IOException {
        SystemSpec spec =
                read(system(LINK, accelerator("cnn", "[conv, fc]", COST))).system();
        String message = assertThrows(
                        InvalidInputException.class,
                        () -> Problem.compile(ModelZoo.build("resnet18"), spec, (w, layer, acc) -> new LayerCost(1, 1)))
                .getMessage();
        assertContains(message, "layers.maxpool", "no accelerator of system s can run this pool layer");
    }

    private SystemFile read(String yaml) throws IOException {
        Path file = dir.resolve("good.yaml");
        Files.writeString(file, yaml);
        return SystemYamlReader.read(file);
    }

    private String errorOf(String yaml) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        return assertThrows(InvalidInputException.class, () -> SystemYamlReader.read(file))
                .getMessage();
    }

    private static void assertContains(String message, String... parts) {
        assertFalse(message.contains("\n"), "one line: " + message);
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing in: " + message);
        }
    }
}
