package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Names with the key's separator in them still name points of their own. */
class PointKeyTest {
    @TempDir
    Path dir;

    @Test
    void aBarInANameDoesNotJoinTwoPoints() throws IOException {
        Path runs = dir.resolve("runs.csv");
        String metrics = ",0.1,1.0,0.1,0.01,1,100.0,1.0,1.0,1.0,0.05,2.0\n";
        Files.writeString(
                runs,
                "model,system,solver,seed,budget_evals,budget_s,order,seed_h2h,job_id,latency_s,energy_j,edp_j_s,"
                        + "solver_time_s,evaluations,evals_per_s,latency_vs_h2h,energy_vs_h2h,hypervolume,"
                        + "latency_lower_bound_s,latency_gap\n"
                        + "a|b,c,h2h,0,,,,,job1" + metrics
                        + "a,b|c,h2h,0,,,,,job2" + metrics
                        + "a\\,b|c,h2h,0,,,,,job3" + metrics);
        List<RunsTable.Run> rows = RunsTable.read(runs).runs();
        assertEquals(3, rows.size());
        assertNotEquals(rows.get(0).point(), rows.get(1).point());
        assertNotEquals(rows.get(1).point(), rows.get(2).point());
        assertEquals(3, Comparison.of(RunsTable.read(runs)).rows().getFirst().points());
    }
}
