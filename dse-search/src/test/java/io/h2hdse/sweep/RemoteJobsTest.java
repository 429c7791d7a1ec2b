package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The executor side of a distributed sweep, without the engine: job ids in, outcomes out. */
class RemoteJobsTest {
    @TempDir
    Path dir;

    @Test
    void outcomesFromIdsAreTheRowsOfALocalRun() throws IOException {
        Path specFile = SweepFixtures.writeSpec(dir);
        SweepSpec spec = SweepSpecReader.read(specFile, SweepFixtures.CONFIGS);
        Path local = dir.resolve("local");
        SweepFixtures.run(spec, local, 2);

        List<String> header = SweepRunner.header(spec);
        Map<String, Map<String, String>> remote = new LinkedHashMap<>();
        RemoteJobs.Source source = RemoteJobs.Source.of(specFile, SweepFixtures.CONFIGS, spec);
        for (JobOutcome outcome :
                RemoteJobs.run(source, spec.jobs().stream().map(JobKey::id).iterator())) {
            assertTrue(outcome.succeeded(), outcome.error());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), outcome.row().get(i));
            }
            SweepFixtures.TIMING.forEach(row::remove);
            remote.put(outcome.jobId(), row);
        }
        assertEquals(SweepFixtures.rows(local.resolve("runs.csv")), remote);
    }

    @Test
    void aSpecReadDifferentlyThanOnTheDriverFailsEveryJobAndAnUnknownIdFailsAlone() throws IOException {
        Path specFile = SweepFixtures.writeSpec(dir);
        SweepSpec spec = SweepSpecReader.read(specFile, SweepFixtures.CONFIGS);
        List<String> ids = spec.jobs().stream().map(JobKey::id).limit(2).toList();

        RemoteJobs.Source stale = new RemoteJobs.Source(
                specFile.toAbsolutePath().toString(),
                SweepFixtures.CONFIGS.toString(),
                List.of(List.of()),
                "0".repeat(64));
        List<JobOutcome> outcomes = RemoteJobs.run(stale, ids.iterator());
        assertEquals(ids, outcomes.stream().map(JobOutcome::jobId).toList());
        outcomes.forEach(o -> assertTrue(o.error().contains("is not the driver's spec"), o.error()));

        RemoteJobs.Source source = RemoteJobs.Source.of(specFile, SweepFixtures.CONFIGS, spec);
        List<JobOutcome> mixed = RemoteJobs.run(
                source, List.of("0123456789abcdef", ids.getFirst()).iterator());
        assertFalse(mixed.get(0).succeeded());
        assertTrue(
                mixed.get(0).error().contains("not in the spec"), mixed.get(0).error());
        assertTrue(mixed.get(1).succeeded(), mixed.get(1).error());
    }
}
