package io.h2hdse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad output folders, empty sweeps, unreadable and damaged files, option errors: exit 2 and one line that names the culprit. */
class CliErrorsTest {
    private static final Path CONFIGS = Path.of("..", "configs");
    private static final String TINY =
            CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private Path sweep(String name, String solvers) throws IOException {
        return Files.writeString(dir.resolve("s.yaml"), """
                name: %s
                models: [%s]
                systems: [{base: h2h-fpga4-medium}]
                solvers: %s
                seeds: [1]
                budgets: [{max_evaluations: 50}]
                """.formatted(name, TINY, solvers));
    }

    private static void assertOneLineExitTwo(DseRun result, String... mentions) {
        assertEquals(Dse.EXIT_BAD_INPUT, result.code(), result.out() + result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        for (String mention : mentions) {
            assertTrue(result.err().contains(mention), result.err());
        }
    }

    @Test
    void anNsga2ExploreShardNeedsTheMergedFolderAndOnlyItUsesOne() throws IOException {
        Path spec = Files.writeString(dir.resolve("e.yaml"), """
                name: e
                models: [%s]
                systems: [{base: maestro3-medium, explore: {per_accelerator: {num_pes: [64, 256]}, designs: 4}}]
                solvers: [h2h]
                """.formatted(TINY));
        Path out = dir.resolve("out");
        String configs = CONFIGS.toString();
        assertOneLineExitTwo(
                run("sweep", spec.toString(), "--configs", configs, "--out", out.toString(), "--shard", "0/2"),
                "--shard",
                "nsga2",
                "--merged DIR");
        assertOneLineExitTwo(
                run("sweep", spec.toString(), "--configs", configs, "--out", out.toString(), "--merged", "m"),
                "--merged",
                "is for --shard runs");
        assertOneLineExitTwo(
                run(
                        "sweep",
                        spec.toString(),
                        "--configs",
                        configs,
                        "--out",
                        out.toString(),
                        "--shard",
                        "0/2",
                        "--merged",
                        out.toString()),
                "--merged",
                "the shard's own --out");
        assertOneLineExitTwo(
                run(
                        "sweep",
                        sweep("s", "[random]").toString(),
                        "--configs",
                        configs,
                        "--out",
                        out.toString(),
                        "--shard",
                        "0/2",
                        "--merged",
                        dir.resolve("m").toString()),
                "--merged",
                "nsga2 explore");
        assertTrue(Files.notExists(out));
    }

    @Test
    void anOutputPathThatIsAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        DseRun result = run(
                "sweep", sweep("s", "[random]").toString(), "--configs", CONFIGS.toString(), "--out", file.toString());
        assertOneLineExitTwo(result, file.toString(), "is a file");
    }

