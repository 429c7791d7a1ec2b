package io.h2hdse.sweep.explore;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.JobKey;
import io.h2hdse.sweep.JobSink;
import io.h2hdse.sweep.LocalEngine;
import io.h2hdse.sweep.RemoteJobs;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.Shard;
import io.h2hdse.sweep.ShardFolder;
import io.h2hdse.sweep.SweepEngine;
import io.h2hdse.sweep.SweepFixtures;
import io.h2hdse.sweep.SweepMerge;
import io.h2hdse.sweep.SweepRunner;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explore sweeps on the 8-layer model over maestro3-medium: 2 PE counts per accelerator × 2 bandwidths = 16 designs. */
class DesignSearchTest {
    private static final Path TINY = SweepFixtures.CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml");
    private static final List<String> KNOBS =
            List.of("link_bandwidth_gbps", "eyeriss.num_pes", "nvdla.num_pes", "shidiannao.num_pes");

    private static SweepSpec spec(Path dir, String settings) throws IOException {
        Path file = dir.resolve("explore.yaml");
        Files.writeString(file, """
                name: explore
                models: [%s]
                systems:
                  - base: maestro3-medium
                    explore:
                      per_accelerator: {num_pes: [64, 256]}
                      link_bandwidth_gbps: [1.25, 5]
                      %s
                solvers: [h2h]
                """.formatted(TINY, settings));
        return SweepSpecReader.read(file, SweepFixtures.CONFIGS);
    }

    private static SweepRunner.Outcome run(SweepSpec spec, Path out) {
        return DesignSearch.run(
                spec, out, new LocalEngine(1), false, new PrintWriter(new StringWriter()), "the same command");
    }

    private static Set<List<String>> designs(Path out) {
        RunsTable table = RunsTable.read(out.resolve(RunsCsv.FILE));
        assertEquals(KNOBS, table.header().subList(2, 6));
        return table.runs().stream()
                .map(r -> KNOBS.stream().map(r.cells()::get).toList())
                .collect(Collectors.toSet());
    }

    @Test
    void gridEvaluatesEveryDesignOnceWithItsKnobsAsColumns(@TempDir Path dir) throws IOException {
        SweepSpec spec = spec(dir, "strategy: grid");
        SweepRunner.Outcome outcome = SweepFixtures.run(spec, dir.resolve("out"), 1);
        assertEquals(16, outcome.jobs());
        Set<List<String>> designs = designs(dir.resolve("out"));
        assertEquals(16, designs.size());
        assertTrue(designs.contains(List.of("5", "64", "256", "64")));
    }

    @Test
    void designsOverTheAreaBudgetAreRecordedButNeverOnTheFront(@TempDir Path dir) throws IOException {
        // 64 PEs on all three: about 18 mm² together; a 256-PE accelerator alone is near 59 mm² (MAESTRO's NoC)
        SweepSpec spec = spec(dir, "strategy: grid\n      area_mm2_max: 80");
        SweepFixtures.run(spec, dir.resolve("out"), 1);
        List<Map<String, String>> runs = records(dir.resolve("out").resolve(RunsCsv.FILE));
        assertEquals(16, runs.size());
        Set<String> feasible = new HashSet<>();
        List<double[]> objectives = new ArrayList<>();
        for (Map<String, String> run : runs) {
            if (Double.parseDouble(run.get(RunsCsv.AREA)) <= 80) {
                feasible.add(run.get("job_id"));
                objectives.add(new double[] {
                    Double.parseDouble(run.get("latency_s")),
                    Double.parseDouble(run.get("energy_j")),
                    Double.parseDouble(run.get(RunsCsv.AREA))
                });
            }
        }
        assertTrue(feasible.size() < 16 && feasible.size() > 1, feasible.toString());
        List<Map<String, String>> front = records(dir.resolve("out").resolve("pareto.csv"));
        assertTrue(!front.isEmpty());
        for (Map<String, String> row : front) {
            assertTrue(feasible.contains(row.get("job_id")), row.toString());
            double[] p = {
                Double.parseDouble(row.get("latency_s")),
                Double.parseDouble(row.get("energy_j")),
                Double.parseDouble(row.get(RunsCsv.AREA))
            };
            for (double[] q : objectives) {
                boolean dominates =
                        q[0] <= p[0] && q[1] <= p[1] && q[2] <= p[2] && (q[0] < p[0] || q[1] < p[1] || q[2] < p[2]);
                assertTrue(!dominates, row.toString());
            }
        }
    }

