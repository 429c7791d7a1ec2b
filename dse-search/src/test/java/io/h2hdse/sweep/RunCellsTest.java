package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RunCellsTest {
    @TempDir
    Path dir;

    /** Double.parseDouble is the judge: the quick path takes no text it refuses, and refuses none it takes. */
    @Test
    void aResultCellIsANumberExactlyWhenParseDoubleTakesIt() {
        List<String> texts = List.of(
                "1.5",
                "-2.0E-5",
                "0.0",
                "12",
                "3.25E10",
                "NaN",
                "-Infinity",
                "1e3",
                "1.",
                ".5",
                " 7 ",
                "0x1p3",
                "2d",
                "",
                "-",
                "1.5E",
                "1.5E-",
                "--1",
                "1.2.3",
                "E5",
                "1,5",
                "x",
                "1.5F",
                "١");
        for (String text : texts) {
            assertEquals(parses(text), takes(text), text);
        }
    }

    @Test
    void aTableReadWithItsNumbersAsTextHasTheCellsOfOneReadWithNumbers() throws IOException {
        Path out = dir.resolve("out");
        SweepFixtures.run(SweepFixtures.spec(dir), out, 2);
        Path runs = out.resolve(RunsCsv.FILE);
        RunsTable parsed = RunsTable.read(runs);
        RunsTable texts = RunsTable.readTexts(runs);
        assertFalse(parsed.runs().isEmpty());
        assertEquals(parsed.header(), texts.header());
        for (int i = 0; i < parsed.runs().size(); i++) {
            assertEquals(parsed.runs().get(i).cells(), texts.runs().get(i).cells());
            for (String column : RunsCsv.METRIC_COLUMNS) {
                assertEquals(
                        parsed.runs().get(i).number(column), texts.runs().get(i).number(column), column);
            }
        }
    }

    private static boolean parses(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean takes(String text) {
        try {
            return RunCells.requireNumber(text).equals(text);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
