package io.h2hdse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dse compare} and {@code dse report} read a 300,000-row runs.csv (74 MB) in a JVM of {@value #HEAP}
 * of heap: they stream it and keep each row compactly (reading it whole took over 600 MB of heap).
 */
class LargeRunsTest {
    private static final String HEAP = "-Xmx320m";
    private static final int POINTS = 3000;
    /** Per point: H2H once, then ga and random at 50 and 49 seeds: 100 rows. */
    private static final int GA_SEEDS = 50;

    private static final int RANDOM_SEEDS = 49;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeRuns() throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("runs.csv"))) {
            out.write("model,system,link_bandwidth_gbps,solver,seed,budget_evals,budget_s,order,seed_h2h,job_id,"
                    + "latency_s,energy_j,edp_j_s,solver_time_s,evaluations,evals_per_s,latency_vs_h2h,energy_vs_h2h,"
                    + "hypervolume,latency_lower_bound_s,latency_gap\n");
            long job = 0;
            for (int p = 0; p < POINTS; p++) {
                String point = "model" + p / 3 + ",mixed6-medium,"
                        + List.of("0.5", "1.25", "5").get(p % 3);
                out.write(row(point, "h2h,0,,,,", job++, 1.0, 0));
                for (int seed = 1; seed <= GA_SEEDS; seed++) {
                    out.write(row(point, "ga," + seed + ",1000,,rank,false", job++, 0.8, seed));
                }
                for (int seed = 1; seed <= RANDOM_SEEDS; seed++) {
                    out.write(row(point, "random," + seed + ",1000,,rank,false", job++, 1.2, seed));
                }
            }
            assertEquals(300_000, job);
        }
    }

    /** A job whose latency is {@code vsH2h} × 0.1 s, H2H's: the ratio in both latency and energy. */
    private static String row(String point, String solverCells, long job, double vsH2h, int seed) {
        double latency = 0.1 * vsH2h;
        return String.format(
                Locale.ROOT,
                "%s,%s,%016x,%s,%s,%s,%s,1000,%s,%s,%s,1.5,0.05,%s%n",
                point,
                solverCells,
                job,
                latency,
                10 * vsH2h,
                latency * 10 * vsH2h,
                0.01 * (seed + 1),
                1000 / (0.01 * (seed + 1)),
                vsH2h,
                vsH2h,
                latency / 0.05);
    }

    private record Result(int code, String out, String err) {}

    private static Result dse(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = DseProcess.of(List.of(HEAP), args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "dse " + String.join(" ", args) + " ends");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void compareReadsThemInASmallHeap() throws Exception {
        Result compare = dse("compare", dir.toString(), "--format", "csv");
        assertEquals(Dse.EXIT_OK, compare.code(), compare.err());
        Map<String, CSVRecord> bySolver = new HashMap<>();
        try (CSVParser rows = CSVParser.parse(
                compare.out(),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            rows.forEach(r -> bySolver.put(r.get("solver"), r));
        }
        assertEquals(Set.of("h2h", "ga", "random"), bySolver.keySet(), compare.out());
        // Every ga job has 0.8 of H2H's latency and energy, every random job 1.2, at each of the 3,000 points.
        Map<String, Double> ratio = Map.of("h2h", 1.0, "ga", 0.8, "random", 1.2);
        ratio.forEach((solver, expected) -> {
            CSVRecord row = bySolver.get(solver);
            assertEquals(POINTS, Integer.parseInt(row.get("points")), solver);
            assertEquals(expected, Double.parseDouble(row.get("latency_vs_h2h_geomean")), 1e-9, solver);
            assertEquals(expected, Double.parseDouble(row.get("energy_vs_h2h_geomean")), 1e-9, solver);
            assertEquals(solver.equals("ga") ? POINTS : 0, Integer.parseInt(row.get("wins")), solver);
        });
    }

    @Test
    void reportReadsThemInASmallHeapBeforeItLooksForJobFiles() throws Exception {
        Result report = dse("report", dir.toString());
        // The folder has runs.csv only: having read all of it, the report stops at the first job file it needs.
        assertEquals(Dse.EXIT_BAD_INPUT, report.code(), report.err());
        assertTrue(report.err().contains("its job file is missing under jobs/"), report.err());
        assertEquals(1, report.err().lines().count(), report.err());
    }
}