    private static List<Map<String, String>> records(Path csv) throws IOException {
        try (java.io.Reader reader = Files.newBufferedReader(csv)) {
            return org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords()
                    .stream()
                    .map(org.apache.commons.csv.CSVRecord::toMap)
                    .toList();
        }
    }

    @Test
    void nsga2EvaluatesTheGivenNumberOfDesignsAndReplaysThemFromTheRecordedRows(@TempDir Path dir) throws IOException {
        SweepSpec spec = spec(dir, "designs: 6\n      seed: 3");
        assertTrue(DesignSearch.needed(spec));
        SweepRunner.Outcome first = run(spec, dir.resolve("a"));
        assertEquals(6, first.jobs());
        assertEquals(6, first.ran());
        assertEquals(6, designs(dir.resolve("a")).size());
        SweepRunner.Outcome again = run(spec, dir.resolve("a"));
        assertEquals(0, again.ran());
        assertEquals(6, again.recordedBefore());
        run(spec, dir.resolve("b"));
        assertEquals(ids(dir.resolve("a")), ids(dir.resolve("b")));
    }

    /** What Spark's executors do, without Spark: only job ids cross, each read back from the spec file and the driver's designs. */
    private static SweepEngine remote(Path specFile) {
        return new SweepEngine() {
            @Override
            public String description() {
                return "remote";
            }

            @Override
            public int parallelism() {
                return 1;
            }

            @Override
            public void run(SweepSpec spec, List<JobKey> todo, JobSink sink) {
                RemoteJobs.run(
                                RemoteJobs.Source.of(specFile, SweepFixtures.CONFIGS, spec),
                                todo.stream().map(JobKey::id).iterator())
                        .forEach(sink::accept);
            }
        };
    }

    /** 8 of the 16 designs with a population of 8: a few generations, as the random first one repeats designs. */
    private static SweepSpec generations(Path dir) throws IOException {
        return spec(dir, "designs: 8\n      seed: 3");
    }

    /** The designs evaluated after each generation, as an unsharded run's progress lines tell them. */
    private static List<Integer> designsByGeneration(String err) {
        List<Integer> designs = new ArrayList<>();
        Matcher line = Pattern.compile("maestro3-medium: generation (\\d+), (\\d+) of 8 designs evaluated")
                .matcher(err);
        while (line.find()) {
            assertEquals(designs.size() + 1, Integer.parseInt(line.group(1)));
            designs.add(Integer.parseInt(line.group(2)));
        }
        return designs;
    }

    @Test
    void nsga2OnAnEngineWhoseJobsArriveAsIdsGivesTheLocalRows(@TempDir Path dir) throws IOException {
        SweepSpec spec = generations(dir);
        run(spec, dir.resolve("local"));
        StringWriter err = new StringWriter();
        SweepRunner.Outcome remote = DesignSearch.run(
                spec, dir.resolve("remote"), remote(dir.resolve("explore.yaml")), true, new PrintWriter(err), "again");
        assertEquals(new SweepRunner.Outcome(8, 0, 8, 0), remote);
        assertEquals(rows(dir.resolve("local")), rows(dir.resolve("remote")));
        assertEquals(file(dir.resolve("local"), "pareto.csv"), file(dir.resolve("remote"), "pareto.csv"));
        List<Integer> designs = designsByGeneration(err.toString());
        assertTrue(designs.size() >= 2 && designs.getLast() == 8, err.toString());
    }

