package io.h2hdse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dse compare} on a runs.csv this test writes by hand: two models at one system, H2H at both,
 * {@code ga} with three seeds on one and two on the other, {@code exact} on the first only (enumerate's former
 * name: results folders written before the rename read as they are, the solver column being data). Expected
 * figures are worked out below from the rows, by the rule of issue 24 (median over seeds per point,
 * geometric mean over points, wins over the common points).
 */
class CompareCommandTest {
    private static final String HEADER =
            "model,system,solver,seed,budget_evals,budget_s,order,seed_h2h,job_id,latency_s,energy_j,edp_j_s,solver_time_s,"
                    + "evaluations,evals_per_s,latency_vs_h2h,energy_vs_h2h,hypervolume,latency_lower_bound_s,latency_gap\n";
    // latency_s = H2H's latency (10 ms at a, 20 ms at b) × latency_vs_h2h; the bound is 5 ms at a, 10 ms at b.
    private static final String ROWS = """
            a,s,h2h,0,,,,,00000000000000a0,0.010,1.0,0.01,0.01,8,800,1.0,1.0,0,0.005,2.0
            a,s,ga,1,100,,rank,false,00000000000000a1,0.008,1.1,0.01,1.0,100,100,0.8,1.1,0,0.005,1.6
            a,s,ga,2,100,,rank,false,00000000000000a2,0.009,1.0,0.01,2.0,100,50,0.9,1.0,0,0.005,1.8
            a,s,ga,3,100,,rank,false,00000000000000a3,0.010,0.9,0.01,3.0,100,33,1.0,0.9,0,0.005,2.0
            a,s,exact,1,100,,rank,false,00000000000000a4,0.007,1.2,0.01,4.0,100,25,0.7,1.2,0,0.005,1.4
            b,s,h2h,0,,,,,00000000000000b0,0.020,2.0,0.04,0.01,8,800,1.0,1.0,0,0.010,2.0
            b,s,ga,1,100,,rank,false,00000000000000b1,0.010,1.6,0.01,5.0,100,20,0.5,0.8,0,0.010,1.0
            b,s,ga,2,100,,rank,false,00000000000000b2,0.014,2.0,0.01,6.0,100,17,0.7,1.0,0,0.010,1.4
            """;

    @TempDir
    Path dir;

    private Path sweep() throws IOException {
        Path sweep = Files.createDirectories(dir.resolve("sweep"));
        Files.writeString(sweep.resolve("runs.csv"), HEADER + ROWS);
        return sweep;
    }

    @Test
    void csvGivesPerPointMediansCombinedByGeometricMeanAndWinsOverCommonPoints() throws IOException {
        DseRun result = run("compare", sweep().toString(), "--format", "csv");
        assertEquals(Dse.EXIT_OK, result.code(), result.err());
        List<String> lines = result.out().lines().toList();
        List<String> header = List.of(lines.getFirst().split(","));
        for (String column : List.of(
                "solver",
                "points",
                "latency_vs_h2h_geomean",
                "latency_vs_h2h_min",
                "latency_vs_h2h_max",
                "energy_vs_h2h_geomean",
                "wins",
                "points_common")) {
            assertTrue(header.contains(column), column + " in " + header);
        }
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.put(row.get("solver"), row);
        }
        assertEquals(3, rows.size(), result.out());
        // ga: medians over seeds 0.9 at a (0.8, 0.9, 1.0) and 0.6 at b (0.5, 0.7); energy 1.0 and 0.9.
        Map<String, String> ga = rows.get("ga");
        assertEquals("2", ga.get("points"));
        assertClose(Math.sqrt(0.9 * 0.6), ga.get("latency_vs_h2h_geomean"));
        assertClose(0.6, ga.get("latency_vs_h2h_min"));
        assertClose(0.9, ga.get("latency_vs_h2h_max"));
        assertClose(Math.sqrt(1.0 * 0.9), ga.get("energy_vs_h2h_geomean"));
        assertEquals("3", ga.get("seeds"));
        assertClose(Math.sqrt(0.8 * 0.5), ga.get("latency_vs_h2h_best_seed_geomean"));
        assertClose(Math.sqrt(1.0 * 0.7), ga.get("latency_vs_h2h_worst_seed_geomean"));
        // latency ÷ bound: medians 1.8 at a, 1.2 at b.
        assertClose(Math.sqrt(1.8 * 1.2), ga.get("latency_vs_bound_geomean"));
        // Only model a has every solver (H2H, being budget-free, counts at budget 100): exact's 7 ms wins it.
        for (String solver : List.of("h2h", "ga", "exact")) {
            assertEquals("1", rows.get(solver).get("points_common"), solver);
        }
        assertEquals("1", rows.get("exact").get("wins"));
        assertEquals("0", ga.get("wins"));
        assertEquals("0", rows.get("h2h").get("wins"));
        assertClose(0.9, ga.get("latency_vs_h2h_common_geomean"));
        assertEquals("1", rows.get("exact").get("points"));
        assertClose(0.7, rows.get("exact").get("latency_vs_h2h_geomean"));
        assertEquals("2", rows.get("h2h").get("points"));
        assertClose(1.0, rows.get("h2h").get("latency_vs_h2h_geomean"));
        // Solver time: median over ga's five jobs (1, 2, 3, 5, 6 s).
        assertClose(3.0, ga.get("solver_time_s_median"));
    }

    @Test
    void jsonAndMarkdownShowTheSameFigures() throws IOException {
        Path sweep = sweep();
        DseRun json = run("compare", sweep.toString(), "--format", "json");
        assertEquals(Dse.EXIT_OK, json.code(), json.err());
        JsonNode folder = new ObjectMapper().readTree(json.out()).get(0);
        assertEquals(2, folder.get("points").asInt());
        assertEquals(1, folder.get("points_common").asInt());
        // Deterministic solvers first, then by name.
        assertEquals("h2h", folder.get("solvers").get(0).get("solver").asText());
        assertEquals("exact", folder.get("solvers").get(1).get("solver").asText());
        JsonNode ga = folder.get("solvers").get(2);
        assertEquals("ga", ga.get("solver").asText());
        assertEquals(Math.sqrt(0.54), ga.get("latency_vs_h2h_geomean").asDouble(), 1e-12);

        DseRun md = run("compare", sweep.toString());
        assertEquals(Dse.EXIT_OK, md.code(), md.err());
        assertTrue(md.out().contains("2 points"), md.out());
        assertTrue(md.out().contains("1 common points"), md.out());
        assertTrue(md.out().contains("| ga | 2 | 0.7348 | 0.6000 | 0.9000 | 0.9487 | 3 |"), md.out());
    }

    private static void assertClose(double expected, String cell) {
        assertEquals(expected, Double.parseDouble(cell), 1e-12, cell);
    }
}
