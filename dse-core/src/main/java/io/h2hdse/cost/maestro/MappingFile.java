package io.h2hdse.cost.maestro;

import java.util.List;

/** A parsed MAESTRO {@code .m} network file: layers with their dimensions and dataflows. */
public record MappingFile(String network, List<MaestroLayer> layers) {
    public MappingFile {
        layers = List.copyOf(layers);
    }
}