    @Test
    void aRunKilledInItsSecondGenerationResumesToTheUninterruptedResults(@TempDir Path dir) throws IOException {
        SweepSpec spec = generations(dir);
        Path whole = dir.resolve("whole");
        StringWriter err = new StringWriter();
        DesignSearch.run(spec, whole, new LocalEngine(1), true, new PrintWriter(err), "again");
        List<Integer> designs = designsByGeneration(err.toString());
        int kept = designs.getFirst() + 1; // one thread writes the rows in job order: the first generation's, one more
        Path killed = dir.resolve("killed");
        copyJobFiles(whole, killed);
        List<String> lines = Files.readAllLines(whole.resolve(RunsCsv.FILE));
        assertEquals(9, lines.size());
        // killed while writing the row after those
        Files.writeString(
                killed.resolve(RunsCsv.FILE),
                String.join("\n", lines.subList(0, 1 + kept)) + "\n"
                        + lines.get(1 + kept).substring(0, 40));
        assertEquals(new SweepRunner.Outcome(8, kept, 8 - kept, 0), run(spec, killed));
        assertEquals(rows(whole), rows(killed));
        assertEquals(file(whole, "pareto.csv"), file(killed, "pareto.csv"));
    }

    @Test
    void shardsGoRoundByRoundToTheRowsOfOneRunAndAKilledShardResumes(@TempDir Path dir) throws IOException {
        SweepSpec spec = generations(dir);
        Path specFile = dir.resolve("explore.yaml");
        Path whole = dir.resolve("whole");
        StringWriter wholeErr = new StringWriter();
        DesignSearch.run(spec, whole, new LocalEngine(1), true, new PrintWriter(wholeErr), "again");
        List<Integer> designs = designsByGeneration(wholeErr.toString());
        Path merged = dir.resolve("merged");
        List<Path> shards = List.of(merged.resolve("shard-0"), merged.resolve("shard-1"));
        StringWriter err = new StringWriter();
        List<SweepMerge.Outcome> rounds = new ArrayList<>();
        do {
            for (int k = 0; k < 2; k++) {
                Shard part = new Shard(k, 2);
                ShardFolder.begin(shards.get(k), spec, part, specFile, SweepFixtures.CONFIGS);
                DesignSearch.run(
                        spec, part, merged, shards.get(k), new LocalEngine(1), false, new PrintWriter(err), "again");
            }
            if (rounds.size() == 1) {
                // shard 1 killed writing its last row of the second round, then run again
                Path csv = shards.get(1).resolve(RunsCsv.FILE);
                List<String> lines = Files.readAllLines(csv);
                Files.writeString(
                        csv,
                        String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                                + lines.getLast().substring(0, 40));
                SweepRunner.Outcome resumed = DesignSearch.run(
                        spec,
                        new Shard(1, 2),
                        merged,
                        shards.get(1),
                        new LocalEngine(1),
                        false,
                        new PrintWriter(err),
                        "again");
                assertEquals(1, resumed.ran());
            }
            rounds.add(SweepMerge.merge(
                    shards,
                    merged,
                    (s, recorded) -> DesignSearch.replay(s, recorded).spec()));
        } while (rounds.getLast().missingJobs() > 0 && rounds.size() < 20);
        // each merge stops at a generation of the unsharded run: it knows the next one from the rows merged and
        // misses its jobs; a round may take more than one generation, when a shard ran every job of one alone
        List<Integer> jobs = rounds.stream().map(SweepMerge.Outcome::jobs).toList();
        assertTrue(designs.containsAll(jobs) && rounds.size() <= designs.size(), jobs + " " + designs);
        assertEquals(designs.get(1), jobs.getFirst());
        for (int r = 0; r < rounds.size(); r++) {
            int missing = rounds.get(r).missingJobs();
            int before = designs.get(designs.indexOf(jobs.get(r)) - 1);
            assertEquals(r == rounds.size() - 1 ? 0 : jobs.get(r) - before, missing, jobs + " " + designs);
        }
        assertTrue(
                err.toString()
                        .contains("shard 0/2: the design search of maestro3-medium at generation 1 ("
                                + designs.getFirst() + " of 8 designs) waits for the other shards"),
                err.toString());
        assertTrue(err.toString().contains("shard 1/2: every design search is done"), err.toString());
        assertEquals(rows(whole), rows(merged));
        assertEquals(file(whole, "pareto.csv"), file(merged, "pareto.csv"));
        assertEquals(file(whole, "summary.md"), file(merged, "summary.md"));
    }

