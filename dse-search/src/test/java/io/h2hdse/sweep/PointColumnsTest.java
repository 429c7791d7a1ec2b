package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A point's columns in the derived files: its knobs make its key, its figures (the area) do not. */
class PointColumnsTest {
    @TempDir
    Path dir;

    @Test
    void theKnobsAreRunsCsvsColumnsBeforeTheSolverAndTheAreaIsAFigure() throws IOException {
        PointColumns columns = PointColumns.of(SweepFixtures.spec(dir));
        assertEquals(List.of("model", "system", "link_bandwidth_gbps"), columns.knobs());
        assertEquals(List.of("area_mm2"), columns.figures());
        assertEquals(List.of("model", "system", "link_bandwidth_gbps", "area_mm2"), columns.all());
        assertFalse(columns.isFigure(2));
        assertTrue(columns.isFigure(3));
    }

    @Test
    void aPointsKeyIsTheOneRunsCsvGivesItWhateverItsFigures() throws IOException {
        Path runs = SweepFixtures.writeRuns(
                dir.resolve("runs.csv"),
                "model,system,link_bandwidth_gbps,solver,seed,budget_evals,budget_s,order,seed_h2h,job_id,area_mm2",
                "m,s,0.5,h2h,0,,,,,job1,12.5",
                "m,s,0.5,ga,1,300,,rank,false,job2,12.5",
                "m,s,5,h2h,0,,,,,job3,");
        // A second figure beside the area: a column that is neither a knob nor the area by name.
        PointColumns columns =
                new PointColumns(List.of("model", "system", "link_bandwidth_gbps"), List.of("area_mm2", "job_id"));
        List<RunsTable.Run> rows = RunsTable.read(runs).runs();
        for (RunsTable.Run row : rows) {
            List<String> cells = columns.all().stream().map(row.cells()::get).toList();
            assertEquals(row.point(), columns.key(cells), row.cells().get("job_id"));
        }
        assertEquals(rows.get(0).point(), rows.get(1).point());
    }
}
