package io.h2hdse.spark;

import io.h2hdse.cli.Dse;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.Shard;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --master is checked as Spark reads it, before the sweep touches its folder; a SparkException never escapes. */
class SparkMasterTest {
    @TempDir
    Path dir;

    @Test
    void theMastersSparkTakesAreTaken() {
        for (String master : List.of(
                "local",
                "local[1]",
                "local[*]",
                "local[2,3]",
                "local[*, 4]",
                "local-cluster[2,1,1024]",
                "spark://host:7077",
                "spark://a:7077,b:7078")) {
            assertDoesNotThrow(() -> SparkMaster.check(master), master);
        }
    }

    @Test
    void anyOtherIsOneLineNamingIt() {
        List<List<String>> cases = List.of(
                List.of("bogus://x", "'bogus://x': not a Spark master URL"),
                List.of("local[0]", "'local[0]': a local master runs at least 1 thread"),
                List.of("local[99999999999]", "'local[99999999999]': '99999999999' is too large a number"),
                List.of("local[x]", "'local[x]': not a Spark master URL"),
                List.of("spark://host", "'spark://host': 'host' is not HOST:PORT"),
                List.of("spark://a:7077,", "'spark://a:7077,': '' is not HOST:PORT"),
                List.of("yarn", "'yarn': not a Spark master URL"));
        for (List<String> c : cases) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> SparkMaster.check(c.getFirst()), c.getFirst());
            assertEquals("--master", refused.where());
            assertTrue(refused.getMessage().startsWith("--master: " + c.get(1)), refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count());
        }
    }

    @Test
    void aBadMasterLeavesTheResultsFolderUntouched() throws IOException {
        Path spec = spec();
        for (String master : List.of("bogus://x", "local[0]")) {
            Path out = dir.resolve("out-" + master.replaceAll("[^a-z0-9]", "_"));
            StringWriter stdout = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Dse.run(
                    new String[] {
                        "sweep",
                        spec.toString(),
                        "--configs",
                        CrossEngineTest.CONFIGS.toString(),
                        "--engine",
                        "spark",
                        "--master",
                        master,
                        "--out",
                        out.toString()
                    },
                    new PrintWriter(stdout, true),
                    new PrintWriter(err, true));
            assertEquals(Dse.EXIT_BAD_INPUT, code, err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("error: --master: '" + master + "'"), err.toString());
            assertFalse(Files.exists(out), "no runs.csv, no .lock, no folder");
        }
    }

    /**
     * A result handler that throws makes Spark fail the job with a SparkDriverExecutionException, a checked
     * exception Scala does not declare: the jobs of the partitions not handed over are failed, named and not
     * recorded, and the sweep ends normally instead of with the exception's trace.
     */
    @Test
    void aSparkExceptionFailsTheUndeliveredJobsInsteadOfEscaping() throws IOException {
        Path specFile = spec();
        SweepSpec spec = SweepSpecReader.read(specFile, CrossEngineTest.CONFIGS);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        PrintWriter failingOnce = new PrintWriter(err, true) {
            private boolean failed;

            @Override
            public void println(String line) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("stderr is gone");
                }
                super.println(line);
            }
        };
        SweepRunner.Outcome outcome = assertDoesNotThrow(() -> SweepRunner.run(
                spec,
                Shard.ALL,
                out,
                new SparkEngine(specFile, CrossEngineTest.CONFIGS, "local[1]"),
                false,
                failingOnce,
                "again"));
        assertEquals(2, outcome.jobs());
        assertTrue(outcome.failed() >= 1, outcome.toString());
        assertTrue(err.toString().contains("Spark gave up on its task"), err.toString());
    }

    /** Two jobs: H2H, recorded, and enumerate on vgg3, which fails on the executor (too many mappings to enumerate). */
    private Path spec() throws IOException {
        return Files.writeString(dir.resolve("spec.yaml"), """
                name: one-fails
                models: [vgg3]
                systems:
                  - base: h2h-fpga4-medium
                solvers: [h2h, enumerate]
                seeds: [1]
                budgets: [{max_evaluations: 300}]
                """);
    }
}
