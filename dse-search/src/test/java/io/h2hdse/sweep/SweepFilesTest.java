package io.h2hdse.sweep;

import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.eval.Transfer;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.solver.h2h.H2h;
import io.h2hdse.solver.h2h.H2hResult;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelYamlReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The result files against numbers computed here, independently of the sweep code, from the mappings it reports. */
class SweepFilesTest {
    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void runSweep() throws IOException {
        out = dir.resolve("out");
        SweepFixtures.run(SweepFixtures.spec(dir), out, 2);
    }

    /** The problem at one bandwidth, built here from the files, not through the sweep's overrides. */
    private static Problem problem(String bandwidth) throws IOException {
        Workload model = ModelYamlReader.read(SweepFixtures.TINY_MODEL);
        String yaml = Files.readString(SweepFixtures.CONFIGS.resolve("systems/h2h-fpga4-medium.yaml"))
                .replace("default_link: {bandwidth_gbps: 1.25", "default_link: {bandwidth_gbps: " + bandwidth);
        SystemSpec system =
                SystemYamlReader.parse(yaml, "h2h-fpga4-" + bandwidth, dir).system();
        return Problem.compile(model, system, new FpgaTileCostModel());
    }

    private static Map<String, int[]> mappings(Problem problem, String bandwidth) throws IOException {
        Map<String, int[]> byId = new LinkedHashMap<>();
        for (Map<String, String> row : SweepFixtures.records(out.resolve("mappings.csv"))) {
            if (!row.get("link_bandwidth_gbps").equals(bandwidth)) {
                continue;
            }
            int[] mapping = byId.computeIfAbsent(row.get("mapping_id"), id -> new int[problem.layers()]);
            int layer = problem.workload().indexOf(row.get("layer"));
            mapping[layer] = problem.system().indexOf(row.get("accelerator"));
        }
        return byId;
    }

    /**
     * The schedule a search job reports for a mapping, decided from the job's settings and the mapping
     * only (not from the figures under test): the rank decoder's; but a job seeded with H2H's plan
     * (seed_h2h, the default in sweeps running h2h) that reports H2H's own mapping keeps H2H's plan
     * (its order and residency) unless the rank decoder times that mapping strictly faster.
     */
    private static Schedule reported(Problem problem, int[] mapping, boolean seededWithH2h) {
        Schedule rank = Schedule.of(problem, Plan.of(mapping), OrderPolicy.RANK);
        H2hResult h2h = H2h.run(problem);
        if (seededWithH2h && java.util.Arrays.equals(mapping, h2h.last().plan().mapping())) {
            Schedule own = Schedule.of(problem, h2h.last().plan());
            return own.makespan() <= rank.makespan() ? own : rank;
        }
        return rank;
    }

    /** Whether each job (by id) started from H2H's plan. */
    private static Map<String, Boolean> seededWithH2h() throws IOException {
        Map<String, Boolean> seeded = new LinkedHashMap<>();
        SweepFixtures.records(out.resolve("runs.csv"))
                .forEach(r -> seeded.put(r.get("job_id"), "true".equals(r.get("seed_h2h"))));
        return seeded;
    }

    @Test
    void searchRowsAreTheScheduleOfTheirReportedMapping() throws IOException {
        for (String bandwidth : List.of("0.5", "5")) {
            Problem problem = problem(bandwidth);
            Map<String, int[]> mappings = mappings(problem, bandwidth);
            for (Map<String, String> row : SweepFixtures.records(out.resolve("runs.csv"))) {
                if (!row.get("link_bandwidth_gbps").equals(bandwidth) || SolverCatalog.budgetFree(row.get("solver"))) {
                    continue;
                }
                Schedule schedule =
                        reported(problem, mappings.get(row.get("job_id") + "/0"), "true".equals(row.get("seed_h2h")));
                assertEquals(schedule.makespan(), Double.parseDouble(row.get("latency_s")), row.toString());
                assertEquals(schedule.energy(), Double.parseDouble(row.get("energy_j")), row.toString());
                assertEquals(schedule.makespan() * schedule.energy(), Double.parseDouble(row.get("edp_j_s")), 1e-12);
            }
        }
    }

    @Test
    void h2hAndBaselineRowsAreH2hsOwnFiguresAndRatiosReferToH2h() throws IOException {
        Problem problem = problem("0.5");
        H2hResult h2h = H2h.run(problem);
        Map<String, Map<String, String>> bySolver = new LinkedHashMap<>();
        List<Map<String, String>> rows = SweepFixtures.records(out.resolve("runs.csv")).stream()
                .filter(r -> r.get("link_bandwidth_gbps").equals("0.5"))
                .toList();
        rows.forEach(r -> bySolver.putIfAbsent(r.get("solver"), r));
        assertEquals(
                h2h.last().makespan(), Double.parseDouble(bySolver.get("h2h").get("latency_s")));
        assertEquals(h2h.last().energy(), Double.parseDouble(bySolver.get("h2h").get("energy_j")));
        assertEquals(
                h2h.step(1).makespan(),
                Double.parseDouble(bySolver.get("baseline").get("latency_s")));
        for (Map<String, String> row : rows) {
            assertEquals(
                    Double.parseDouble(row.get("latency_s")) / h2h.last().makespan(),
                    Double.parseDouble(row.get("latency_vs_h2h")));
            assertEquals(
                    Double.parseDouble(row.get("energy_j")) / h2h.last().energy(),
                    Double.parseDouble(row.get("energy_vs_h2h")));
        }
    }

