package io.h2hdse.cost.maestro;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every row of the real MAESTRO outputs, reproduced from the real input files. */
class MaestroReferenceTest {
    static Path resources() {
        try {
            return Path.of(MaestroReferenceTest.class
                            .getResource("/maestro/maestro_reference.csv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<CSVRecord> rows() throws IOException {
        try (Reader reader = Files.newBufferedReader(resources().resolve("maestro_reference.csv"))) {
            List<CSVRecord> records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
            return records.stream();
        }
    }

    static MaestroResult run(CSVRecord row) {
        MappingFile mapping = MappingFileParser.parse(resources().resolve(row.get("dataflow_file")));
        Hardware hardware =
                HardwareFile.parse(resources().resolve(row.get("hw_file"))).toHardware();
        MaestroLayer layer = mapping.layers().getFirst();
        return CompiledMapping.compile(layer, layer.dataflow(), hardware.numPes())
                .analyze(hardware);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reproducesMaestro(CSVRecord row) {
        MaestroResult result = run(row);
        assertAll(
                row.get("case_id"),
                () -> assertEquals(num(row, "runtime_cycles"), result.runtimeCycles(), "runtime_cycles"),
                () -> assertEquals(num(row, "macs"), result.macs(), "macs"),
                () -> assertTensor(row, "input", result.input()),
                () -> assertTensor(row, "filter", result.filter()),
                () -> assertTensor(row, "output", result.output()),
                () -> assertEquals(num(row, "total_l1_size_req"), result.l1SizeReq(), "total_l1_size_req"),
                () -> assertEquals(num(row, "total_l2_size_req"), result.l2SizeReq(), "total_l2_size_req"),
                () -> assertEquals(
                        Double.parseDouble(row.get("total_energy_xmac_exact")),
                        result.energy().total(),
                        0.005,
                        "total_energy_xmac_exact"),
                () -> assertEquals(
                        Double.parseDouble(row.get("peak_noc_bw_req")), result.peakNocBandwidth(), "peak_noc_bw_req"),
                // MAESTRO prints six significant digits.
                () -> assertEquals(
                        Double.parseDouble(row.get("avg_noc_bw_req")),
                        result.avgNocBandwidth(),
                        5e-6 * Math.max(1, result.avgNocBandwidth()),
                        "avg_noc_bw_req"),
                () -> assertEquals(
                        Double.parseDouble(row.get("avg_utilized_pes")),
                        result.avgUtilizedPes(),
                        5e-6 * Math.max(1, result.avgUtilizedPes()),
                        "avg_utilized_pes"),
                () -> assertEquals(num(row, "csv_offchip_bw_req"), result.offchipBandwidth(), "csv_offchip_bw_req"),
                () -> assertDelays(row, "ingress", result.delays().ingress()),
                () -> assertDelays(row, "egress", result.delays().egress()),
                () -> assertDelays(row, "compute", result.delays().compute()));
    }

    private static void assertTensor(CSVRecord row, String prefix, TensorStats stats) {
        assertAll(
                prefix,
                () -> assertEquals(num(row, prefix + "_l2_read"), stats.l2Read(), prefix + "_l2_read"),
                () -> assertEquals(num(row, prefix + "_l2_write"), stats.l2Write(), prefix + "_l2_write"),
                () -> assertEquals(num(row, prefix + "_l1_read"), stats.l1Read(), prefix + "_l1_read"),
                () -> assertEquals(num(row, prefix + "_l1_write"), stats.l1Write(), prefix + "_l1_write"),
                () -> assertEquals(num(row, prefix + "_l2_size_req"), stats.l2SizeReq(), prefix + "_l2_size_req"),
                () -> assertEquals(num(row, prefix + "_l1_size_req"), stats.l1SizeReq(), prefix + "_l1_size_req"));
    }

    private static void assertDelays(CSVRecord row, String prefix, Delays.Range range) {
        assertEquals(
                new Delays.Range(
                        num(row, prefix + "_delay_min"),
                        num(row, prefix + "_delay_max"),
                        num(row, prefix + "_delay_avg")),
                range,
                prefix + " delay");
    }

    static long num(CSVRecord row, String column) {
        return Math.round(Double.parseDouble(row.get(column)));
    }
}