    @Test
    void anOutputFolderBelowAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        DseRun result = run(
                "sweep",
                sweep("s", "[random]").toString(),
                "--configs",
                CONFIGS.toString(),
                "--out",
                file.resolve("sub").toString());
        assertOneLineExitTwo(result, file.toString());
    }

    @Test
    void aSweepNameMustBeAPlainFolderName() throws IOException {
        for (String name : List.of("..", ".", "a/b", "~")) {
            DseRun result =
                    run("sweep", sweep("'" + name + "'", "[random]").toString(), "--configs", CONFIGS.toString());
            assertOneLineExitTwo(result, "name");
        }
    }

    @Test
    void anEmptySolverOrModelListIsRefused() throws IOException {
        Path out = dir.resolve("never");
        assertOneLineExitTwo(
                run("sweep", sweep("s", "[]").toString(), "--configs", CONFIGS.toString(), "--out", out.toString()),
                "solvers");
        Path noModels = Files.writeString(
                dir.resolve("m.yaml"), "name: s\nmodels: []\nsystems: [{base: h2h-fpga4-medium}]\nsolvers: [h2h]\n");
        assertOneLineExitTwo(
                run("sweep", noModels.toString(), "--configs", CONFIGS.toString(), "--out", out.toString()), "models");
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileThatIsNotUtf8TextIsNamedAsSuch() throws IOException {
        Path binary = Files.write(
                dir.resolve("model.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertOneLineExitTwo(run("show-model", binary.toString()), binary.toString(), "not UTF-8 text");
    }

    @Test
    void anOptionErrorPrintsItsLineAndWhereHelpIsNotTheWholeUsage() {
        DseRun result = run("solve", "--budget-evals", "many");
        assertEquals(Dse.EXIT_BAD_INPUT, result.code());
        List<String> lines = result.err().lines().toList();
        assertEquals(2, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains("many"), lines.get(0));
        assertEquals("see `dse solve --help`", lines.get(1));
    }

    @Test
    void compareNamesTheFileAndLineOfABadRow() throws IOException {
        Path sweep = dir.resolve("sweep");
        Files.createDirectories(sweep);
        Files.writeString(
                sweep.resolve("runs.csv"),
                runsCsv("a,s,random,1,50,,rank,false,0011223344556677,1e-3,2,2e-3,0.1,50,500,1.1,0.9,0.5,5e-4,2\n"
                        + "a,s,random,2,50,,rank,false,8899aabbccddeeff,1e-3,2\n"));
        assertOneLineExitTwo(run("compare", sweep.toString()), sweep.resolve("runs.csv") + ": line 3");
    }

    @Test
    void compareCountsAJobRecordedTwiceOnce() throws IOException {
        Path sweep = dir.resolve("sweep");
        Files.createDirectories(sweep);
        String row = "a,s,random,1,50,,rank,false,0011223344556677,1e-3,2,2e-3,0.1,50,500,1.1,0.9,0.5,5e-4,2\n";
        Files.writeString(sweep.resolve("runs.csv"), runsCsv(row + row));
        DseRun result = run("compare", sweep.toString(), "--format", "csv");
        assertEquals(Dse.EXIT_OK, result.code(), result.err());
        String line = result.out()
                .lines()
                .filter(l -> l.contains(",random,"))
                .findFirst()
                .orElseThrow();
        // folder, solver, points, ..., seeds (the seventh column of the solver's): one point with one seed.
        assertEquals("1", line.split(",")[2], result.out());
        assertEquals("1", line.split(",")[7], result.out());
    }

    @Test
    void anEmptyHardwareFileIsBlamedOnItselfNotOnTheMappingFile() throws IOException {
        Path hardware = Files.writeString(dir.resolve("hw.m"), "// nothing here\n");
        Path mapping = Path.of(
                "..",
                "dse-core",
                "src",
                "test",
                "resources",
                "maestro",
                "mappings",
                "resnet50_res2a_branch2b__kcp_ws.m");
        DseRun result = run("maestro", "--HW_file=" + hardware, "--Mapping_file=" + mapping);
        assertOneLineExitTwo(result, hardware.toString(), "sets nothing");
    }

    @Test
    void aShapeTooLargeToCountIsRefusedNamingFileAndLayerWithNothingWritten() throws IOException {
        Path model = Files.writeString(dir.resolve("huge.yaml"), """
                name: huge
                shape_check: none
                layers:
                - {name: big, op: conv, input_chw: [2000000000, 2000000000, 2000000000], out_channels: 2000000000, kernel: 3, stride: 1, padding: 1}
                """);
        Path out = dir.resolve("never");
        DseRun result = run(
                "solve",
                "--model",
                model.toString(),
                "--system",
                "h2h-fpga4-medium",
                "--configs",
                CONFIGS.toString(),
                "--solver",
                "random",
                "--out",
                out.toString());
        assertOneLineExitTwo(result, model.toString(), "layers.big", "too large");
        assertFalse(Files.exists(out));
    }

    private static String runsCsv(String rows) {
        return "model,system,solver,seed,budget_evals,budget_s,order,seed_h2h,job_id,latency_s,energy_j,edp_j_s,solver_time_s,evaluations,"
                + "evals_per_s,latency_vs_h2h,energy_vs_h2h,hypervolume,latency_lower_bound_s,latency_gap\n" + rows;
    }
}
