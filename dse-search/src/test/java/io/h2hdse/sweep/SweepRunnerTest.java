package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepRunnerTest {
    @TempDir
    Path dir;

    @Test
    void rowsAreAFunctionOfTheKeyWhateverTheThreads() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        SweepRunner.Outcome serial = SweepFixtures.run(spec, dir.resolve("serial"), 1);
        SweepRunner.Outcome parallel = SweepFixtures.run(spec, dir.resolve("parallel"), 2);
        assertEquals(12, serial.jobs());
        assertEquals(new SweepRunner.Outcome(12, 0, 12, 0), serial);
        assertEquals(serial, parallel);
        assertEquals(
                SweepFixtures.rows(dir.resolve("serial/runs.csv")),
                SweepFixtures.rows(dir.resolve("parallel/runs.csv")));
        assertEquals(
                Files.readString(dir.resolve("serial/pareto.csv")),
                Files.readString(dir.resolve("parallel/pareto.csv")));
        assertEquals(
                Files.readString(dir.resolve("serial/mappings.csv")),
                Files.readString(dir.resolve("parallel/mappings.csv")));
    }

    @Test
    void aValueListedTwiceGivesNoSecondJob() throws IOException {
        Path spec = SweepFixtures.writeSpec(dir);
        Files.writeString(spec, Files.readString(spec).replace("seeds: [1, 2]", "seeds: [1, 2, 1]"));
        assertEquals(
                12, SweepSpecReader.read(spec, SweepFixtures.CONFIGS).jobs().size());
    }

    @Test
    void aRerunSkipsEveryRecordedJob() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        String before = Files.readString(out.resolve("runs.csv"));
        assertEquals(new SweepRunner.Outcome(12, 12, 0, 0), SweepFixtures.run(spec, out, 2));
        assertEquals(before, Files.readString(out.resolve("runs.csv")));
    }

    @Test
    void aRecordedJobWhoseFileIsGoneRunsAgainOnce() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path out = dir.resolve("out");
        SweepFixtures.run(spec, out, 2);
        Map<String, Map<String, String>> expected = SweepFixtures.rows(out.resolve("runs.csv"));
        String pareto = Files.readString(out.resolve("pareto.csv"));
        Path gone;
        try (var jobs = Files.list(out.resolve("jobs"))) {
            gone = jobs.sorted().findFirst().orElseThrow();
        }
        Files.delete(gone);

        assertEquals(new SweepRunner.Outcome(12, 11, 1, 0), SweepFixtures.run(spec, out, 2));
        assertEquals(expected, SweepFixtures.rows(out.resolve("runs.csv")));
        assertEquals(13, Files.readAllLines(out.resolve("runs.csv")).size());
        assertEquals(pareto, Files.readString(out.resolve("pareto.csv")));
    }

    @Test
    void aSweepKilledMidRowResumesWithNoLostAndNoDuplicatedRows() throws IOException {
        SweepSpec spec = SweepFixtures.spec(dir);
        Path complete = dir.resolve("complete");
        SweepFixtures.run(spec, complete, 1);
        Map<String, Map<String, String>> expected = SweepFixtures.rows(complete.resolve("runs.csv"));

        // What a kill leaves: every job file (written before its row), the header, five full rows and half of the
        // sixth.
        Path killed = dir.resolve("killed");
        Files.createDirectories(killed.resolve("jobs"));
        try (var jobs = Files.list(complete.resolve("jobs"))) {
            for (Path job : jobs.toList()) {
                Files.copy(job, killed.resolve("jobs").resolve(job.getFileName()));
            }
        }
        String[] lines = Files.readString(complete.resolve("runs.csv")).split("\n");
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i <= 5; i++) {
            cut.append(lines[i]).append('\n');
        }
        cut.append(lines[6], 0, lines[6].length() / 2);
        Files.writeString(killed.resolve("runs.csv"), cut.toString(), StandardCharsets.UTF_8);

        SweepRunner.Outcome resumed = SweepFixtures.run(spec, killed, 2);
        assertEquals(new SweepRunner.Outcome(12, 5, 7, 0), resumed);
        assertEquals(expected, SweepFixtures.rows(killed.resolve("runs.csv")));
        assertTrue(Files.readString(killed.resolve("runs.csv")).endsWith("\n"));
        assertEquals(Files.readString(complete.resolve("pareto.csv")), Files.readString(killed.resolve("pareto.csv")));
    }
}