    private static Map<String, Map<String, String>> rows(Path out) throws IOException {
        return SweepFixtures.rows(out.resolve(RunsCsv.FILE));
    }

    private static String file(Path out, String name) throws IOException {
        return Files.readString(out.resolve(name));
    }

    private static void copyJobFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("jobs"));
        try (var files = Files.list(from.resolve("jobs"))) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve("jobs").resolve(file.getFileName()));
            }
        }
    }

    /** The designs' jobs keep the sweep's settings: bound_s 0 keeps every row to the cheap bound (2 s finds better ones). */
    @Test
    void theSearchsJobsKeepTheSweepsBoundTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bound.yaml");
        String text = """
                name: bound
                models: [%s]
                systems:
                  - base: maestro3-medium
                    explore: {per_accelerator: {num_pes: [64, 256]}, designs: 3, seed: 1}
                solvers: [h2h]
                """.formatted(TINY);
        Files.writeString(file, text);
        run(SweepSpecReader.read(file, SweepFixtures.CONFIGS), dir.resolve("default"));
        Files.writeString(file, text + "bound_s: 0\n");
        run(SweepSpecReader.read(file, SweepFixtures.CONFIGS), dir.resolve("cheap"));
        assertTrue(methods(dir.resolve("default")).contains("assignment"));
        assertEquals(Set.of("cheap"), methods(dir.resolve("cheap")));
    }

    private static Set<String> methods(Path out) throws IOException {
        return records(out.resolve(RunsCsv.FILE)).stream()
                .map(r -> r.get("bound_method"))
                .collect(Collectors.toSet());
    }

    @Test
    void randomChoosesDistinctDesignsBySeed(@TempDir Path dir) throws IOException {
        SweepSpec one = spec(dir, "strategy: random\n      designs: 5\n      seed: 7");
        SweepSpec same = spec(dir, "strategy: random\n      designs: 5\n      seed: 7");
        SweepSpec other = spec(dir, "strategy: random\n      designs: 5\n      seed: 8");
        assertEquals(5, one.jobs().size());
        assertEquals(
                5,
                new HashSet<>(one.jobs().stream()
                                .map(j -> j.system().overrides())
                                .toList())
                        .size());
        assertEquals(one.jobs(), same.jobs());
        assertTrue(!one.jobs().equals(other.jobs()));
    }

    @Test
    void badExploreSettingsNameTheField(@TempDir Path dir) {
        InvalidInputException tooMany = assertThrows(InvalidInputException.class, () -> spec(dir, "designs: 17"));
        assertTrue(tooMany.getMessage().contains("explore.designs: the space has 16 designs"), tooMany.getMessage());
        InvalidInputException mix = assertThrows(
                InvalidInputException.class,
                () -> spec(dir, "per_accelerator: {accelerators: [nvdla]}\n      designs: 2"));
        assertTrue(mix.getMessage().contains("per_accelerator"), mix.getMessage());
        InvalidInputException value = assertThrows(
                InvalidInputException.class, () -> spec(dir, "nvdla.dataflow: [kcp_ws, nope]\n      designs: 2"));
        assertTrue(value.getMessage().contains("explore.nvdla.dataflow: unknown dataflow 'nope'"), value.getMessage());
    }

    @Test
    void anAreaBudgetOnASystemWithoutAreaIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fpga.yaml");
        Files.writeString(file, """
                name: fpga
                models: [%s]
                systems:
                  - base: mixed6-medium
                    explore: {per_accelerator: {num_pes: [64, 256]}, area_mm2_max: 100, designs: 2}
                solvers: [h2h]
                """.formatted(TINY));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> SweepSpecReader.read(file, SweepFixtures.CONFIGS));
        assertTrue(
                e.getMessage()
                        .contains("explore.area_mm2_max: system mixed6-medium has an accelerator without an area"),
                e.getMessage());
    }

    private static Set<String> ids(Path out) {
        return RunsTable.read(out.resolve(RunsCsv.FILE)).ids();
    }
}
