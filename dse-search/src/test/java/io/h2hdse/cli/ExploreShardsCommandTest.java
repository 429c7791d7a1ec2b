package io.h2hdse.cli;

import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sharded nsga2 workflow as --help and the README give it, through the command line: every round runs
 * each shard with --merged, then dse merge, until merge exits 0; the merged rows are those of one unsharded run.
 */
class ExploreShardsCommandTest {
    private static final Path CONFIGS = SweepFixtures.CONFIGS;

    @TempDir
    Path dir;

    @Test
    void shardRoundsAndMergesUntilMergeExitsZeroGiveTheRowsOfOneRun() throws IOException {
        String spec = Files.writeString(
                        dir.resolve("e.yaml"), """
                        name: e
                        models: [%s]
                        systems:
                          - base: maestro3-medium
                            explore: {per_accelerator: {num_pes: [64, 256]}, link_bandwidth_gbps: [1.25, 5], designs: 8, seed: 3}
                        solvers: [h2h]
                        """.formatted(CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml")))
                .toString();
        String configs = CONFIGS.toString();
        Path whole = dir.resolve("whole");
        DseRun one = run("sweep", spec, "--configs", configs, "--out", whole.toString(), "--no-report");
        assertEquals(Dse.EXIT_OK, one.code(), one.err());

        Path merged = dir.resolve("merged");
        DseRun dry = run(
                "sweep",
                spec,
                "--configs",
                configs,
                "--shard",
                "0/2",
                "--merged",
                merged.toString(),
                "--out",
                merged.resolve("shard-0").toString(),
                "--dry-run");
        assertEquals(Dse.EXIT_OK, dry.code(), dry.err());
        assertTrue(
                dry.out().contains("design search: the design search of maestro3-medium at generation 1 ("), dry.out());
        assertFalse(Files.exists(merged));

        List<DseRun> merges = new ArrayList<>();
        do {
            for (int k = 0; k < 2; k++) {
                DseRun shard = run(
                        "sweep",
                        spec,
                        "--configs",
                        configs,
                        "--shard",
                        k + "/2",
                        "--merged",
                        merged.toString(),
                        "--out",
                        merged.resolve("shard-" + k).toString(),
                        "--no-report",
                        "--no-progress");
                assertEquals(Dse.EXIT_OK, shard.code(), shard.err());
            }
            merges.add(run(
                    "merge",
                    merged.resolve("shard-0").toString(),
                    merged.resolve("shard-1").toString(),
                    "--out",
                    merged.toString(),
                    "--no-report"));
        } while (merges.getLast().code() == Dse.EXIT_FAILED && merges.size() < 8);
        assertEquals(Dse.EXIT_OK, merges.getLast().code(), merges.getLast().err());
        assertTrue(merges.size() >= 2, "8 designs take more than one generation of 8 random genotypes");
        DseRun first = merges.getFirst();
        assertTrue(
                first.err().contains("chosen from the merged results: run every shard again with --merged " + merged),
                first.err());
        assertEquals(SweepFixtures.rows(whole.resolve("runs.csv")), SweepFixtures.rows(merged.resolve("runs.csv")));
    }
}
