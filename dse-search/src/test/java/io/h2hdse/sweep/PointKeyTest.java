package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
        Path runs = SweepFixtures.writeRuns(
                dir.resolve("runs.csv"),
                "model,system,solver,seed,budget_evals,budget_s,order,seed_h2h,job_id",
                "a|b,c,h2h,0,,,,,job1",
                "a,b|c,h2h,0,,,,,job2",
                "a\\,b|c,h2h,0,,,,,job3");
        List<RunsTable.Run> rows = RunsTable.read(runs).runs();
        assertEquals(3, rows.size());
        assertNotEquals(rows.get(0).point(), rows.get(1).point());
        assertNotEquals(rows.get(1).point(), rows.get(2).point());
        assertEquals(3, Comparison.of(RunsTable.read(runs)).rows().getFirst().points());
    }
}
