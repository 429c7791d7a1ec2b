package io.h2hdse.cost.maestro;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MAESTRO's own CSV: its header, its columns worked out by hand from a made-up result, its append rule. */
class MaestroNativeCsvTest {
    private static final Hardware HARDWARE =
            new Hardware(4, HardwareFile.UNLIMITED, HardwareFile.UNLIMITED, 2, 1, 1, 1);

    /** Counts chosen so that every ratio differs: l2 read, l2 write, l1 read, l1 write, L2 size, L1 size. */
    private static final MaestroResult RESULT = new MaestroResult(
            "conv",
            4,
            12,
            24,
            new TensorStats(6, 8, 24, 6, 4, 2),
            new TensorStats(4, 4, 24, 8, 8, 2),
            new TensorStats(3, 3, 24, 24, 6, 2),
            2,
            1.5,
            1,
            3.5,
            new Delays(new Delays.Range(1, 2, 1), new Delays.Range(0, 1, 0), new Delays.Range(3, 3, 3)),
            0.8);

    private static MaestroLayer layer(String dimensions) {
        return MappingFileParser.parse(
                        "t.m",
                        "Network t {\nLayer conv { Type: CONV\nDimensions { " + dimensions
                                + " }\nDataflow { SpatialMap(1,1) K; } }\n}\n")
                .layers()
                .getFirst();
    }

    @Test
    void headerHasMaestrosColumnsInItsOrderAndSpelling() {
        List<String> columns = List.of(MaestroNativeCsv.header().split(",", -1));
        assertEquals(52, columns.size());
        assertEquals("Neural Network Name", columns.get(0));
        assertEquals(" Layer Number", columns.get(1));
        assertEquals(" Activity count-based Energy (nJ)", columns.get(4));
        assertEquals(" Area", columns.get(7));
        assertEquals("  L2 SRAM Size Req (Bytes)", columns.get(14));
        assertEquals(" Multicasting Factor (Weight)", columns.get(16));
        assertEquals(" NOC power", columns.get(25));
        // per tensor, in the network's tensor order; each block ends without a space after its comma
        assertEquals(" input l1 read", columns.get(26));
        assertEquals(" input reuse factor", columns.get(30));
        assertEquals("filter l1 read", columns.get(31));
        assertEquals("output l1 read", columns.get(36));
        assertEquals(" output reuse factor", columns.get(40));
        assertEquals("Ingress Delay (Min)", columns.get(41));
        // MAESTRO names the compute delay's maximum "(Min)" as well
        assertEquals("Compute Delay (Min)", columns.get(47));
        assertEquals(" Compute Delay (Min)", columns.get(48));
        assertEquals(" Arithmetic Intensity", columns.get(51));
    }

    @Test
    void rowWorkedOutByHand() {
        String expected = String.join(
                ",",
                "net",
                "conv",
                "4",
                "12",
                // (18.61 * (6 + 8 + 4 + 4 + 3) + 1.68 * (24 + 6 + 24 + 8 + 24 + 24)) * 0.00023 nJ = 0.1495115:
                // no output L2 read and no MAC term, as MAESTRO's CSV counts
                "0.149512",
                "2",
                // 24 MACs / 12 cycles / 0.1495115 nJ * 1e9
                "1.33769e+10",
                // Area and power of 4 PEs, 1 lane, NoC bandwidth 2, L1 6 and L2 18 elements, from MAESTRO's constants
                // (shared/reference/maestro/MODEL.md, "Area and power"): bus scale 14.662 * 4 + 28.895 = 87.543,
                // arbiter scale 1.2886 * 16 + 5.5814 * 4 - 23.711 = 19.2322. Area: 4 * (283 + 0.104 * 6) + 0.104 * 18
                // + 101.7938 * 87.543 * 2 + 395.473 * 19.2322 = 26564.85 um^2.
                "26564.9",
                // Power: 4 * (1.2223 + 0.00345 * 6) + 0.00345 * 18 + 0.8 * 87.543 / 1000 * 2 + max(0.34 * 19.2322 /
                // 1000, 0.34)
                // = 4.9720 + 0.0621 + 0.1400688 + 0.34 = 5.5141688 mW.
                "5.51417",
                "2",
                "1.5",
                "2",
                "1",
                "1",
                "18",
                "6",
                // multicast: L1 writes over L2 reads, filter then input
                "2",
                "1",
                // input C*Y*X = 2*3*3, filter K*C*R*S = 2*2*2*2
                "18",
                "16",
                // 24 MACs / 0.1495115 nJ * 1e9
                "1.60523e+11",
                "24",
                // PE power 4 * 1.2223; L1 4 * 0.00345 * 6; L2 0.00345 * 18; NoC 0.1400688 + 0.34 (as above)
                "4.8892",
                "0.0828",
                "0.0621",
                "0.480069");
        expected += ",24, 6, 6, 8, 4, 24, 8, 4, 4, 3, 24, 24, 3, 3, 1, 1, 2, 1, 0, 1, 0, 3, 3, 3, 3.5, 0.8";
        assertEquals(
                expected, MaestroNativeCsv.row("net", layer("K: 2, C: 2, R: 2, S: 2, Y: 3, X: 3"), RESULT, HARDWARE));
    }

    @Test
    void aBatchDimensionCountsInTheInputSize() {
        String row = MaestroNativeCsv.row("net", layer("N: 5, K: 2, C: 2, R: 2, S: 2, Y: 3, X: 3"), RESULT, HARDWARE);
        List<String> cells = List.of(row.split(","));
        assertEquals("90", cells.get(18));
        assertEquals("16", cells.get(19));
    }

    @Test
    void appendsWritingTheHeaderOnlyToANewFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("net.csv");
        MaestroNativeCsv.append(file, List.of("a", "b"));
        MaestroNativeCsv.append(file, List.of("c"));
        assertEquals(List.of(MaestroNativeCsv.header(), "a", "b", "c"), Files.readAllLines(file));
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        MaestroNativeCsv.append(empty, List.of("a"));
        assertEquals(List.of("a"), Files.readAllLines(empty), "an existing file gets no header, as in MAESTRO");
    }

    @Test
    void namedAfterTheMappingFileUpToItsFirstDotInTheWorkingDirectory(@TempDir Path dir) {
        Path working = dir.resolve("work");
        assertEquals(working.resolve("resnet.csv"), MaestroNativeCsv.fileFor(working, Path.of("m", "resnet.m")));
        assertEquals(working.resolve("net.csv"), MaestroNativeCsv.fileFor(working, Path.of("/a/b/c/net.v2.m")));
        assertEquals(working.resolve("net.csv"), MaestroNativeCsv.fileFor(working, Path.of("net")));
    }
}
