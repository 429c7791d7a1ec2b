package io.h2hdse.cli;

import io.h2hdse.cost.maestro.MaestroModelWriter;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher as a separate process: output through a pipe, Ctrl-C, a second run on a folder in use. */
class CliProcessTest {
    private static final Path CONFIGS =
            Path.of("..", "configs").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private static ProcessBuilder dse(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as bin/dse runs it: OR-Tools' native library and protobuf's Unsafe use, without JVM warnings
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Dse.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void showModelWritesItsWholeMaestroNetworkIntoAPipe() throws Exception {
        Process process = dse("show-model", "vgg3", "--maestro", "kcp_ws")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String piped = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        String expected =
                MaestroModelWriter.write(ModelZoo.build("vgg3"), "kcp_ws").text();
        assertTrue(expected.length() > 8192, "the model must outgrow one 8 KiB buffer: " + expected.length());
        assertEquals(expected, piped);
    }

    @Test
    void ctrlCSaysWhatIsRecordedAndHowToResumeAndASecondRunMeanwhileIsRefused() throws Exception {
        Path spec = Files.writeString(
                dir.resolve("slow.yaml"), """
                name: slow
                models: [%s]
                systems: [{base: h2h-fpga4-medium}]
                solvers: [random]
                seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
                budgets: [{max_seconds: 0.5}]
                """.formatted(CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml")));
        Path out = dir.resolve("out");
        Path stderr = dir.resolve("stderr.txt");
        Process sweep = dse(
                        "sweep",
                        spec.toString(),
                        "--configs",
                        CONFIGS.toString(),
                        "--out",
                        out.toString(),
                        "--threads",
                        "1")
                .redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (dataRows(out) < 1 && System.nanoTime() < deadline && sweep.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(dataRows(out) >= 1, "no job recorded in time");

            StringWriter err = new StringWriter();
            int second = Dse.run(
                    new String[] {"sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString()},
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(err, true));
            assertEquals(Dse.EXIT_BAD_INPUT, second);
            assertEquals(
                    "error: " + out + ": results folder in use by another run (process " + sweep.pid()
                            + "); wait for it to finish or use another --out",
                    err.toString().strip());

            new ProcessBuilder("kill", "-INT", Long.toString(sweep.pid()))
                    .start()
                    .waitFor();
            assertTrue(sweep.waitFor(60, TimeUnit.SECONDS));
        } finally {
            sweep.destroyForcibly();
        }
        assertEquals(130, sweep.exitValue());
        String said = Files.readString(stderr).strip();
        Matcher line = Pattern.compile(
                        "interrupted: (\\d+) of 20 jobs recorded in (.+); resume with: dse sweep (.+) --configs (.+) --resume --out (.+)")
                .matcher(said);
        assertTrue(line.matches(), said);
        assertEquals(out.toString(), line.group(2));
        int recorded = Integer.parseInt(line.group(1));
        assertTrue(recorded >= 1 && recorded <= dataRows(out), said);
    }

    private static long dataRows(Path out) throws IOException {
        Path runs = out.resolve("runs.csv");
        if (!Files.exists(runs)) {
            return 0;
        }
        return Files.readString(runs).chars().filter(c -> c == '\n').count() - 1;
    }
}
