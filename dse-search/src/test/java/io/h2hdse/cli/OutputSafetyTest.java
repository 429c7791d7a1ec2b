package io.h2hdse.cli;

import io.h2hdse.sweep.ResultsLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.h2hdse.cli.SweepCommandsTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outputs are written, never swapped: every user-named output refuses a symbolic link, a FIFO, a device and
 * the path of an input (exit 2, one line, the special file left as it was); merges refuse poisoned shards
 * before writing; report and plot respect a sweep's lock; engine options are checked before the results
 * folder is touched. The full-disk and read-only cases run on a small tmpfs where this machine lets the
 * tests mount one (as root); {@code OutputFileTest} simulates the full disk everywhere.
 */
class OutputSafetyTest {
    private static final Path CONFIGS = Path.of("..", "configs");
    private static final Path CASE = CONFIGS.resolve("h2h-cases/b_vgg3_3acc.json");
    private static final String NETWORK = "Network one {\n" + MaestroDropInTest.LAYER.formatted("first") + "}\n";

    @TempDir
    static Path shared;

    /** Two shards of a 6-job spec (baseline and H2H at three link bandwidths), run once for the merge cases. */
    static Path spec;

    static List<Path> shards = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void runTwoShards() throws IOException {
        spec = Files.writeString(shared.resolve("two.yaml"), """
                name: two
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                    grid: {link_bandwidth_gbps: [0.5, 1.25, 5]}
                solvers: [baseline, h2h]
                """.formatted(
                        CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml").toAbsolutePath()));
        for (int k = 0; k < 2; k++) {
            Path shard = shared.resolve("shard-" + k);
            SweepCommandsTest.Result ran = run(
                    "sweep",
                    spec.toString(),
                    "--configs",
                    CONFIGS.toString(),
                    "--shard",
                    k + "/2",
                    "--out",
                    shard.toString(),
                    "--no-progress",
                    "--no-report");
            assertEquals(Dse.EXIT_OK, ran.code(), ran.err());
            shards.add(shard);
        }
    }

    // ---- user-named outputs: special files and inputs ----

    @Test
    void everyUserNamedOutputRefusesASymbolicLinkAndLeavesItAndItsTargetAlone() throws IOException {
        Path pointed = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path mapping = Files.writeString(dir.resolve("one.m"), NETWORK);
        for (String command : List.of("import", "h2h", "maestro")) {
            Path link = Files.createSymbolicLink(dir.resolve(command + "-out"), pointed);
            SweepCommandsTest.Result result = switch (command) {
                case "import" -> run("import", ImportCommandTest.smallModel(dir).toString(), "--out", link.toString());
                case "h2h" -> run("h2h", CASE.toString(), "--schedule", link.toString());
                default -> run("maestro", "--Mapping_file=" + mapping, "--csv=" + link);
            };
            assertRefused(result, link + ": is a symbolic link, not a regular file: refusing to replace it");
            assertTrue(Files.isSymbolicLink(link), command);
            assertEquals(pointed, Files.readSymbolicLink(link), command);
        }
        assertEquals("keep me\n", Files.readString(pointed));
    }

    @Test
    void maestrosOwnCsvRefusesASymbolicLinkInTheWorkingDirectory() throws IOException {
        Path pointed = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path mapping = Files.writeString(dir.resolve("one.m"), NETWORK);
        Path work = Files.createDirectories(dir.resolve("work"));
        Path link = Files.createSymbolicLink(work.resolve("one.csv"), pointed);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MaestroCommand.run(
                List.of("--Mapping_file=" + mapping, "--print_res_csv_file=true"),
                work,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertRefused(
                new SweepCommandsTest.Result(code, out.toString(), err.toString()),
                link + ": is a symbolic link, not a regular file: refusing to replace it");
        assertEquals("", out.toString(), "refused before the report is printed");
        assertEquals("keep me\n", Files.readString(pointed));
    }

    @Test
    void aFifoStaysAFifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("schedule.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        assertRefused(
                run("h2h", CASE.toString(), "--schedule", fifo.toString()),
                fifo + ": is a FIFO, not a regular file: refusing to replace it");
        assertEquals(010000, mode(fifo) & 0170000, "still a FIFO");
    }

    /**
     * A twin of /dev/full made in the test's folder (root only), so that a regression replaces that node, not
     * the system's; OutputFileTest checks the real /dev/full without writing.
     */
    @Test
    void aDeviceIsRefusedEvenAsRoot() throws IOException, InterruptedException {
        Path full = dir.resolve("full");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                command("mknod", "-m", "666", full.toString(), "c", "1", "7"), "mknod needs root");
        assertRefused(
                run("h2h", CASE.toString(), "--schedule", full.toString()),
                full + ": is a device, not a regular file: refusing to replace it");
        assertEquals(020000, mode(full) & 0170000, "still a character device");
    }

    @Test
    void anOutputThatIsAnInputIsRefusedHoweverItIsSpelled() throws IOException {
        Path onnx = ImportCommandTest.smallModel(dir);
        byte[] model = Files.readAllBytes(onnx);
        Path sub = Files.createDirectories(dir.resolve("sub"));
        for (Path out : List.of(onnx, sub.resolve("..").resolve("small.onnx"))) {
            assertRefused(
                    run("import", onnx.toString(), "--out", out.toString()),
                    out + ": is also an input (" + onnx + "): refusing to overwrite it; write elsewhere");
        }
        assertArrayEquals(model, Files.readAllBytes(onnx));

        Path caseCopy = Files.copy(CASE, dir.resolve("case.json"));
        String caseText = Files.readString(caseCopy);
        assertRefused(
                run("h2h", caseCopy.toString(), "--schedule", caseCopy.toString()),
                caseCopy + ": is also an input (" + caseCopy + "): refusing to overwrite it; write elsewhere");
        assertEquals(caseText, Files.readString(caseCopy));

        Path mapping = Files.writeString(dir.resolve("one.m"), NETWORK);
        assertRefused(
                run("maestro", "--Mapping_file=" + mapping, "--csv=" + mapping),
                mapping + ": is also an input (" + mapping + "): refusing to overwrite it; write elsewhere");
        assertEquals(NETWORK, Files.readString(mapping));
    }

    /** MAESTRO names its CSV after the mapping file up to the first dot: {@code one.csv} for a mapping file {@code one.csv}. */
    @Test
    void maestrosOwnCsvIsNotWrittenOverAMappingFileOfTheSameName() throws IOException {
        Path mapping = Files.writeString(dir.resolve("one.csv"), NETWORK);
        StringWriter err = new StringWriter();
        int code = MaestroCommand.run(
                List.of("--Mapping_file=" + mapping, "--print_res_csv_file=true"),
                dir,
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(Dse.EXIT_BAD_INPUT, code, err.toString());
        assertEquals(
                "error: " + mapping + ": is also an input (" + mapping + "): refusing to overwrite it; write elsewhere",
                err.toString().strip());
        assertEquals(NETWORK, Files.readString(mapping));
    }

    @Test
    void aReadOnlyOutputIsRefusedAndKept() throws IOException {
        Path out = Files.writeString(dir.resolve("schedule.csv"), "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(
                run("h2h", CASE.toString(), "--schedule", out.toString()),
                out + ": is read-only: refusing to replace it (make it writable or write elsewhere)");
        assertEquals("old\n", Files.readString(out));
    }

    @Test
    void aReplacedOutputKeepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("schedule.csv"), "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        SweepCommandsTest.Result result = run("h2h", CASE.toString(), "--schedule", out.toString());
        assertEquals(Dse.EXIT_OK, result.code(), result.err());
        assertEquals(
                "layer,accelerator,start_s,end_s,resident",
                Files.readAllLines(out).getFirst());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    // ---- results folders ----

    @Test
    void reportAndPlotWaitForTheSweepThatHoldsTheFolder() throws IOException {
        Path folder = shards.get(0);
        try (ResultsLock held = ResultsLock.acquire(folder)) {
            String message = folder + ": results folder in use by another run (process "
                    + ProcessHandle.current().pid() + "); wait for it to finish";
            assertRefused(run("report", folder.toString()), message);
            assertRefused(run("plot", folder.toString(), "--all"), message);
        }
        assertFalse(Files.exists(folder.resolve("report.html")));
        SweepCommandsTest.Result report = run("report", folder.toString());
        assertEquals(Dse.EXIT_OK, report.code(), report.err());
        assertTrue(Files.size(folder.resolve("report.html")) > 0);
    }

    @Test
    void aSymbolicLinkedPlotsFolderIsNotWrittenThrough() throws IOException {
        Path folder = copy(shards.get(1), dir.resolve("copy"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        deleteTree(folder.resolve("plots"));
        Files.createSymbolicLink(folder.resolve("plots"), elsewhere);
        assertRefused(
                run("plot", folder.toString(), "--all"),
                folder.resolve("plots")
                        + ": is a symbolic link, not a folder of the results folder: refusing to write through it");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aDamagedJobFileInAReportIsOneLine() throws IOException {
        Path folder = copy(shards.get(1), dir.resolve("copy"));
        Path job = firstJobFile(folder);
        Files.writeString(job, "not gzip");
        SweepCommandsTest.Result result = run("report", folder.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("cannot read the file of job"), result.err());
    }

    // ---- engines ----

    @Test
    void aMasterWithoutSparkIsRefusedBeforeTheFolderIsMade() {
        Path out = dir.resolve("never");
        assertRefused(
                run(
                        "sweep",
                        spec.toString(),
                        "--configs",
                        CONFIGS.toString(),
                        "--master",
                        "local[2]",
                        "--out",
                        out.toString()),
                "--master: is for --engine spark; the local engine takes --threads");
        assertFalse(Files.exists(out));
    }

    // ---- merges ----

    @Test
    void poisonedShardRowsAreRefusedNamingFileAndLineAndTheTargetStaysMergeable() throws IOException {
        Path target = dir.resolve("merged");
        List<String> header = Files.readAllLines(shards.get(0).resolve("runs.csv"));
        int latency = List.of(header.getFirst().split(",")).indexOf("latency_s");
        int bandwidth = List.of(header.getFirst().split(",")).indexOf("link_bandwidth_gbps");
        Map<String, String> expected = new TreeMap<>();
        expected.put("latency", "latency_s: not a number: 'fast'");
        expected.put(
                "extra",
                "expected " + header.getFirst().split(",").length + " cells, found "
                        + (header.getFirst().split(",").length + 1));
        expected.put("grid", "link_bandwidth_gbps is '0.7' where job ");
        for (Map.Entry<String, String> poison : expected.entrySet()) {
            Path shard = copy(shards.get(0), dir.resolve("poisoned-" + poison.getKey()));
            List<String> lines = new ArrayList<>(Files.readAllLines(shard.resolve("runs.csv")));
            List<String> cells = new ArrayList<>(List.of(lines.get(1).split(",", -1)));
            switch (poison.getKey()) {
                case "latency" -> cells.set(latency, "fast");
                case "extra" -> cells.add("1");
                default -> cells.set(bandwidth, "0.7");
            }
            lines.set(1, String.join(",", cells));
            Files.write(shard.resolve("runs.csv"), lines);
            SweepCommandsTest.Result result =
                    run("merge", shard.toString(), shards.get(1).toString(), "--out", target.toString());
            assertEquals(Dse.EXIT_BAD_INPUT, result.code(), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(
                    result.err().startsWith("error: " + shard.resolve("runs.csv") + ": line 2: " + poison.getValue()),
                    result.err());
            assertFalse(Files.exists(target), "nothing written to --out");
        }
        SweepCommandsTest.Result clean =
                run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", target.toString());
        assertEquals(Dse.EXIT_OK, clean.code(), clean.err());
        assertEquals(1 + 6, Files.readAllLines(target.resolve("runs.csv")).size());
    }

    @Test
    void aJobFileThatDoesNotDecompressIsRefusedAndAnEarlierMergeIsKept() throws IOException {
        Path target = dir.resolve("merged");
        assertEquals(
                Dse.EXIT_FAILED,
                run("merge", shards.get(1).toString(), "--out", target.toString())
                        .code());
        byte[] before = Files.readAllBytes(target.resolve("runs.csv"));
        Path shard = copy(shards.get(0), dir.resolve("damaged"));
        Path job = firstJobFile(shard);
        Files.write(job, new byte[] {1, 2, 3});
        SweepCommandsTest.Result result = run("merge", shard.toString(), "--out", target.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: " + job + ": damaged"), result.err());
        assertTrue(result.err().contains("line "), result.err());
        assertArrayEquals(before, Files.readAllBytes(target.resolve("runs.csv")));
        assertEquals(
                Dse.EXIT_OK,
                run("merge", shards.get(0).toString(), "--out", target.toString())
                        .code());
    }

    @Test
    void aMergeIntoItsOwnShardOrWithAShardTwiceIsRefused() throws IOException {
        Path shard0 = copy(shards.get(0), dir.resolve("s0"));
        byte[] runs = Files.readAllBytes(shard0.resolve("runs.csv"));
        assertRefused(
                run("merge", shard0.toString(), shards.get(1).toString(), "--out", shard0.toString()),
                shard0 + ": is the folder of shard 0/2 of sweep two; merge into another --out");
        assertArrayEquals(runs, Files.readAllBytes(shard0.resolve("runs.csv")));

        Path twin = copy(shards.get(0), dir.resolve("twin"));
        assertRefused(
                run(
                        "merge",
                        shard0.toString(),
                        twin.toString(),
                        "--out",
                        dir.resolve("m").toString()),
                twin.resolve("shard.json") + ": shard 0/2 again (" + shard0
                        + " is shard 0/2 too): give each shard once");
        assertFalse(Files.exists(dir.resolve("m")));
    }

    @Test
    void aWholeSweepIntoAShardFolderAndAWholeSweepFolderAsAShardAreRefused() throws IOException {
        Path shard0 = copy(shards.get(0), dir.resolve("s0"));
        byte[] runs = Files.readAllBytes(shard0.resolve("runs.csv"));
        assertRefused(
                run("sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", shard0.toString()),
                shard0 + ": is the folder of shard 0/2 of sweep two; a run of the whole sweep needs another --out "
                        + "(dse merge puts shards together)");
        assertArrayEquals(runs, Files.readAllBytes(shard0.resolve("runs.csv")));

        Path merged = dir.resolve("merged");
        run("merge", shards.get(0).toString(), shards.get(1).toString(), "--out", merged.toString());
        SweepCommandsTest.Result asShard =
                run("merge", merged.toString(), "--out", dir.resolve("m2").toString());
        assertEquals(Dse.EXIT_BAD_INPUT, asShard.code());
        assertTrue(asShard.err().contains(merged + " is not a shard folder"), asShard.err());
        assertRefused(
                run(
                        "sweep",
                        spec.toString(),
                        "--configs",
                        CONFIGS.toString(),
                        "--shard",
                        "0/2",
                        "--out",
                        merged.toString()),
                merged + ": holds the results of a whole sweep, not of a shard; use another --out");
    }

    @Test
    void missingShardsAreNamedByIndexOnStderr() throws IOException {
        int shardOneRows = Files.readAllLines(shards.get(1).resolve("runs.csv")).size() - 1;
        SweepCommandsTest.Result result =
                run("merge", shards.get(1).toString(), "--out", dir.resolve("m").toString());
        assertEquals(Dse.EXIT_FAILED, result.code(), result.err());
        assertEquals(
                "missing: " + (6 - shardOneRows) + " of 6 jobs, of shard 0 of 2 (a shard folder not merged yet, or "
                        + "jobs that failed: rerun that shard, then merge again)",
                result.err().strip());
        assertFalse(result.out().contains("missing"), result.out());
        assertEquals("shards 0, 1 and 3 of 4", MergeCommand.shardsInWords(List.of(0, 1, 3), 4));
        assertEquals("shards 0 and 2 of 4", MergeCommand.shardsInWords(List.of(0, 2), 4));
    }

    // ---- a real full disk and a read-only file system (root only: a tmpfs) ----

    @Test
    void aFullDiskKeepsEveryPreviousOutputWhole() throws IOException, InterruptedException {
        Path disk = tmpfs("64k");
        Path onnx = ImportCommandTest.smallModel(dir);
        Path mapping = Files.writeString(dir.resolve("one.m"), NETWORK);
        Map<String, Path> outputs = new TreeMap<>();
        for (String name : List.of("model.yaml", "schedule.csv", "maestro.csv")) {
            outputs.put(name, Files.writeString(disk.resolve(name), "previous " + name + "\n"));
        }
        fill(disk);
        List<SweepCommandsTest.Result> results = List.of(
                run(
                        "import",
                        onnx.toString(),
                        "--out",
                        outputs.get("model.yaml").toString()),
                run(
                        "h2h",
                        CASE.toString(),
                        "--schedule",
                        outputs.get("schedule.csv").toString()),
                run(
                        "maestro",
                        "--Mapping_file=" + mapping,
                        "--print_res=false",
                        "--csv=" + outputs.get("maestro.csv")));
        List<String> names = List.copyOf(outputs.keySet());
        List<Path> ordered =
                List.of(outputs.get("model.yaml"), outputs.get("schedule.csv"), outputs.get("maestro.csv"));
        for (int i = 0; i < results.size(); i++) {
            assertRefused(
                    results.get(i),
                    ordered.get(i) + ": cannot write: no space left on device; the previous file is kept");
        }
        for (String name : names) {
            assertEquals("previous " + name + "\n", Files.readString(outputs.get(name)));
        }
        assertNoTemporaryFiles(disk);
    }

    @Test
    void aSweepsFinalWriteOutOnAFullDiskAndAReadOnlyFolderAreOneLine() throws IOException, InterruptedException {
        Path disk = tmpfs("16m");
        Path out = disk.resolve("two");
        SweepCommandsTest.Result first = run(
                "sweep", spec.toString(), "--configs", CONFIGS.toString(), "--out", out.toString(), "--no-progress");
        assertEquals(Dse.EXIT_OK, first.code(), first.err());
        byte[] pareto = Files.readAllBytes(out.resolve("pareto.csv"));

        remount(disk, "ro");
        String readOnly = out.resolve(".lock") + ": cannot write the results folder: Read-only file system";
        assertRefused(run("report", out.toString()), readOnly);
        assertRefused(run("plot", out.toString(), "--all"), readOnly);
        assertRefused(
                run(
                        "h2h",
                        CASE.toString(),
                        "--schedule",
                        out.resolve("schedule.csv").toString()),
                out.resolve("schedule.csv") + ": cannot write: read-only file system; nothing written");
        remount(disk, "rw");

        fill(disk);
        assertRefused(
                run(
                        "sweep",
                        spec.toString(),
                        "--configs",
                        CONFIGS.toString(),
                        "--out",
                        out.toString(),
                        "--no-progress"),
                out.resolve("pareto.csv") + ": cannot write: no space left on device; the previous file is kept");
        assertArrayEquals(pareto, Files.readAllBytes(out.resolve("pareto.csv")));
        assertNoTemporaryFiles(out);
    }

    private final List<Path> mounted = new ArrayList<>();

    /** A tmpfs of {@code size} on a fresh folder, or the test skipped where it cannot be mounted (not root). */
    private Path tmpfs(String size) throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                "root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path mount = Files.createDirectories(dir.resolve("tmpfs"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString()),
                "this machine does not let the tests mount a tmpfs");
        mounted.add(mount);
        return mount;
    }

    private static void remount(Path mount, String mode) throws IOException, InterruptedException {
        assertTrue(command("mount", "-o", "remount," + mode, mount.toString()), "remount " + mode);
    }

    @org.junit.jupiter.api.AfterEach
    void unmount() throws IOException, InterruptedException {
        for (Path mount : mounted) {
            command("umount", mount.toString());
        }
    }

    private static boolean command(String... args) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(args).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fills the file system of {@code folder} to the last byte. */
    private static void fill(Path folder) throws IOException {
        try (var filler = java.nio.channels.FileChannel.open(
                folder.resolve("filler"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer page = java.nio.ByteBuffer.allocate(4096);
            while (true) {
                page.clear();
                filler.write(page);
            }
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e.toString());
        }
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                            .toList());
        }
    }

    // ---- helpers ----

    private static void assertRefused(SweepCommandsTest.Result result, String message) {
        assertEquals(Dse.EXIT_BAD_INPUT, result.code(), result.out() + result.err());
        assertEquals("error: " + message, result.err().strip());
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }

    private static Path firstJobFile(Path folder) throws IOException {
        try (Stream<Path> jobs = Files.list(folder.resolve("jobs"))) {
            return jobs.sorted().findFirst().orElseThrow();
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals(".lock")) {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
