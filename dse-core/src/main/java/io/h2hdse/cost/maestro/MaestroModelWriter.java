package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a workload as a MAESTRO {@code .m} network, so that MAESTRO itself (or {@code dse maestro})
 * can run it. Every layer MAESTRO runs as one CONV or DSCONV is written: convolutions (padding folded
 * into the input size, as MAESTRO has none), depthwise convolutions and FC layers (a 1x1 CONV on a
 * 1x1 input of all input elements). Each gets the chosen preset's Dataflow block, resolved for the
 * layer, so the file needs no presets to be read. Layers with no single MAESTRO layer (pooling,
 * element-wise, concatenation, grouped convolution, LSTM, attention) are left out and named.
 */
public final class MaestroModelWriter {
    /** The file's text and the layers it leaves out. */
    public record Output(String text, List<String> skipped) {}

    private MaestroModelWriter() {}

    public static Output write(Workload workload, String dataflow) {
        if (MaestroPresets.find(dataflow).isEmpty()) {
            throw new InvalidInputException(
                    "dataflow",
                    "'" + dataflow + "' is not a preset (" + String.join(", ", MaestroPresets.names()) + ")");
        }
        StringBuilder text = new StringBuilder("Network " + workload.name() + " {\n");
        List<String> skipped = new ArrayList<>();
        for (Layer layer : workload.layers()) {
            MaestroLayer single = singleLayer(layer);
            if (single == null) {
                skipped.add(layer.name());
            } else {
                appendLayer(
                        text,
                        single,
                        MaestroPresets.find(dataflow, single.type()).orElseThrow());
            }
        }
        return new Output(text.append("}\n").toString(), List.copyOf(skipped));
    }

    private static MaestroLayer singleLayer(Layer layer) {
        if (!(WorkloadLayers.toMaestro(layer) instanceof MappedLayers mapped)
                || mapped.parts().size() != 1
                || mapped.parts().get(0).repeats() != 1) {
            return null;
        }
        return mapped.parts().get(0).layer();
    }

    private static void appendLayer(StringBuilder text, MaestroLayer layer, Dataflow dataflow) {
        LayerDims d = layer.dims();
        text.append("\tLayer ")
                .append(layer.name())
                .append(" {\n")
                .append("\t\tType: ")
                .append(layer.type())
                .append('\n')
                .append("\t\tStride { X: ")
                .append(d.stride(Dim.X))
                .append(", Y: ")
                .append(d.stride(Dim.Y))
                .append(" }\n")
                .append("\t\tDimensions { K: ")
                .append(d.size(Dim.K))
                .append(", C: ")
                .append(d.size(Dim.C))
                .append(", R: ")
                .append(d.size(Dim.R))
                .append(", S: ")
                .append(d.size(Dim.S))
                .append(", Y: ")
                .append(d.size(Dim.Y))
                .append(", X: ")
                .append(d.size(Dim.X))
                .append(" }\n")
                .append("\t\tDataflow {\n");
        for (Directive directive : dataflow.resolve(d)) {
            text.append("\t\t\t").append(directive).append(";\n");
        }
        text.append("\t\t}\n\t}\n");
    }
}
