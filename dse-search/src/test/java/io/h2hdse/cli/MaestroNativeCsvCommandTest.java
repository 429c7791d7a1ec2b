package io.h2hdse.cli;

import io.h2hdse.cost.maestro.MaestroNativeCsv;
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

/**
 * {@code dse maestro --print_res_csv_file=true}: MAESTRO's CSV, named and appended as the binary does, with
 * its energy slip fixed; and this project's CSV under {@code --csv}. The numbers worked out in the comments
 * were also printed by the MAESTRO binary (commit 4eb08d1) on the same file, except where it slips.
 */
class MaestroNativeCsvCommandTest {
    /** The drop-in test's one-level layer, a two-level one and one that runs in a single iteration. */
    private static final String NETWORK = "Network two {\n" + MaestroDropInTest.LAYER.formatted("first") + """
              Layer second {
                Type: CONV
                Dimensions { K: 2, C: 4, R: 1, S: 1, Y: 4, X: 2 }
                Dataflow {
                  SpatialMap(1,1) K;
                  TemporalMap(2,2) C;
                  TemporalMap(2,2) Y;
                  TemporalMap(1,1) X;
                  Cluster(2,P);
                  SpatialMap(1,1) C;
                  TemporalMap(1,1) Y;
                }
              }
              Layer one_shot {
                Type: CONV
                Dimensions { K: 4, C: 2, R: 1, S: 1, Y: 1, X: 1 }
                Dataflow {
                  SpatialMap(1,1) K;
                  TemporalMap(2,2) C;
                }
              }
            }
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path workingDirectory, String... args) {
        return MaestroCommand.run(
                List.of(args), workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** The two-layer network on the hardware file beside it, MAESTRO's CSV asked for, from {@code dir}. */
    private int runWithMaestroCsv(Path dir, Path mapping) {
        return run(
                dir,
                "--HW_file=" + mapping.resolveSibling("hw.m"),
                "--Mapping_file=" + mapping,
                "--print_res_csv_file=true");
    }

    private static Path files(Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("hw.m"), "num_pes: 4\nnoc_bw_cstr: 64\noffchip_bw_cstr: 64\n");
        return Files.writeString(inputs.resolve("two.v1.m"), NETWORK);
    }

    private static List<String> cells(String row) {
        return List.of(row.split(",\\s*"));
    }

    @Test
    void appendsMaestrosCsvNamedAfterTheMappingFileInTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Path mapping = files(dir);
        Path work = Files.createDirectories(dir.resolve("work"));
        String hw = "--HW_file=" + mapping.resolveSibling("hw.m");
        assertEquals(0, run(work, hw, "--Mapping_file=" + mapping, "--print_res_csv_file=true"), err.toString());
        // boost's spellings: a separate value, any case
        assertEquals(0, run(work, hw, "--Mapping_file", mapping.toString(), "--print_res_csv_file", "On"));
        Path csv = work.resolve("two.csv");
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 2 * 3, lines.size(), "the header once, then the three layers per run");
        assertEquals(MaestroNativeCsv.header(), lines.getFirst());
        for (int run = 0; run < 2; run++) {
            assertTrue(lines.get(1 + 3 * run).startsWith("two,first,4,"), lines.toString());
            assertTrue(lines.get(2 + 3 * run).startsWith("two,second,4,"), lines.toString());
            assertTrue(lines.get(3 + 3 * run).startsWith("two,one_shot,4,"), lines.toString());
        }
        try (var listing = Files.list(mapping.getParent())) {
            assertEquals(2, listing.count(), "nothing written next to the mapping file");
        }
        assertFalse(out.toString().contains("Results written"), "the binary prints no such line");
    }

    @Test
    void energyUsesEachLayersOwnL1Counts(@TempDir Path dir) throws IOException {
        Path mapping = files(dir);
        assertEquals(0, runWithMaestroCsv(dir, mapping));
        List<String> lines = Files.readAllLines(dir.resolve("two.csv"));
        List<String> second = cells(lines.get(2));
        // The second layer has two cluster levels. Its accesses (as the binary prints them): L2 reads input 32,
        // filter 8; L2 writes input 32, filter 8, output 32: 18.61 * 112 = 2084.32; L1 reads and writes
        // 64 + 32 + 64 + 8 + 64 + 64 = 296: 1.68 * 296 = 497.28; (2084.32 + 497.28) * 0.00023 nJ = 0.593768.
        assertEquals(List.of("64", "32", "32", "32"), second.subList(26, 30));
        assertEquals(List.of("64", "8", "8", "8"), second.subList(31, 35));
        assertEquals(List.of("64", "64", "16", "32"), second.subList(36, 40));
        assertEquals("0.593768", second.get(4));
        // MAESTRO writes (2084.32 + 1.68 * 144) * 0.00023 = 0.535035, with the first layer's L1 counts
        // (32 + 8 + 32 + 8 + 32 + 32 = 144).
        // Throughput per energy and Ops/J follow: 64 / 25 / 0.593768 * 1e9 and 64 / 0.593768 * 1e9.
        assertEquals("4.31145e+09", second.get(6));
        assertEquals("1.07786e+11", second.get(20));
        // One level: the first layer's own counts either way, (18.61 * 64 + 1.68 * 144) * 0.00023 = 0.329581.
        assertEquals("0.329581", cells(lines.get(1)).get(4));
    }

    @Test
    void reportAndCsvEndWithTheArithmeticIntensity(@TempDir Path dir) throws IOException {
        Path mapping = files(dir);
        assertEquals(0, runWithMaestroCsv(dir, mapping));
        // one_shot runs in one iteration: 4 PEs x 2 channels = 8 MACs over 2 input elements (multicast to all
        // PEs) and 8 weights sent down: 8 / 10 = 0.8
        String report = out.toString();
        String oneShot = report.substring(report.indexOf("[Layer one_shot]"));
        assertTrue(oneShot.contains("Average number of utilized PEs: 4\nArithmetic intensity: 0.8\n"), oneShot);
        List<String> lines = Files.readAllLines(dir.resolve("two.csv"));
        assertEquals("0.8", cells(lines.get(3)).getLast());
    }

    @Test
    void csvOptionWritesThisProjectsCsvAndAFileNameInPrintResCsvFileStillDoes(@TempDir Path dir) throws IOException {
        Path mapping = files(dir);
        Path ours = dir.resolve("ours.csv");
        assertEquals(0, run(dir, "--Mapping_file=" + mapping, "--num_pes=4", "--csv=" + ours), err.toString());
        assertTrue(Files.readAllLines(ours).getFirst().startsWith("layer,num_pes,runtime_cycles,macs,"));
        assertEquals(4, Files.readAllLines(ours).size());
        assertFalse(Files.exists(dir.resolve("two.csv")), "MAESTRO's CSV only when asked");
        Path legacy = dir.resolve("legacy.csv");
        assertEquals(0, run(dir, "--Mapping_file=" + mapping, "--num_pes=4", "--print_res_csv_file=" + legacy));
        assertEquals(Files.readAllLines(ours), Files.readAllLines(legacy));
    }

    @Test
    void twoNamesForThisProjectsCsvAreRefused(@TempDir Path dir) throws IOException {
        Path mapping = files(dir);
        assertEquals(
                2,
                run(
                        dir,
                        "--Mapping_file=" + mapping,
                        "--csv=" + dir.resolve("a.csv"),
                        "--print_res_csv_file=" + dir.resolve("b.csv")));
        assertEquals(
                "error: --print_res_csv_file: names a file, as --csv does: give this project's CSV once",
                err.toString().strip());
        assertFalse(Files.exists(dir.resolve("a.csv")) || Files.exists(dir.resolve("b.csv")));
    }

    @Test
    void aLayerWithoutWorkIsNamedOnStderrAndReportedAsTheBinaryReportsIt(@TempDir Path dir) throws IOException {
        Path mapping = files(dir);
        // An 8-column tile over 3 columns: no iteration case has work (as MAESTRO's ResNeXt50_yxp_os FC1000).
        Path empty = Files.writeString(mapping.resolveSibling("empty.m"), """
                Network nw {
                  Layer empty {
                    Type: CONV
                    Dimensions { K: 2, C: 2, R: 3, S: 3, Y: 3, X: 3 }
                    Dataflow {
                      TemporalMap(1,1) K;
                      TemporalMap(1,1) C;
                      SpatialMap(Sz(R),1) Y;
                      TemporalMap(4,1) X;
                      Cluster(4,P);
                      SpatialMap(Sz(S),1) X;
                      TemporalMap(Sz(R),Sz(R)) R;
                      TemporalMap(Sz(R),Sz(R)) S;
                    }
                  }
                }
                """);
        assertEquals(0, run(dir, "--HW_file=" + mapping.resolveSibling("hw.m"), "--Mapping_file=" + empty));
        assertEquals(
                "warning: " + empty + ": layer empty: no iteration case does any work (a tile is larger than the "
                        + "layer): 0 MACs and 0 cycles, as MAESTRO reports",
                err.toString().strip());
        // The binary's first lines on this file, with its third empty line where dse names the layer.
        assertTrue(
                out.toString()
                        .startsWith("\n\n[Layer empty]\nNum MACs: 0\n\n[Performance Analysis]\nRuntime: 0 cycles\n"
                                + "Throughput: -nan MACs/cycle\n"),
                out.toString());
    }
}
