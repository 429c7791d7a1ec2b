package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing lost, nothing stale, nothing silent: failed jobs, changed inputs, damaged and locked results folders. */
class SweepSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aJobThatThrowsAnErrorIsCountedNamedAndRetriedByARerun() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        String doomed = spec.jobs().get(3).id();
        StringWriter err = new StringWriter();
        SweepRunner.Outcome first = SweepRunner.run(
                spec,
                Shard.ALL,
                out,
                new LocalEngine(2, (key, point, columns) -> {
                    if (key.id().equals(doomed)) {
                        throw new StackOverflowError();
                    }
                    return JobRunner.run(key, point, columns);
                }),
                false,
                new PrintWriter(err),
                "again");
        assertEquals(new SweepRunner.Outcome(12, 0, 11, 1), first);
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(
                lines.getFirst().startsWith("job " + doomed + " failed")
                        && lines.getFirst().endsWith(": StackOverflowError"),
                lines.getFirst());
        assertFalse(RunsTable.read(out.resolve("runs.csv")).ids().contains(doomed));

        assertEquals(new SweepRunner.Outcome(12, 11, 1, 0), SweepFixtures.run(spec, out, 2));
        assertTrue(RunsTable.read(out.resolve("runs.csv")).ids().contains(doomed));
    }

    @Test
    void theJobIdFollowsTheContentsOfTheInputsNotTheirPlaces() throws IOException {
        Path spec = SweepFixtures.writeSpec(dir);
        List<String> before = SweepSpecReader.read(spec, SweepFixtures.CONFIGS).jobs().stream()
                .map(JobKey::id)
                .toList();

        Path moved = Files.createDirectories(dir.resolve("elsewhere"));
        Path copy = Files.copy(SweepFixtures.TINY_MODEL, moved.resolve("tiny.yaml"));
        Files.writeString(spec, Files.readString(spec).replace(SweepFixtures.TINY_MODEL.toString(), copy.toString()));
        assertEquals(
                before,
                SweepSpecReader.read(spec, SweepFixtures.CONFIGS).jobs().stream()
                        .map(JobKey::id)
                        .toList());

        Files.writeString(
                copy,
                Files.readString(copy)
                        .replace(
                                "input_chw: [128, 14, 14], out_channels: 128",
                                "input_chw: [128, 14, 14], out_channels: 96"));
        List<String> edited = SweepSpecReader.read(spec, SweepFixtures.CONFIGS).jobs().stream()
                .map(JobKey::id)
                .toList();
        for (int i = 0; i < before.size(); i++) {
            assertNotEquals(before.get(i), edited.get(i));
        }
    }

    @Test
    void aRerunAfterAnInputChangedRefusesTheOldRowsInsteadOfShowingThem() throws IOException {
        Path model = Files.copy(SweepFixtures.TINY_MODEL, dir.resolve("tiny.yaml"));
        Path spec = SweepFixtures.writeSpec(dir);
        Files.writeString(spec, Files.readString(spec).replace(SweepFixtures.TINY_MODEL.toString(), model.toString()));
        Path out = dir.resolve("out");
        SweepFixtures.run(SweepSpecReader.read(spec, SweepFixtures.CONFIGS), out, 2);
        String runs = Files.readString(out.resolve("runs.csv"));

        Files.writeString(
                model,
                Files.readString(model)
                        .replace(
                                "input_chw: [128, 14, 14], out_channels: 128",
                                "input_chw: [128, 14, 14], out_channels: 96"));
        SweepSpec edited = SweepSpecReader.read(spec, SweepFixtures.CONFIGS);
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> SweepFixtures.run(edited, out, 2));
        assertTrue(refused.getMessage().startsWith(out.resolve("runs.csv") + ": line 2: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("use a fresh --out"), refused.getMessage());
        assertEquals(runs, Files.readString(out.resolve("runs.csv")));
    }

    @Test
    void aTruncatedJobFileMakesItsJobRunAgain() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        Map<String, Map<String, String>> expected = SweepFixtures.rows(out.resolve("runs.csv"));
        Path job = out.resolve("jobs").resolve(spec.jobs().get(5).id() + JobFiles.SUFFIX);
        byte[] whole = Files.readAllBytes(job);
        Files.write(job, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertEquals(new SweepRunner.Outcome(12, 11, 1, 0), SweepFixtures.run(spec, out, 2));
        assertEquals(expected, SweepFixtures.rows(out.resolve("runs.csv")));
        assertTrue(Files.size(job) > whole.length / 2);
    }

    @Test
    void aJobFileWithAByteChangedOrSwappedForAnotherJobsRunsAgain() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        Map<String, Map<String, String>> expected = SweepFixtures.rows(out.resolve("runs.csv"));
        Path flipped = jobFile(out, spec.jobs().get(3).id());
        byte[] whole = Files.readAllBytes(flipped);
        byte[] changed = whole.clone();
        changed[whole.length / 2] ^= 0x01; // same length: only the checksum tells
        Files.write(flipped, changed);
        // Another job's file is whole gzip and whole JSON: only the index tells it is not this job's.
        Path swapped = jobFile(out, spec.jobs().get(4).id());
        Files.copy(jobFile(out, spec.jobs().get(7).id()), swapped, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertEquals(new SweepRunner.Outcome(12, 10, 2, 0), SweepFixtures.run(spec, out, 2));
        assertEquals(expected, SweepFixtures.rows(out.resolve("runs.csv")));
        JobFiles files = new JobFiles(out);
        assertEquals(
                spec.jobs().get(3).id(), files.read(spec.jobs().get(3).id()).jobId());
        assertEquals(
                spec.jobs().get(4).id(), files.read(spec.jobs().get(4).id()).jobId());
    }

    @Test
    void aFolderWithoutAJobIndexIsCheckedByInflatingItsFiles() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        Path index = out.resolve("jobs").resolve(JobIndex.FILE);
        Files.delete(index); // as a folder written before the index was
        Path job = jobFile(out, spec.jobs().get(5).id());
        byte[] whole = Files.readAllBytes(job);
        Files.write(job, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertEquals(new SweepRunner.Outcome(12, 11, 1, 0), SweepFixtures.run(spec, out, 2));
        // The rerun job is indexed again; the others stay checked by inflating them.
        List<String> indexed = Files.readAllLines(index);
        assertEquals(2, indexed.size(), indexed.toString());
        assertEquals("job_id,bytes,crc32c", indexed.get(0));
        assertTrue(indexed.get(1).startsWith(spec.jobs().get(5).id() + "," + Files.size(job) + ","), indexed.get(1));
        assertEquals(new SweepRunner.Outcome(12, 12, 0, 0), SweepFixtures.run(spec, out, 2));
    }

    @Test
    void aTornIndexLineSpoilsOnlyItself() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        Path index = out.resolve("jobs").resolve(JobIndex.FILE);
        String lines = Files.readString(index);
        Files.writeString(index, lines + spec.jobs().get(2).id() + ",12"); // a kill mid-line
        Files.delete(jobFile(out, spec.jobs().get(2).id()));

        assertEquals(new SweepRunner.Outcome(12, 11, 1, 0), SweepFixtures.run(spec, out, 2));
        List<String> after = Files.readAllLines(index);
        assertEquals(spec.jobs().get(2).id() + ",12", after.get(lines.split("\n").length));
        assertTrue(after.getLast().startsWith(spec.jobs().get(2).id() + ","), after.getLast());
        assertEquals(new SweepRunner.Outcome(12, 12, 0, 0), SweepFixtures.run(spec, out, 2));
    }

    private static Path jobFile(Path out, String id) {
        return out.resolve("jobs").resolve(id + JobFiles.SUFFIX);
    }

    @Test
    void aBadLineOtherThanATornLastOneStopsAResumeNamingIt() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        lines.set(3, lines.get(3).replaceFirst(",[^,]*$", ",x"));
        Files.writeString(out.resolve("runs.csv"), String.join("\n", lines) + "\n");
        String damaged = Files.readString(out.resolve("runs.csv"));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> SweepFixtures.run(spec, out, 2));
        assertEquals(
                out.resolve("runs.csv") + ": line 4: reproducible: expected true or false, got 'x'",
                refused.getMessage());
        assertEquals(damaged, Files.readString(out.resolve("runs.csv")));
    }

    @Test
    void aResultCellThatIsNotANumberStopsAResumeNamingIt() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        int column = List.of(lines.get(0).split(",")).indexOf("energy_j");
        String[] cells = lines.get(2).split(",", -1);
        cells[column] = "1.5E";
        lines.set(2, String.join(",", cells));
        Files.writeString(out.resolve("runs.csv"), String.join("\n", lines) + "\n");
        String damaged = Files.readString(out.resolve("runs.csv"));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> SweepFixtures.run(spec, out, 2));
        assertEquals(out.resolve("runs.csv") + ": line 3: energy_j: not a number: '1.5E'", refused.getMessage());
        assertEquals(damaged, Files.readString(out.resolve("runs.csv")));
    }

    @Test
    void aSecondRunOnALockedFolderIsRefusedNamingTheFolderAndTheHolder() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        try (ResultsLock held = ResultsLock.acquire(out)) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> SweepFixtures.run(spec, out, 2));
            assertEquals(
                    out + ": results folder in use by another run (process "
                            + ProcessHandle.current().pid() + "); wait for it to finish or use another --out",
                    refused.getMessage());
            assertFalse(Files.exists(out.resolve("runs.csv")));
        }
        assertEquals(12, SweepFixtures.run(spec, out, 2).ran());
    }

    @Test
    void aReportThatFailsHalfwayLeavesThePreviousFilesWhole() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        String pareto = Files.readString(out.resolve("pareto.csv"));
        String mappings = Files.readString(out.resolve("mappings.csv"));
        Path summary = out.resolve("summary.md");
        Files.delete(summary);
        Files.createDirectories(summary.resolve("in-the-way"));

        assertThrows(RuntimeException.class, () -> SweepFixtures.run(spec, out, 2));
        assertEquals(pareto, Files.readString(out.resolve("pareto.csv")));
        assertEquals(mappings, Files.readString(out.resolve("mappings.csv")));
        try (var files = Files.list(out)) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                            .toList());
        }
    }
}
