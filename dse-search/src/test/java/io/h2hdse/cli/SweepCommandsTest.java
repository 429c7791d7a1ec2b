package io.h2hdse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepCommandsTest {
    private static final Path CONFIGS = Path.of("..", "configs");
    private static final String TINY =
            CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml").toString();

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dse.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    @Test
    void solveWritesOneRowAndEvaluateAgreesWithItsMapping() throws IOException {
        Path out = dir.resolve("solve");
        Result solved = run(
                "solve",
                "--model",
                TINY,
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--set",
                "link_bandwidth_gbps=2",
                "--solver",
                "random",
                "--budget-evals",
                "200",
                "--seed",
                "7",
                "--out",
                out.toString(),
                "--no-progress");
        assertEquals(Dse.EXIT_OK, solved.code(), solved.err());
        List<CSVRecord> runs = rows(out.resolve("runs.csv"));
        assertEquals(1, runs.size());
        CSVRecord row = runs.getFirst();
        assertEquals("200", row.get("evaluations"));
        assertEquals("2", row.get("link_bandwidth_gbps"));
        assertTrue(solved.out().lines().anyMatch(l -> l.startsWith("random ")), solved.out());
        assertTrue(Files.size(out.resolve("report.html")) > 100_000, "solve writes the report by default");

        Result evaluated = run(
                "evaluate",
                "--model",
                TINY,
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--set",
                "link_bandwidth_gbps=2",
                "--mapping",
                out.resolve("mappings.csv").toString(),
                "--mapping-id",
                row.get("job_id") + "/0");
        assertEquals(Dse.EXIT_OK, evaluated.code(), evaluated.err());
        assertTrue(
                evaluated
                        .out()
                        .contains(
                                String.format(Locale.ROOT, "latency_s %.6g", Double.parseDouble(row.get("latency_s")))),
                evaluated.out());
        assertTrue(evaluated.out().contains("valid true"), evaluated.out());

        Result compared = run("compare", out.toString());
        assertEquals(Dse.EXIT_OK, compared.code(), compared.err());
        assertTrue(compared.out().lines().anyMatch(l -> l.startsWith("| random |")), compared.out());
    }

    @Test
    void badInputIsOneLineExitTwoAndNothingWritten() throws IOException {
        Path out = dir.resolve("never");
        Result unknownSolver = run(
                "solve",
                "--model",
                TINY,
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--solver",
                "annealing",
                "--out",
                out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, unknownSolver.code());
        assertEquals(1, unknownSolver.err().lines().count(), unknownSolver.err());
        assertTrue(unknownSolver.err().contains("annealing"), unknownSolver.err());

        Result unknownSystem = run(
                "solve",
                "--model",
                TINY,
                "--system",
                "nosuch",
                "--configs",
                CONFIGS.toString(),
                "--solver",
                "random",
                "--out",
                out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, unknownSystem.code());
        assertTrue(unknownSystem.err().contains("nosuch"), unknownSystem.err());

        Result unrunnable = run(
                "solve",
                "--model",
                "casia-surf",
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--solver",
                "random",
                "--out",
                out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, unrunnable.code());
        assertTrue(unrunnable.err().contains("h2h-fpga4-low.yaml: model casia-surf: "), unrunnable.err());

        Path spec = dir.resolve("bad.yaml");
        Files.writeString(
                spec,
                "name: bad\nmodels: [vgg3]\nsystems: [{base: h2h-fpga4-low}]\nsolvers: [h2h, annealing]\n"
                        + "seeds: [1]\nbudgets: [{max_evaluations: 10}]\n");
        Result badSpec = run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, badSpec.code());
        assertEquals(
                "error: " + spec
                        + ": solvers[1]: unknown solver 'annealing'; known: ga, nsga2, optaplanner, optaplanner-eps, optaplanner-list, enumerate, cpsat, random, baseline, h2h",
                badSpec.err().strip());

        // enumerate's former name: refused where a spec or the command line names a solver, saying what it became.
        Files.writeString(
                spec,
                "name: bad\nmodels: [vgg3]\nsystems: [{base: h2h-fpga4-low}]\nsolvers: [h2h, exact]\n"
                        + "seeds: [1]\nbudgets: [{max_evaluations: 10}]\n");
        Result formerName = run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, formerName.code());
        assertTrue(
                formerName.err().contains(": solvers[1]: solver 'exact' is now called 'enumerate'"), formerName.err());
        Result formerSolve = run(
                "solve",
                "--model",
                "vgg3",
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--solver",
                "exact",
                "--out",
                dir.resolve("former").toString());
        assertEquals(Dse.EXIT_BAD_INPUT, formerSolve.code(), formerSolve.err());
        assertTrue(formerSolve.err().contains("solver 'exact' is now called 'enumerate'"), formerSolve.err());
        assertTrue(Files.notExists(dir.resolve("former")), "nothing written");

        Files.writeString(
                spec,
                "name: bad\nmodels: [vgg3]\nsystems: [{base: h2h-fpga4-low, grid: {link_bandwidth_gbps: [1, fast]}}]\n"
                        + "solvers: [h2h]\n");
        Result badGrid = run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, badGrid.code());
        assertTrue(
                badGrid.err().contains("h2h-fpga4-low.yaml: grid.link_bandwidth_gbps: expected a number, got 'fast'"),
                badGrid.err());

        Result missing = run("sweep", dir.resolve("missing.yaml").toString(), "--out", out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("missing.yaml: file not found"), missing.err());

        Files.writeString(spec, "name: ok\nmodels: [vgg3]\nsystems: [{base: h2h-fpga4-low}]\nsolvers: [h2h]\n");
        Result nothingToResume =
                run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--resume");
        assertEquals(Dse.EXIT_BAD_INPUT, nothingToResume.code());
        assertTrue(nothingToResume.err().contains("nothing to resume"), nothingToResume.err());

        Path badMapping = dir.resolve("m.csv");
        Files.writeString(badMapping, "layer,accelerator\nM1L1,vc707\nM9L9,vc707\n");
        Result mapping = run(
                "evaluate",
                "--model",
                TINY,
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--mapping",
                badMapping.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, mapping.code());
        assertTrue(mapping.err().contains("m.csv: line 3: model mmmt-tiny has no layer 'M9L9'"), mapping.err());
        Files.writeString(badMapping, "mapping_id,layer,accelerator\nx/0,M1L1,vc707\n");
        Result noId = run(
                "evaluate",
                "--model",
                TINY,
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--mapping",
                badMapping.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, noId.code());
        assertTrue(noId.err().contains("holds several mappings: pick one with --mapping-id"), noId.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anotherSweepsResultsAreNotMixedIn() throws IOException {
        Path out = dir.resolve("shared");
        Path first = dir.resolve("first.yaml");
        Files.writeString(
                first, "name: first\nmodels: [%s]\nsystems: [{base: h2h-fpga4-low}]\nsolvers: [h2h]\n".formatted(TINY));
        assertEquals(
                Dse.EXIT_OK,
                run("sweep", first.toString(), "--configs", CONFIGS.toString(), "--out", out.toString())
                        .code());
        Path second = dir.resolve("second.yaml");
        Files.writeString(
                second,
                ("name: second\nmodels: [%s]\nsystems: [{base: h2h-fpga4-low, grid: {link_bandwidth_gbps: [1]}}]\n"
                                + "solvers: [h2h, random]\nseeds: [1]\nbudgets: [{max_evaluations: 10}]\nskip: [{solver: random}]\n")
                        .formatted(TINY));
        Result r = run("sweep", second.toString(), "--configs", CONFIGS.toString(), "--out", out.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("runs.csv: written by another sweep"), r.err());
        assertEquals(1, rows(out.resolve("runs.csv")).size());

        Path fresh = dir.resolve("fresh");
        assertEquals(
                Dse.EXIT_OK,
                run("sweep", second.toString(), "--configs", CONFIGS.toString(), "--out", fresh.toString())
                        .code());
        List<CSVRecord> skipped = rows(fresh.resolve("runs.csv"));
        assertEquals(
                List.of("h2h"), skipped.stream().map(row -> row.get("solver")).toList());
    }

    @Test
    void aRerunThatGainedAPointThatDoesNotRunIsRefusedBeforeItRunsAJob() throws IOException {
        Path out = dir.resolve("grown");
        Path spec = dir.resolve("grown.yaml");
        String sweep = "name: grown\nmodels: [%s]\nsystems: [{base: h2h-fpga4-low}]\nsolvers: [h2h]\n";
        Files.writeString(spec, sweep.formatted(TINY));
        assertEquals(
                Dse.EXIT_OK,
                run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--no-report")
                        .code());
        String runs = Files.readString(out.resolve("runs.csv"));
        // casia-surf does not fit h2h-fpga4-low (as solve refuses it above): only the rerun's new point shows it.
        Files.writeString(spec, sweep.formatted(TINY + ", casia-surf"));

        Result r = run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--resume");
        assertEquals(Dse.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("h2h-fpga4-low.yaml: model casia-surf: "), r.err());
        assertEquals(runs, Files.readString(out.resolve("runs.csv")));
    }

    @Test
    void aFailedJobIsExitOneAndNotRecorded() throws IOException {
        Path out = dir.resolve("enumerate-vgg3");
        Result r = run(
                "solve",
                "--model",
                "vgg3",
                "--system",
                "h2h-fpga4-low",
                "--configs",
                CONFIGS.toString(),
                "--solver",
                "enumerate",
                "--budget-evals",
                "10",
                "--out",
                out.toString());
        assertEquals(Dse.EXIT_FAILED, r.code(), r.err());
        assertTrue(r.err().contains("failed") && r.err().contains("enumerate refuses"), r.err());
        assertEquals(0, rows(out.resolve("runs.csv")).size());
    }

    @Test
    void everyNewCommandHasHelpWithAnExample() {
        for (String command : List.of("solve", "sweep", "evaluate", "compare", "solvers")) {
            Result r = run(command, "--help");
            assertEquals(Dse.EXIT_OK, r.code(), command);
            assertTrue(r.out().contains("Example") && r.out().contains("dse " + command), command + ":\n" + r.out());
        }
    }

    @Test
    void solversListsEveryRegisteredSolverOneLineEach() {
        Result r = run("solvers");
        assertEquals(Dse.EXIT_OK, r.code());
        List<String> names = r.out().lines().skip(1).map(l -> l.split(" +")[0]).toList();
        assertEquals(
                List.of(
                        "ga",
                        "nsga2",
                        "optaplanner",
                        "optaplanner-eps",
                        "optaplanner-list",
                        "enumerate",
                        "cpsat",
                        "random",
                        "baseline",
                        "h2h"),
                names);
    }
}
