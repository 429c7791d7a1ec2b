package io.h2hdse.cli;

import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.h2hcase.ReferenceExpected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class H2hCommandTest {
    private static final Path CASE = Path.of("../configs/h2h-cases/b_vgg3_3acc.json");

    private record Outcome(int code, String out, String err) {}

    private static Outcome dse(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dse.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void printsOneRowPerStepAndWritesTheFinalSchedule(@TempDir Path dir) throws IOException {
        Path schedule = dir.resolve("schedule.csv");
        Outcome o = dse("h2h", CASE.toString(), "--schedule", schedule.toString());
        assertEquals(0, o.code, o.err);
        List<String> lines = o.out.lines().toList();
        assertEquals("step,makespan_s,energy_j,valid", lines.getFirst());
        assertEquals(5, lines.size());
        List<ReferenceExpected.StepTotals> release =
                ReferenceCaseReader.read(CASE).expected().orElseThrow().steps();
        for (int step = 1; step <= 4; step++) {
            String[] row = lines.get(step).split(",");
            assertEquals(String.valueOf(step), row[0]);
            assertEquals("true", row[3]);
            double makespan = Double.parseDouble(row[1]);
            if (step <= 3) {
                assertEquals(release.get(step - 1).makespanS(), makespan, 1e-9 * makespan);
                assertEquals(
                        release.get(step - 1).energyJ(), Double.parseDouble(row[2]), 1e-9 * Double.parseDouble(row[2]));
            } else {
                assertTrue(makespan <= Double.parseDouble(lines.get(3).split(",")[1]));
            }
        }
        List<String> rows = Files.readAllLines(schedule);
        assertEquals("layer,accelerator,start_s,end_s,resident", rows.getFirst());
        assertEquals(1 + 44, rows.size());
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(CASE).replaceFirst("\"R_wei\": 0.5", "\"R_wei\": 1.5"));
        Path schedule = dir.resolve("schedule.csv");
        Outcome o = dse("h2h", bad.toString(), "--schedule", schedule.toString());
        assertEquals(2, o.code);
        assertEquals("", o.out);
        assertEquals(1, o.err.lines().count(), o.err);
        assertTrue(o.err.contains("accelerators[0]"), o.err);
        assertFalse(Files.exists(schedule));
    }

    @Test
    void helpShowsAnExample() {
        Outcome o = dse("h2h", "--help");
        assertEquals(0, o.code);
        assertTrue(o.out.contains("Example:") && o.out.contains("--schedule"), o.out);
    }
}
