package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** runs.csv says which rows a rerun reproduces: budget-free solvers and evaluation budgets, not wall-time budgets. */
class ReproducibleColumnTest {
    @TempDir
    Path dir;

    @Test
    void wallTimeBudgetsAreMarkedNotReproducible() throws IOException {
        Path spec = dir.resolve("budgets.yaml");
        Files.writeString(spec, """
                name: budgets
                models: [%s]
                systems: [{base: h2h-fpga4-medium}]
                solvers: [h2h, random]
                seeds: [1]
                budgets: [{max_evaluations: 200}, {max_seconds: 0.2}, {max_evaluations: 200, max_seconds: 5}]
                """.formatted(SweepFixtures.TINY_MODEL));
        Path out = dir.resolve("out");
        SweepFixtures.run(SweepSpecReader.read(spec, SweepFixtures.CONFIGS), out, 1);

        Map<String, String> reproducible = new TreeMap<>();
        for (Map<String, String> row : SweepFixtures.records(out.resolve(RunsCsv.FILE))) {
            reproducible.put(
                    row.get("solver") + " " + row.get("budget_evals") + "/" + row.get("budget_s"),
                    row.get(RunsCsv.REPRODUCIBLE));
        }
        assertEquals(
                Map.of(
                        "h2h /", "true",
                        "random 200/", "true",
                        "random /0.2", "false",
                        "random 200/5.0", "false"),
                reproducible);
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("Jobs under a wall-time budget: 2 of 4; they are not reproducible"), summary);
        assertEquals(List.of("bound_method", "proven_optimal", "reproducible"), RunsCsv.FACT_COLUMNS);
    }
}
