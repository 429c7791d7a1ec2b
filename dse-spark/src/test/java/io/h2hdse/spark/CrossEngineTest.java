package io.h2hdse.spark;

import io.h2hdse.sweep.LocalEngine;
import io.h2hdse.sweep.Shard;
import io.h2hdse.sweep.ShardFolder;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepMerge;
import io.h2hdse.sweep.SweepRunner;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One small spec with evaluation budgets run locally, on Spark local[2] and as four merged shards; and a job failing on an executor. */
class CrossEngineTest {
    static final Path CONFIGS = Path.of("..", "configs").toAbsolutePath().normalize();
    /** Columns that depend on wall time, not on the job key. */
    static final List<String> TIMING = List.of("solver_time_s", "evals_per_s");

    static final List<String> SAME_BYTES = List.of("pareto.csv", "mappings.csv", "transfers.csv", "summary.md");

    @TempDir
    static Path dir;

    static Path specFile;
    static SweepSpec spec;
    static Path local;

    /** One system point (each extra point only adds plotting time): baseline, h2h, random and ga × 3 seeds = 8 jobs. */
    @BeforeAll
    static void runLocally() throws IOException {
        specFile = dir.resolve("spec/small.yaml");
        Files.createDirectories(specFile.getParent());
        Files.writeString(specFile, """
                name: small
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                solvers: [baseline, h2h, random, ga]
                seeds: [1, 2, 3]
                budgets: [{max_evaluations: 300}]
                """.formatted(CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml")));
        spec = SweepSpecReader.read(specFile, CONFIGS);
        local = dir.resolve("local");
        assertEquals(new SweepRunner.Outcome(8, 0, 8, 0), run(Shard.ALL, local, new LocalEngine(2)));
    }

    static SweepRunner.Outcome run(Shard shard, Path out, SweepEngine engine) {
        return SweepRunner.run(spec, shard, out, engine, false, new PrintWriter(new StringWriter()), "again");
    }

    static SparkEngine spark() {
        return new SparkEngine(specFile, CONFIGS, "local[2]");
    }

    @Test
    void localSparkAndFourMergedShardsGiveTheSameResults() throws IOException {
        Path onSpark = dir.resolve("spark");
        assertEquals(new SweepRunner.Outcome(8, 0, 8, 0), run(Shard.ALL, onSpark, spark()));
        assertSameResults(local, onSpark);
        assertTrue(Files.readString(onSpark.resolve("manifest.json")).contains("\"engine\" : \"spark local[2]\""));

        List<Path> shards = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Path shard = dir.resolve("shards/shard-" + k);
            ShardFolder.begin(shard, spec, new Shard(k, 4), specFile, CONFIGS);
            run(new Shard(k, 4), shard, new LocalEngine(1));
            shards.add(shard);
        }
        Path merged = dir.resolve("merged");
        assertEquals(0, SweepMerge.merge(shards, merged).missingJobs());
        assertSameResults(local, merged);
    }

    /**
     * Enumerate refuses vgg3 (too many mappings) on the executor: that job comes back
     * failed, counted and unrecorded, the others are recorded; a rerun tries it again (and only it),
     * it fails again, and nothing is duplicated.
     */
    @Test
    void aJobThatThrowsOnAnExecutorIsCountedFailedAndNotRecorded() throws IOException {
        Path failing = dir.resolve("failing/spec.yaml");
        Files.createDirectories(failing.getParent());
        Files.writeString(failing, """
                name: failing
                models: [%s, vgg3]
                systems:
                  - base: h2h-fpga4-medium
                solvers: [h2h, enumerate]
                seeds: [1]
                budgets: [{max_evaluations: 300}]
                """.formatted(CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml")));
        SweepSpec spec = SweepSpecReader.read(failing, CONFIGS);
        Path out = dir.resolve("failing/out");
        StringWriter err = new StringWriter();
        SparkEngine engine = new SparkEngine(failing, CONFIGS, "local[2]");
        assertEquals(
                new SweepRunner.Outcome(4, 0, 3, 1),
                SweepRunner.run(spec, Shard.ALL, out, engine, false, new PrintWriter(err), "again"));
        String enumerateOnVgg3 = spec.jobs().stream()
                .filter(j -> j.model().equals("vgg3") && j.solver().equals("enumerate"))
                .findFirst()
                .orElseThrow()
                .id();
        assertTrue(err.toString().contains("job " + enumerateOnVgg3 + " failed"), err.toString());
        assertEquals(3, rows(out.resolve("runs.csv")).size());
        assertTrue(!rows(out.resolve("runs.csv")).containsKey(enumerateOnVgg3));

        assertEquals(
                new SweepRunner.Outcome(4, 3, 0, 1),
                SweepRunner.run(
                        spec, Shard.ALL, out, new LocalEngine(2), false, new PrintWriter(new StringWriter()), "again"));
        assertEquals(3, rows(out.resolve("runs.csv")).size());
    }

    static void assertSameResults(Path expected, Path actual) throws IOException {
        assertEquals(rows(expected.resolve("runs.csv")), rows(actual.resolve("runs.csv")));
        for (String file : SAME_BYTES) {
            assertEquals(Files.readString(expected.resolve(file)), Files.readString(actual.resolve(file)), file);
        }
    }

    /** Rows by job id, without the timing columns. */
    static Map<String, Map<String, String>> rows(Path csv) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(csv);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            for (CSVRecord r : parser) {
                Map<String, String> row = new LinkedHashMap<>(r.toMap());
                TIMING.forEach(row::remove);
                if (rows.put(r.get("job_id"), row) != null) {
                    throw new AssertionError("duplicate row for job " + r.get("job_id"));
                }
            }
        }
        return rows;
    }
}
