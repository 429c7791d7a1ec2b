package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a MAESTRO {@code .m} network file as a workload: the flat layer list becomes a chain, DSCONV a
 * depthwise convolution, a 1x1 CONV on a 1x1 input an FC layer. The layers of such files rarely agree
 * in shape (they list the layers of interest, not a connected network), so the chain is built without
 * shape checks. MAESTRO counts elements, so an element is taken to be one byte.
 */
public final class MaestroModelReader {
    public static final int ELEMENT_BITS = 8;

    private MaestroModelReader() {}

    public static MaestroModel read(Path file) {
        MappingFile mapping = MappingFileParser.parse(file);
        List<Layer> layers = new ArrayList<>();
        Map<String, Dataflow> dataflows = new HashMap<>();
        String previous = null;
        for (MaestroLayer layer : mapping.layers()) {
            try {
                layers.add(WorkloadLayers.fromMaestro(layer, previous == null ? List.of() : List.of(previous)));
            } catch (InvalidInputException e) {
                throw e.in(file.toString());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file + ": layer " + layer.name(), e.getMessage());
            }
            if (layer.dataflow() != null) {
                dataflows.put(layer.name(), layer.dataflow());
            }
            previous = layer.name();
        }
        try {
            return new MaestroModel(Workload.of(mapping.network(), ELEMENT_BITS, layers, ShapeCheck.NONE), dataflows);
        } catch (InvalidInputException e) {
            throw e.in(file.toString());
        }
    }
}
