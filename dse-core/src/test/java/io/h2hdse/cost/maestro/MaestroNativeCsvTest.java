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
        AcceleratorCost cost = AcceleratorCost.of(4, 1, 2, 6, 18);
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
                CppNumbers.of(cost.area()),
                CppNumbers.of(cost.power()),
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
                CppNumbers.of(cost.pePower()),
                CppNumbers.of(cost.l1Power()),
                CppNumbers.of(cost.l2Power()),
                CppNumbers.of(cost.nocPower()));
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
