package io.h2hdse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dse sweep --dry-run} on the bundled tiny sweep (1 model × 2 bandwidths; baseline and h2h once, random
 * and enumerate with 2 seeds: 2 × (2 + 2 × 2) = 12 jobs, counted here from the spec file): what it announces is
 * what the sweep then runs, and it writes nothing.
 */
class SweepDryRunTest {
    private static final Path CONFIGS =
            Path.of("..", "configs").toAbsolutePath().normalize();
    private static final String SPEC = CONFIGS.resolve("sweeps/tiny.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void announcesTheJobsTheSweepRunsAndThoseAlreadyRecorded() {
        Path out = dir.resolve("tiny");
        DseRun dry = run("sweep", SPEC, "--configs", CONFIGS.toString(), "--out", out.toString(), "--dry-run");
        assertEquals(Dse.EXIT_OK, dry.code(), dry.err());
        assertTrue(dry.out().contains("points: 2 (model x system point)"), dry.out());
        assertTrue(dry.out().contains("solvers: 4 (baseline, h2h, random, enumerate)"), dry.out());
        assertTrue(dry.out().contains("jobs: 12\n"), dry.out());
        assertTrue(dry.out().contains("already recorded in " + out + ": 0"), dry.out());
        assertFalse(Files.exists(out), "a dry run writes nothing");

        DseRun shard = run(
                "sweep", SPEC, "--configs", CONFIGS.toString(), "--out", out.toString(), "--shard", "0/2", "--dry-run");
        int shardJobs = Integer.parseInt(shard.out()
                .lines()
                .filter(l -> l.startsWith("jobs: "))
                .findFirst()
                .orElseThrow()
                .split(" ")[1]);
        DseRun ranShard = run(
                "sweep",
                SPEC,
                "--configs",
                CONFIGS.toString(),
                "--out",
                out.toString(),
                "--shard",
                "0/2",
                "--no-progress",
                "--no-report");
        assertEquals(Dse.EXIT_OK, ranShard.code(), ranShard.err());
        assertTrue(
                ranShard.out().contains(": " + shardJobs + " jobs, 0 recorded before, " + shardJobs + " run now"),
                ranShard.out());

        DseRun again = run("sweep", SPEC, "--configs", CONFIGS.toString(), "--out", out.toString(), "--dry-run");
        assertTrue(again.out().contains("already recorded in " + out + ": " + shardJobs), again.out());
        assertTrue(again.out().contains("to run: " + (12 - shardJobs)), again.out());
    }
}
