package io.h2hdse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.h2hdse.cli.SweepCommandsTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dse sweep --shard / --engine and dse merge from the command line. */
class ShardCommandsTest {
    private static final Path CONFIGS = Path.of("..", "configs");

    @TempDir
    Path dir;

    /** Baseline and H2H at three bandwidths: 6 jobs. */
    private Path spec() throws IOException {
        Path spec = dir.resolve("two.yaml");
        Files.writeString(spec, """
                name: two
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                    grid: {link_bandwidth_gbps: [0.5, 1.25, 5]}
                solvers: [baseline, h2h]
                """.formatted(
                        CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml").toAbsolutePath()));
        return spec;
    }

    @Test
    void shardsRunAndMergeIntoOneFolder() throws IOException {
        Path spec = spec();
        int rows = 0;
        for (int k = 0; k < 2; k++) {
            Path shard = dir.resolve("out/shard-" + k);
            var ran = run(
                    "sweep",
                    spec.toString(),
                    "--configs",
                    CONFIGS.toString(),
                    "--shard",
                    k + "/2",
                    "--out",
                    shard.toString(),
                    "--no-progress");
            assertEquals(Dse.EXIT_OK, ran.code(), ran.err());
            assertTrue(Files.exists(shard.resolve("shard.json")));
            rows += Files.readAllLines(shard.resolve("runs.csv")).size() - 1;
        }
        assertEquals(6, rows);
        var merged = run(
                "merge",
                dir.resolve("out/shard-0").toString(),
                dir.resolve("out/shard-1").toString(),
                "--out",
                dir.resolve("out").toString());
        assertEquals(Dse.EXIT_OK, merged.code(), merged.err());
        assertTrue(merged.out().contains("6 rows added, 0 already there; 6 of 6 jobs recorded"), merged.out());
        assertEquals(7, Files.readAllLines(dir.resolve("out/runs.csv")).size());
        // The files of a single run, the report included, with every merged job in it.
        String report = Files.readString(dir.resolve("out/report.html"));
        List<String> lines = Files.readAllLines(dir.resolve("out/runs.csv"));
        int jobIdColumn = List.of(lines.getFirst().split(",")).indexOf("job_id");
        for (String row : lines.subList(1, lines.size())) {
            String jobId = row.split(",")[jobIdColumn];
            assertTrue(report.contains(jobId), jobId);
        }
    }

    @Test
    void badShardEngineOrMergeInputIsOneLineExitTwoAndNothingWritten() throws IOException {
        Path spec = spec();
        Path out = dir.resolve("never");
        for (List<String> args :
                List.of(List.of("--shard", "2/2"), List.of("--shard", "half"), List.of("--engine", "hadoop"))) {
            var bad = run(concat(
                    List.of("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString()), args));
            assertEquals(Dse.EXIT_BAD_INPUT, bad.code(), args.toString());
            assertEquals(1, bad.err().lines().count(), bad.err());
            assertTrue(bad.err().contains(args.getFirst()), bad.err());
        }
        var notAShard = run("merge", dir.toString(), "--out", out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, notAShard.code());
        assertEquals(1, notAShard.err().lines().count(), notAShard.err());
        assertTrue(notAShard.err().contains("shard.json"), notAShard.err());
        assertFalse(Files.exists(out));
    }

    private static String[] concat(List<String> first, List<String> more) {
        return java.util.stream.Stream.concat(first.stream(), more.stream()).toArray(String[]::new);
    }
}