    @Test
    void paretoRowsAreNonDominatedAndEachIsItsMappingsSchedule() throws IOException {
        Problem problem = problem("5");
        Map<String, int[]> mappings = mappings(problem, "5");
        List<Map<String, String>> front = SweepFixtures.records(out.resolve("pareto.csv")).stream()
                .filter(r -> r.get("link_bandwidth_gbps").equals("5"))
                .toList();
        assertFalse(front.isEmpty());
        Map<String, Boolean> seeded = seededWithH2h();
        for (Map<String, String> p : front) {
            double latency = Double.parseDouble(p.get("latency_s"));
            double energy = Double.parseDouble(p.get("energy_j"));
            for (Map<String, String> q : front) {
                boolean dominates = Double.parseDouble(q.get("latency_s")) <= latency
                        && Double.parseDouble(q.get("energy_j")) <= energy
                        && q != p;
                assertFalse(dominates, q + " dominates " + p);
            }
            if (!SolverCatalog.budgetFree(p.get("solver"))) {
                Schedule schedule = reported(problem, mappings.get(p.get("mapping_id")), seeded.get(p.get("job_id")));
                assertEquals(schedule.makespan(), latency);
                assertEquals(schedule.energy(), energy);
            }
        }
        // No recorded point of any job is better in both objectives than the front.
        for (Map<String, String> row : SweepFixtures.records(out.resolve("runs.csv"))) {
            if (row.get("link_bandwidth_gbps").equals("5")) {
                double latency = Double.parseDouble(row.get("latency_s"));
                double energy = Double.parseDouble(row.get("energy_j"));
                assertTrue(
                        front.stream()
                                .anyMatch(p -> Double.parseDouble(p.get("latency_s")) <= latency
                                        && Double.parseDouble(p.get("energy_j")) <= energy),
                        row.toString());
            }
        }
    }

    @Test
    void transfersAreThoseOfTheReportedMappingsSchedule() throws IOException {
        Problem problem = problem("0.5");
        Map<String, int[]> mappings = mappings(problem, "0.5");
        Map<String, List<Map<String, String>>> byMapping = SweepFixtures.records(out.resolve("transfers.csv")).stream()
                .filter(r -> r.get("link_bandwidth_gbps").equals("0.5")
                        && r.get("solver").equals("random"))
                .collect(Collectors.groupingBy(r -> r.get("mapping_id"), LinkedHashMap::new, Collectors.toList()));
        assertEquals(2, byMapping.size());
        Map<String, Boolean> seeded = seededWithH2h();
        for (Map.Entry<String, List<Map<String, String>>> mapping : byMapping.entrySet()) {
            boolean fromH2h =
                    seeded.get(mapping.getKey().substring(0, mapping.getKey().indexOf('/')));
            List<Transfer> expected =
                    reported(problem, mappings.get(mapping.getKey()), fromH2h).transfers();
            List<String> actual = new ArrayList<>();
            for (Map<String, String> t : mapping.getValue()) {
                actual.add(String.join(
                        ",",
                        t.get("kind"),
                        t.get("layer"),
                        t.get("source"),
                        t.get("destination"),
                        t.get("bytes"),
                        t.get("start_s"),
                        t.get("finish_s"),
                        t.get("energy_j")));
            }
            assertEquals(
                    expected.stream()
                            .map(t -> String.join(
                                    ",",
                                    t.kind().name().toLowerCase(java.util.Locale.ROOT),
                                    t.layer(),
                                    t.source(),
                                    t.destination(),
                                    Double.toString(t.bytes()),
                                    Double.toString(t.start()),
                                    Double.toString(t.finish()),
                                    Double.toString(t.joules())))
                            .toList(),
                    actual);
        }
    }

    @Test
    void summaryManifestAndOverviewFiguresAreWritten() throws IOException {
        String summary = Files.readString(out.resolve("summary.md"));
        assertEquals(
                2, summary.lines().filter(l -> l.startsWith("| mmmt-tiny |")).count(), summary);
        List<String> header = cells(summary.lines()
                .filter(l -> l.startsWith("| model |"))
                .findFirst()
                .orElseThrow());
        int search = header.indexOf("best search solver");
        int h2hMs = header.indexOf("H2H latency (ms)");
        int searchMs = header.indexOf("its latency (ms)");
        // Every search job starts from H2H's plan (seed_h2h), so the best of them is named and never slower.
        summary.lines()
                .filter(l -> l.startsWith("| mmmt-tiny |"))
                .map(SweepFilesTest::cells)
                .forEach(row -> {
                    assertTrue(
                            row.get(search).startsWith("random (")
                                    || row.get(search).startsWith("enumerate ("),
                            row.toString());
                    assertTrue(
                            Double.parseDouble(row.get(searchMs)) <= Double.parseDouble(row.get(h2hMs)),
                            row.toString());
                });
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(
                manifest.contains("\"threads\" : 2")
                        && manifest.contains("model:mmmt-tiny")
                        && manifest.contains("code_version"),
                manifest);
        String overview = "latency_vs_bandwidth_mmmt-tiny_h2h-fpga4-medium";
        assertTrue(Files.size(out.resolve("plots/" + overview + ".png")) > 1000, overview);
        assertTrue(Files.readString(out.resolve("plots/" + overview + ".svg")).contains("<svg"), overview);
        try (var plots = Files.list(out.resolve("plots"))) {
            assertEquals(
                    List.of(overview + ".png", overview + ".svg"),
                    plots.map(p -> p.getFileName().toString()).sorted().toList(),
                    "a sweep writes only the overview figures; per-point figures come from dse plot");
        }
    }

    private static List<String> cells(String markdownRow) {
        return List.of(markdownRow.substring(2, markdownRow.length() - 2).split(" \\| ", -1));
    }
}
