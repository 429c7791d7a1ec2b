package io.h2hdse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dse maestro} as a drop-in for the MAESTRO binary: its options, its file grammar, per-layer failures. */
class MaestroDropInTest {
    /** One 1x1 CONV layer, K=4, C=2 on a 2x2 input, K across 4 PEs: K*C*Y*X = 32 MACs. */
    static final String LAYER = """
              Layer %s {
                Type: CONV
                Dimensions { K: 4, C: 2, R: 1, S: 1, Y: 2, X: 2 }
                Dataflow {
                  SpatialMap(1,1) K;
                  TemporalMap(1,1) C;
                  TemporalMap(1,1) Y;
                  TemporalMap(1,1) X;
                }
              }
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dse.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path network(Path dir, String name, String... layers) throws IOException {
        StringBuilder text = new StringBuilder("Network " + name + " {\n");
        for (String layer : layers) {
            text.append(layer);
        }
        return Files.writeString(dir.resolve(name + ".m"), text.append("}\n").toString());
    }

    private static Path hardware(Path dir) throws IOException {
        return Files.writeString(dir.resolve("hw.m"), "num_pes: 4\nnoc_bw_cstr: 64\noffchip_bw_cstr: 64\n");
    }

    @Test
    void maestroScriptOptionsAreAcceptedAndTheInertOnesNamedOnce(@TempDir Path dir) throws IOException {
        Path mapping = network(dir, "net", LAYER.formatted("conv"));
        // The options of MAESTRO's validation scripts, with their prefixes (--noc_bw, --l1_size, --l2_size).
        int code = run(
                "maestro",
                "--Mapping_file=" + mapping,
                "--print_res=true",
                "--print_res_csv_file=false",
                "--print_log_file=false",
                "--noc_bw=1000000000",
                "--noc_hop_latency=0",
                "--noc_mc_support=true",
                "--num_pes=4",
                "--num_simd_lanes=1",
                "--l1_size=5120",
                "--l2_size=1024000",
                "--do_implicit_reduction=true",
                "--do_fg_sync=false",
                "--do_reduction_op=true",
                "--do_dse=false");
        assertEquals(0, code, err.toString());
        assertEquals(
                "note: --print_log_file, --noc_mc_support, --do_implicit_reduction, --do_fg_sync, --do_reduction_op, "
                        + "--do_dse change nothing in this model",
                err.toString().strip());
        assertTrue(out.toString().contains("Num MACs: 32"), out.toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--num_pes=many|error: --num_pes: expected a 32-bit whole number, got 'many'",
                "--num_pes=3000000000|error: --num_pes: expected a 32-bit whole number, got '3000000000'",
                "--print_res=maybe|error: --print_res: expected true or false, got 'maybe'",
                "--noc_hop|error: --noc_hop: is ambiguous: it starts --noc_hops, --noc_hop_latency",
                "--frobnicate=1|error: --frobnicate: unrecognised option (see dse maestro --help)",
                "stray|error: stray: unexpected word: MAESTRO takes no positional arguments",
                "--num_pes=0|error: --num_pes: must be positive, got 0",
                "--noc_hop_latency=-1|error: --noc_hop_latency: must be zero or more, got -1",
            })
    void badOptionsAreOneLineAndExitTwo(String option, String expected, @TempDir Path dir) throws IOException {
        Path mapping = network(dir, "net", LAYER.formatted("conv"));
        assertEquals(2, run("maestro", "--Mapping_file=" + mapping, option));
        assertEquals(expected, err.toString().strip());
        assertEquals("", out.toString());
    }

    @Test
    void anOptionGivenTwiceIsRefused(@TempDir Path dir) throws IOException {
        Path mapping = network(dir, "net", LAYER.formatted("conv"));
        assertEquals(2, run("maestro", "--Mapping_file=" + mapping, "--num_pes=4", "--num_pes", "8"));
        assertEquals(
                "error: --num_pes: cannot be given more than once",
                err.toString().strip());
    }

    @Test
    void booleansTakeBoostSpellingsAndSeparateValues(@TempDir Path dir) throws IOException {
        Path mapping = network(dir, "net", LAYER.formatted("conv"));
        assertEquals(0, run("maestro", "--Mapping_file", mapping.toString(), "--print_res", "OFF"));
        assertEquals("", out.toString());
        assertEquals(0, run("maestro", "--Mapping_file=" + mapping, "--print_res=Yes"));
        assertTrue(out.toString().contains("Num MACs: 32"), out.toString());
    }

    @Test
    void helpListsEveryMaestroOption() {
        assertEquals(0, run("maestro", "--help"));
        for (String option : List.of(
                "--Mapping_file",
                "--HW_file",
                "--print_res_csv_file",
                "--noc_mc_support",
                "--do_dse",
                "--optimization_target",
                "--area_constraint")) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void aBadLayerIsNamedAndTheOthersStillRun(@TempDir Path dir) throws IOException {
        // A depthwise layer's tensors have no K: a K map over two elements cannot be costed.
        String depthwiseWithK = """
                  Layer dw {
                    Type: DSCONV
                    Dimensions { K: 2, C: 2, R: 1, S: 1, Y: 2, X: 2 }
                    Dataflow {
                      SpatialMap(1,1) K;
                      TemporalMap(1,1) C;
                    }
                  }
                """;
        Path mapping = network(dir, "net", LAYER.formatted("first"), depthwiseWithK, LAYER.formatted("last"));
        Path csv = dir.resolve("out.csv");
        int code = run(
                "maestro", "--HW_file=" + hardware(dir), "--Mapping_file=" + mapping, "--print_res_csv_file=" + csv);
        assertEquals(1, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("error: " + mapping + ": layer dw: directive on K"), lines.get(0));
        assertEquals("error: 1 of 3 layers of " + mapping + " could not be costed", lines.get(1));
        assertTrue(out.toString().contains("[Layer first]") && out.toString().contains("[Layer last]"), out.toString());
        List<String> rows = new ArrayList<>(Files.readAllLines(csv));
        assertEquals(3, rows.size(), "header and the two good layers");
        assertTrue(rows.get(1).startsWith("first,") && rows.get(2).startsWith("last,"), rows.toString());
    }

    @Test
    void layerNamesWithDashesAreReadAsWritten(@TempDir Path dir) throws IOException {
        Path mapping = network(dir, "net-v1", LAYER.formatted("CONV1-1"), LAYER.formatted("inception_3a-1x1"));
        assertEquals(0, run("maestro", "--Mapping_file=" + mapping), err.toString());
        assertTrue(out.toString().contains("[Layer CONV1-1]"), out.toString());
        assertTrue(out.toString().contains("[Layer inception_3a-1x1]"), out.toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "K: -64, C: 2, R: 1, S: 1, Y: 2, X: 2|:4: layer conv: dimension K: negative number -64",
                "K: 4, C: 2, R: 1, S: 1, Y: 99999999999, X: 2|:4: layer conv: dimension Y: number 99999999999 is too large",
                "K: 4, C: 2, R: 1, S: 1, Y: 2000000000, X: 2000000000|:4: layer conv: dimensions K*C*R*S*Y*X multiply to more than 2^53",
            })
    void sizesThatWouldOverflowAreRefusedNamingFileLayerAndField(String dims, String expected, @TempDir Path dir)
            throws IOException {
        Path mapping = network(dir, "net", LAYER.formatted("conv").replace("K: 4, C: 2, R: 1, S: 1, Y: 2, X: 2", dims));
        Path csv = dir.resolve("out.csv");
        assertEquals(2, run("maestro", "--Mapping_file=" + mapping, "--print_res_csv_file=" + csv));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("error: " + mapping + expected), message);
        assertFalse(Files.exists(csv));
        assertEquals("", out.toString());
    }

    @Test
    void hugePeCountInAHardwareFileIsOneLine(@TempDir Path dir) throws IOException {
        Path mapping = network(dir, "net", LAYER.formatted("conv"));
        Path hw = Files.writeString(dir.resolve("big.m"), "num_pes: 99999999999999\n");
        assertEquals(2, run("maestro", "--HW_file=" + hw, "--Mapping_file=" + mapping));
        assertEquals(
                "error: " + hw + ":1: num_pes: must be a positive 32-bit number (1 to 2147483647) as in MAESTRO, got "
                        + "99999999999999",
                err.toString().strip());
    }
}
