package io.h2hdse.cli;

import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListingCommandsTest {
    private static final String CONFIGS = Path.of("..", "configs").toString();

    /** The bundled files of one configs folder, listed independently of the command. */
    private static List<Path> bundled(String folder) throws IOException {
        try (Stream<Path> listing = Files.list(Path.of(CONFIGS, folder))) {
            return listing.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
    }

    @Test
    void modelsListsZooAndFilesOneLineEach() throws IOException {
        DseRun r = run("models", "--configs", CONFIGS);
        assertEquals(Dse.EXIT_OK, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).matches("name +source +layers +GMACs +params_M +branches +tasks"), lines.get(0));
        List<Path> files = bundled("models");
        // Each model once: the bundled model files hold zoo models (named as the zoo's), and the quick sweep's
        // mmmt-tiny.
        assertEquals(1 + ModelZoo.names().size() + 1, lines.size(), r.out());
        for (String name : ModelZoo.names()) {
            assertEquals(
                    1,
                    lines.stream()
                            .filter(l -> l.startsWith(name + " ") && l.matches("\\S+ +zoo\\S* .*"))
                            .count(),
                    name + ": " + r.out());
        }
        for (Path file : files) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(" zoo=" + file + " ")), file + ": " + r.out());
        }
        assertTrue(
                lines.stream().anyMatch(l -> l.matches("mmmt-tiny +\\S+sweeps/models/mmmt-tiny\\.yaml +8 .*")),
                r.out());
        assertTrue(
                lines.stream().anyMatch(l -> l.matches("resnet50 +zoo +72 +4\\.097 +25\\.50 +image +classification")),
                r.out());
        assertTrue(
                lines.stream().anyMatch(l -> l.matches("vgg3 +zoo=\\S+vgg3\\.yaml +44 +7\\.753 +13\\.24 +m1,m2,m3 +-")),
                r.out());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("vlocnet ") && l.contains("odometry,localization")), r.out());
    }

    @Test
    void systemsListsEveryBundledFile() throws IOException {
        DseRun r = run("systems", "--configs", CONFIGS);
        assertEquals(Dse.EXIT_OK, r.code(), r.err());
        List<String> lines = r.lines();
        List<Path> files = bundled("systems");
        assertEquals(1 + files.size(), lines.size(), r.out());
        for (Path file : files) {
            assertTrue(lines.stream().anyMatch(l -> l.endsWith(" " + file)), file + ": " + r.out());
        }
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l -> l.matches(
                                        "maestro3-low +3: nvdla\\(kcp_ws\\) shidiannao\\(yxp_os\\) eyeriss\\(rs\\) +0\\.5 +edge/none/components +\\S+maestro3-low\\.yaml")),
                r.out());
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith("h2h-fpga4-high ")
                                && l.contains("4: vc707(fpga)")
                                && l.contains(" 5 ")
                                && l.contains("back_to_back/none/busy_power")),
                r.out());
    }

    @Test
    void helpShowsAnExample() {
        DseRun r = run("models", "--help");
        assertEquals(Dse.EXIT_OK, r.code());
        assertTrue(r.out().contains("dse models --configs configs"), r.out());
        assertTrue(run("--help").out().contains("systems"));
    }

    @Test
    void badModelFileIsOneErrorLineAndExitCodeTwo(@TempDir Path configs) throws IOException {
        Files.createDirectories(configs.resolve("models"));
        Files.writeString(
                configs.resolve("models").resolve("broken.yaml"),
                "name: b\nlayers:\n  - {name: a, op: warp, input_chw: [1, 1, 1]}\n");
        DseRun r = run("models", "--configs", configs.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(
                r.err().startsWith("error: ") && r.err().contains("broken.yaml: layers.a.op: unknown op kind 'warp'"),
                r.err());
    }

    @Test
    void missingConfigsDirectory() {
        DseRun r = run("systems", "--configs", "no-such-dir");
        assertEquals(Dse.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("no-such-dir: configs directory not found"), r.err());
    }

    @Test
    void showModelByZooNameAndByFile() {
        DseRun byName = run("show-model", "vgg3");
        assertEquals(Dse.EXIT_OK, byName.code(), byName.err());
        assertEquals(2 + 44, byName.lines().size());
        assertTrue(
                byName.lines().get(0).startsWith("vgg3: 44 layers, 7.753 GMACs, 13.24 M weights, 8-bit elements"),
                byName.out());
        assertTrue(
                byName.lines().stream()
                        .anyMatch(l -> l.matches(
                                "M1L13 +conv +m1 +- +M1L12,M2L12,M3L12 +384x28x28 +256x14x14 +173408256 +884736")),
                byName.out());
        DseRun byFile =
                run("show-model", Path.of(CONFIGS, "models", "vgg3.yaml").toString());
        assertEquals(byName.out(), byFile.out());
    }

    @Test
    void showModelAsAMaestroNetworkThatMaestroRuns(@TempDir Path dir) throws IOException {
        DseRun written = run("show-model", "resnet18", "--maestro", "kcp_ws");
        assertEquals(Dse.EXIT_OK, written.code(), written.err());
        assertTrue(written.out().startsWith("Network resnet18 {"), written.out());
        assertTrue(written.err().startsWith("left out (no single MAESTRO layer): "), written.err());
        Path network = Files.writeString(dir.resolve("resnet18.m"), written.out());
        Path hardware = Path.of("..", "dse-core", "src", "test", "resources", "maestro", "hw", "hw_pe256.m");
        DseRun costed = run("maestro", "--HW_file=" + hardware, "--Mapping_file=" + network);
        assertEquals(Dse.EXIT_OK, costed.code(), costed.err());
        assertTrue(costed.out().contains("conv1"), costed.out());
    }

    @Test
    void showModelOfNeitherNameNorFile() {
        DseRun r = run("show-model", "resnet-19");
        assertEquals(Dse.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("resnet-19: neither a zoo model"), r.err());
    }
}
