package io.h2hdse.cli;

import io.h2hdse.cost.maestro.MaestroResult;
import io.h2hdse.cost.maestro.TensorKind;
import io.h2hdse.cost.maestro.TensorStats;
import io.h2hdse.output.OutputFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One CSV row per layer, written whole or not at all ({@link OutputFile}). */
final class MaestroCsv {
    private MaestroCsv() {}

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of(
                "layer",
                "num_pes",
                "runtime_cycles",
                "macs",
                "total_energy_xmac",
                "l1_size_req",
                "l2_size_req",
                "throughput_macs_per_cycle",
                "peak_noc_bw_req",
                "avg_noc_bw_req",
                "offchip_bw_req",
                "avg_utilized_pes"));
        for (TensorKind tensor : TensorKind.values()) {
            for (String column :
                    new String[] {"l1_read", "l1_write", "l2_read", "l2_write", "l1_size_req", "l2_size_req"}) {
                header.add(tensor.label() + "_" + column);
            }
        }
        return header;
    }

    /** Writes the rows to {@code target} ({@link OutputFile}: whole or not at all, never over one of {@code inputs}). */
    static void write(Path target, List<MaestroResult> results, Path... inputs) {
        try (OutputFile file = OutputFile.open(target, inputs);
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header().toArray(String[]::new))
                        .get()
                        .print(file.writer())) {
            for (MaestroResult result : results) {
                csv.printRecord(row(result));
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the file's own failures are input errors already
        }
    }

    private static List<Object> row(MaestroResult result) {
        List<Object> row = new ArrayList<>(List.of(
                result.layer(),
                result.numPes(),
                result.runtimeCycles(),
                result.macs(),
                String.format(Locale.ROOT, "%.2f", result.energy().total()),
                result.l1SizeReq(),
                result.l2SizeReq(),
                result.throughputMacsPerCycle(),
                result.peakNocBandwidth(),
                result.avgNocBandwidth(),
                result.offchipBandwidth(),
                result.avgUtilizedPes()));
        for (TensorKind tensor : TensorKind.values()) {
            TensorStats t = result.of(tensor);
            row.addAll(List.of(t.l1Read(), t.l1Write(), t.l2Read(), t.l2Write(), t.l1SizeReq(), t.l2SizeReq()));
        }
        return row;
    }
}
