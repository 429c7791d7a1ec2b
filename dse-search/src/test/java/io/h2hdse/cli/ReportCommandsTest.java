package io.h2hdse.cli;

import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dse sweep writes report.html; dse report rewrites it; dse plot draws the chosen points' figures and refuses unknown columns. */
class ReportCommandsTest {
    private static final Path CONFIGS = SweepFixtures.CONFIGS;

    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void sweep() throws IOException {
        Path spec = SweepFixtures.writeSpec(dir);
        out = dir.resolve("small");
        DseRun swept = run(
                "sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(Dse.EXIT_OK, swept.code(), swept.err());
        assertTrue(swept.out().contains("report: " + out.resolve("report.html")), swept.out());
    }

    private static List<String> plots() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("plots"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("latency_vs_bandwidth"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void reportRewritesThePage() throws IOException {
        Files.delete(out.resolve("report.html"));
        DseRun report = run("report", out.toString());
        assertEquals(Dse.EXIT_OK, report.code(), report.err());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("echarts") && page.contains("\"sweep\":\"small\""), "ECharts and the data inline");
        assertFalse(page.contains("src=\"http"), "nothing loaded from the network");
    }

    @Test
    void plotDrawsTheChosenPointOnlyThenEveryPoint() throws IOException {
        assertEquals(List.of(), plots(), "the sweep drew no per-point figure");
        DseRun one = run("plot", out.toString(), "--model", "mmmt-tiny", "--point", "link_bandwidth_gbps=5.0");
        assertEquals(Dse.EXIT_OK, one.code(), one.err());
        assertEquals(
                List.of(
                        "gantt_mmmt-tiny_h2h-fpga4-medium_5.png",
                        "gantt_mmmt-tiny_h2h-fpga4-medium_5.svg",
                        "pareto_mmmt-tiny_h2h-fpga4-medium_5.png",
                        "pareto_mmmt-tiny_h2h-fpga4-medium_5.svg"),
                plots());
        assertTrue(Files.size(out.resolve("plots/gantt_mmmt-tiny_h2h-fpga4-medium_5.png")) > 1000);
        DseRun all = run("plot", out.toString(), "--all");
        assertEquals(Dse.EXIT_OK, all.code(), all.err());
        assertEquals(8, plots().size(), plots().toString());
    }

    @Test
    void plotRefusesAnUnknownColumnOrNoMatchWithOneLine() {
        DseRun unknown = run("plot", out.toString(), "--model", "mmmt-tiny", "--point", "clock_mhz=200");
        assertEquals(Dse.EXIT_BAD_INPUT, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("clock_mhz") && unknown.err().contains("link_bandwidth_gbps"), unknown.err());
        DseRun none = run("plot", out.toString(), "--model", "vgg3");
        assertEquals(Dse.EXIT_BAD_INPUT, none.code());
        assertTrue(none.err().contains("no point"), none.err());
        DseRun noFolder = run("report", dir.resolve("nowhere").toString());
        assertEquals(Dse.EXIT_BAD_INPUT, noFolder.code());
        assertTrue(noFolder.err().contains("runs.csv"), noFolder.err());
    }
}
