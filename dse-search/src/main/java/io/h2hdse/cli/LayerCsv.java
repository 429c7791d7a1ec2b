package io.h2hdse.cli;

import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** A model's layers as CSV, one row per layer in topological order: what {@code show-model --csv} prints. */
final class LayerCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator('\n')
            .setHeader("layer", "op", "branch", "task", "inputs", "input_shape", "output_shape", "macs", "weights")
            .get();

    private LayerCsv() {}

    static void print(Workload workload, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, FORMAT);
            for (Layer layer : workload.layers()) {
                csv.printRecord(
                        layer.name(),
                        layer.kind().yamlName(),
                        layer.branch(),
                        layer.task(),
                        String.join(";", layer.inputs()),
                        layer.input(),
                        layer.output(),
                        layer.macs(),
                        layer.weightElements());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
