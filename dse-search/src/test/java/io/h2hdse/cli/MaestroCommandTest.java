package io.h2hdse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaestroCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Dse.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** MAESTRO's own input files, kept once with the cost model's reference test. */
    private static final Path MAESTRO_FILES = Path.of("..", "dse-core", "src", "test", "resources", "maestro");

    private static Path resource(String name) {
        Path hardware = MAESTRO_FILES.resolve("hw").resolve(name);
        return Files.exists(hardware)
                ? hardware
                : MAESTRO_FILES.resolve("mappings").resolve(name);
    }

    @Test
    void printsAndWritesTheReferenceLayer(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("out.csv");
        int code = run(
                "maestro",
                "--HW_file=" + resource("hw_pe256.m"),
                "--Mapping_file=" + resource("resnet50_res2a_branch2b__kcp_ws.m"),
                "--print_res_csv_file=" + csv);
        assertEquals(0, code, err.toString());
        // Reference row resnet50_res2a_branch2b__kcp_ws__hw_pe256 of maestro_reference.csv.
        assertTrue(out.toString().contains("Num MACs: 107495424"), out.toString());
        assertTrue(out.toString().contains("Runtime: 4199040 cycles"), out.toString());
        try (Reader reader = Files.newBufferedReader(csv)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            assertEquals(1, rows.size());
            CSVRecord row = rows.getFirst();
            assertEquals("resnet50_res2a_branch2b", row.get("layer"));
            assertEquals("256", row.get("num_pes"));
            assertEquals("4199040", row.get("runtime_cycles"));
            assertEquals("107495424", row.get("macs"));
            assertEquals("54", row.get("l1_size_req"));
            assertEquals("5768", row.get("l2_size_req"));
            assertEquals("200704", row.get("input_l2_write"));
            assertEquals("36864", row.get("filter_l2_read"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void commandLineHardwareWithoutAFile() {
        // The 1024-PE reference hardware given as options (hop latency 1, as a hardware file implies): reference
        // runtime 1784592.
        int code = run(
                "maestro",
                "--Mapping_file=" + resource("resnet50_res2a_branch2b__kcp_ws.m"),
                "--num_pes",
                "1024",
                "--noc_bw=256",
                "--offchip_bw_cstr=64",
                "--l2_size=1048576",
                "--l1_size_cstr=512",
                "--noc_hop_latency=1");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Runtime: 1784592 cycles"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void hardwareFileReplacesTheHardwareOptionsAsMaestroDoes() {
        // MAESTRO's ParseHW overwrites num_pes, sizes, bandwidths and latency: the 256-PE reference runtime stays.
        int code = run(
                "maestro",
                "--HW_file=" + resource("hw_pe256.m"),
                "--Mapping_file=" + resource("resnet50_res2a_branch2b__kcp_ws.m"),
                "--num_pes=1024",
                "--noc_bw=256");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Runtime: 4199040 cycles"), out.toString());
        assertEquals(
                "note: the hardware file replaces --noc_bw_cstr, --num_pes, as in MAESTRO",
                err.toString().strip());
    }

    @Test
    void malformedHardwareFileIsOneLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path hw = Files.writeString(dir.resolve("hw.m"), "num_pes: 256\nnoc_bw_cstr: lots\n");
        Path csv = dir.resolve("out.csv");
        int code = run(
                "maestro",
                "--HW_file=" + hw,
                "--Mapping_file=" + resource("resnet50_res2a_branch2b__kcp_ws.m"),
                "--print_res_csv_file=" + csv);
        assertEquals(2, code);
        assertEquals(
                "error: " + hw + ":2: noc_bw_cstr: expected a whole number, got 'lots'",
                err.toString().strip());
        assertFalse(Files.exists(csv));
    }

    @Test
    void missingMappingFileIsOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("missing.m");
        int code = run("maestro", "--HW_file=" + resource("hw_pe256.m"), "--Mapping_file=" + missing);
        assertEquals(2, code);
        String message = err.toString().strip();
        assertTrue(message.startsWith("error: " + missing + ": file not found"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void reportCanBeSilenced() {
        int code = run(
                "maestro",
                "--HW_file=" + resource("hw_pe256.m"),
                "--Mapping_file=" + resource("resnet50_res2a_branch2b__kcp_ws.m"),
                "--print_res=false");
        assertEquals(0, code, err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void helpShowsAnExample() {
        assertEquals(0, run("maestro", "--help"));
        assertTrue(out.toString().contains("Example:"), out.toString());
        assertTrue(out.toString().contains("--Mapping_file"), out.toString());
    }
}
