package io.h2hdse.cli;

import io.h2hdse.sweep.FileNames;
import io.h2hdse.sweep.HostileNames;
import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names from users' files never steer a path: a model named like a path stays inside {@code results/}, and a
 * 301-character model name (over the 255 bytes a file name may have) sweeps, reruns and plots.
 */
class NamesOnDiskTest {
    private static final Path CONFIGS = SweepFixtures.CONFIGS;

    @TempDir
    Path dir;

    /** mmmt-tiny under another name. */
    private Path model(String name) throws IOException {
        String tiny = Files.readString(CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml"));
        return Files.writeString(
                dir.resolve("model.yaml"), tiny.replace("name: mmmt-tiny", "name: " + HostileNames.quoted(name)));
    }

    @Test
    void solveWithoutOutKeepsAModelNamedLikeAPathInsideResults() throws Exception {
        Path model = model("../../../x");
        Path work = Files.createDirectories(dir.resolve("a/b/c"));
        Process solve = DseProcess.of(
                        List.of(),
                        "solve",
                        "--model",
                        model.toString(),
                        "--system",
                        "h2h-fpga4-medium",
                        "--configs",
                        CONFIGS.toString(),
                        "--solver",
                        "h2h",
                        "--no-report")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile())
                .start();
        assertTrue(solve.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, solve.exitValue(), Files.readString(dir.resolve("output.txt")));
        List<Path> written;
        try (Stream<Path> files = Files.walk(dir)) {
            written = files.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(model) && !f.getFileName().toString().equals("output.txt"))
                    .toList();
        }
        Path folder = work.resolve("results/solve").resolve(FileNames.of("../../../x-h2h-fpga4-medium-h2h"));
        assertTrue(written.contains(folder.resolve("runs.csv")), written.toString());
        for (Path file : written) {
            assertTrue(file.startsWith(folder), file + " is outside " + folder);
        }
    }

    @Test
    void aModelNameOf301CharactersSweepsRerunsAndPlots() throws IOException {
        String name = "m".repeat(301);
        Path spec = Files.writeString(dir.resolve("long.yaml"), """
                name: long
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                    grid: {link_bandwidth_gbps: [0.5, 5]}
                solvers: [baseline, h2h]
                """.formatted(model(name)));
        Path out = dir.resolve("out");
        String[] sweep = {
            "sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--no-progress"
        };
        DseRun first = run(sweep);
        assertEquals(Dse.EXIT_OK, first.code(), first.err());
        DseRun again = run(sweep);
        assertEquals(Dse.EXIT_OK, again.code(), again.err());
        DseRun plot = run("plot", out.toString(), "--all");
        assertEquals(Dse.EXIT_OK, plot.code(), plot.err());
        List<String> plots;
        try (Stream<Path> files = Files.list(out.resolve("plots"))) {
            plots = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        String overview = "latency_vs_bandwidth_" + FileNames.of(List.of(name, "h2h-fpga4-medium"));
        String slow = FileNames.of(List.of(name, "h2h-fpga4-medium", "0.5"));
        String fast = FileNames.of(List.of(name, "h2h-fpga4-medium", "5"));
        List<String> expected = new ArrayList<>();
        for (String figure : List.of("gantt_" + slow, "gantt_" + fast, overview, "pareto_" + slow, "pareto_" + fast)) {
            expected.add(figure + ".png");
            expected.add(figure + ".svg");
        }
        assertEquals(expected.stream().sorted().toList(), plots);
        assertTrue(plots.stream().allMatch(p -> p.length() < 120), plots.toString());
    }

    @Test
    void theBandwidthOverviewOfAMaestroSystemIsNamedByModelAndSystemNotByArea() throws IOException {
        Path spec = Files.writeString(dir.resolve("maestro.yaml"), """
                name: maestro-names
                models: [%s]
                systems:
                  - base: maestro3-medium
                    grid: {link_bandwidth_gbps: [0.5, 5]}
                solvers: [h2h]
                """.formatted(
                        CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml").toAbsolutePath()));
        Path out = dir.resolve("maestro-out");
        DseRun sweep = run(
                "sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(Dse.EXIT_OK, sweep.code(), sweep.err());
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        int area = List.of(rows.get(0).split(",")).indexOf("area_mm2");
        assertFalse(rows.get(1).split(",", -1)[area].isEmpty(), "a MAESTRO system has an area: " + rows.get(1));
        List<String> plots;
        try (Stream<Path> files = Files.list(out.resolve("plots"))) {
            plots = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(
                List.of(
                        "latency_vs_bandwidth_mmmt-tiny_maestro3-medium.png",
                        "latency_vs_bandwidth_mmmt-tiny_maestro3-medium.svg"),
                plots);
    }
}
