package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Four shards merged against one local run of the same spec. */
class SweepMergeTest {
    /** The files that must be byte for byte those of a single run (runs.csv rows are compared without timing and order). */
    static final List<String> SAME_BYTES = List.of("pareto.csv", "mappings.csv", "transfers.csv", "summary.md");

    @TempDir
    static Path dir;

    static Path specFile;
    static SweepSpec spec;
    static Path single;
    static List<Path> shards = new ArrayList<>();

    @BeforeAll
    static void runOnceAndInShards() throws IOException {
        specFile = SweepFixtures.writeSpec(dir);
        spec = SweepSpecReader.read(specFile, SweepFixtures.CONFIGS);
        single = dir.resolve("single");
        SweepFixtures.run(spec, single, 2);
        for (int k = 0; k < 4; k++) {
            shards.add(runShard(spec, specFile, new Shard(k, 4), dir.resolve("shards/shard-" + k)));
        }
    }

    static Path runShard(SweepSpec spec, Path specFile, Shard shard, Path out) {
        ShardFolder.begin(out, spec, shard, specFile, SweepFixtures.CONFIGS);
        SweepRunner.run(spec, shard, out, new LocalEngine(1), false, new PrintWriter(new StringWriter()), "again");
        return out;
    }

    static void assertSameResults(Path expected, Path actual) throws IOException {
        assertEquals(SweepFixtures.rows(expected.resolve("runs.csv")), SweepFixtures.rows(actual.resolve("runs.csv")));
        for (String file : SAME_BYTES) {
            assertEquals(Files.readString(expected.resolve(file)), Files.readString(actual.resolve(file)), file);
        }
    }

    @Test
    void fourMergedShardsGiveTheFilesOfOneRunAndMergingAgainChangesNothing() throws IOException {
        int shardRows = 0;
        for (Path shard : shards) {
            shardRows += SweepFixtures.rows(shard.resolve("runs.csv")).size();
        }
        assertEquals(12, shardRows);
        Path merged = dir.resolve("merged");
        assertEquals(new SweepMerge.Outcome("small", 12, 12, 0, 0, List.of(), 4), SweepMerge.merge(shards, merged));
        assertSameResults(single, merged);
        String runs = Files.readString(merged.resolve("runs.csv"));

        assertEquals(new SweepMerge.Outcome("small", 12, 0, 12, 0, List.of(), 4), SweepMerge.merge(shards, merged));
        assertEquals(runs, Files.readString(merged.resolve("runs.csv")));
        assertSameResults(single, merged);
    }

    @Test
    void shardsMergedAsTheyFinishEndAsOneRun() throws IOException {
        Path merged = dir.resolve("incremental");
        int firstTwo = SweepFixtures.rows(shards.get(0).resolve("runs.csv")).size()
                + SweepFixtures.rows(shards.get(1).resolve("runs.csv")).size();
        SweepMerge.Outcome partial = SweepMerge.merge(shards.subList(0, 2), merged);
        assertEquals(new SweepMerge.Outcome("small", 12, firstTwo, 0, 12 - firstTwo, List.of(2, 3), 4), partial);

        SweepMerge.Outcome rest = SweepMerge.merge(shards.subList(2, 4), merged);
        // shards 0 and 1 are not given again, but their jobs are in the folder: no shard is missing
        assertEquals(new SweepMerge.Outcome("small", 12, 12 - firstTwo, 0, 0, List.of(), 4), rest);
        assertSameResults(single, merged);
    }

    @Test
    void aShardOfAnotherSpecIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path otherSpec = dir.resolve("other/small.yaml");
        Files.createDirectories(otherSpec.getParent());
        Files.writeString(otherSpec, Files.readString(specFile).replace("seeds: [1, 2]", "seeds: [1, 3]"));
        Path other = runShard(
                SweepSpecReader.read(otherSpec, SweepFixtures.CONFIGS),
                otherSpec,
                new Shard(1, 4),
                dir.resolve("other/shard-1"));
        Path merged = dir.resolve("mixed");
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> SweepMerge.merge(List.of(shards.get(0), other), merged));
        assertEquals(other.resolve("shard.json").toString(), e.where());
        assertFalse(Files.exists(merged));
    }

    @Test
    void aFolderWithoutShardJsonIsNotAShard() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> SweepMerge.merge(List.of(single), dir.resolve("x")));
        assertEquals(single.resolve("shard.json").toString(), e.where());
    }

    @Test
    void aShardFolderTakesNoOtherShard() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ShardFolder.begin(shards.get(0), spec, new Shard(1, 4), specFile, SweepFixtures.CONFIGS));
        assertTrue(e.getMessage().contains("shard 0/4"), e.getMessage());
    }

    @Test
    void aShardJobFileWithAByteChangedOrAnotherJobsFileIsRefusedAndNothingIsWritten() throws IOException {
        List<String> ids = SweepFixtures.rows(shards.get(0).resolve("runs.csv")).keySet().stream()
                .sorted()
                .toList();
        assertTrue(ids.size() >= 2, "shard 0 has at least two jobs");
        Path flippedShard = copyShard(shards.get(0), dir.resolve("flipped/shard-0"));
        Path flipped = flippedShard.resolve("jobs").resolve(ids.get(0) + JobFiles.SUFFIX);
        byte[] bytes = Files.readAllBytes(flipped);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(flipped, bytes);
        Path swappedShard = copyShard(shards.get(0), dir.resolve("swapped/shard-0"));
        Path swapped = swappedShard.resolve("jobs").resolve(ids.get(0) + JobFiles.SUFFIX);
        Files.copy(
                swappedShard.resolve("jobs").resolve(ids.get(1) + JobFiles.SUFFIX),
                swapped,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        for (Path job : List.of(flipped, swapped)) {
            Path target = dir.resolve(
                    "refused-" + job.getParent().getParent().getParent().getFileName());
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> SweepMerge.merge(List.of(job.getParent().getParent()), target));
            assertTrue(e.getMessage().startsWith(job + ": damaged ("), e.getMessage());
            assertFalse(Files.exists(target.resolve("runs.csv")), "nothing written");
        }
    }

    private static Path copyShard(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("jobs"));
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return to;
    }

    @Test
    void aKilledShardsHalfRowIsNotMerged() throws IOException {
        Path killed = dir.resolve("killed/shard-0");
        Files.createDirectories(killed.resolve("jobs"));
        Files.copy(shards.get(0).resolve("shard.json"), killed.resolve("shard.json"));
        try (var jobs = Files.list(shards.get(0).resolve("jobs"))) {
            for (Path job : jobs.toList()) {
                Files.copy(job, killed.resolve("jobs").resolve(job.getFileName()));
            }
        }
        String[] lines = Files.readString(shards.get(0).resolve("runs.csv")).split("\n");
        assertTrue(lines.length >= 3, "shard 0 has at least two rows");
        // the header, one whole row, the next cut in its last cell (a cut there still parses as a full row)
        Files.writeString(
                killed.resolve("runs.csv"),
                lines[0] + "\n" + lines[1] + "\n" + lines[2].substring(0, lines[2].length() - 2));
        SweepMerge.Outcome merged = SweepMerge.merge(List.of(killed), dir.resolve("from-killed"));
        assertEquals(1, merged.added());
        assertEquals(1, SweepFixtures.rows(dir.resolve("from-killed/runs.csv")).size());
    }
}
