package io.h2hdse.cost.maestro;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A preset applied to a reference layer gives exactly what that layer's reference mapping file gives. */
class MaestroPresetsTest {
    static Stream<Path> mappingFiles() throws IOException {
        return Files.list(MaestroReferenceTest.resources().resolve("mappings")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappingFiles")
    void presetMatchesReferenceMappingFile(Path mappingFile) {
        String stem = mappingFile.getFileName().toString().replace(".m", "");
        String presetName = stem.substring(stem.indexOf("__") + 2);
        MaestroLayer layer = MappingFileParser.parse(mappingFile).layers().getFirst();
        Dataflow preset = MaestroPresets.find(presetName).orElseThrow();
        for (String hw : new String[] {"hw_pe256.m", "hw_pe1024.m"}) {
            Hardware hardware = HardwareFile.parse(
                            MaestroReferenceTest.resources().resolve("hw").resolve(hw))
                    .toHardware();
            MaestroResult fromFile = CompiledMapping.compile(layer, layer.dataflow(), hardware.numPes())
                    .analyze(hardware);
            MaestroResult fromPreset =
                    CompiledMapping.compile(layer, preset, hardware.numPes()).analyze(hardware);
            assertEquals(fromFile, fromPreset, stem + " on " + hw);
        }
    }

    @Test
    void depthwiseLayersGetTheDepthwiseTwin() {
        assertEquals(
                "kcp_ws_dw",
                MaestroPresets.find("kcp_ws", LayerType.DSCONV).orElseThrow().name());
        assertEquals(
                "kcp_ws",
                MaestroPresets.find("kcp_ws", LayerType.CONV).orElseThrow().name());
        assertEquals(
                "dpt",
                MaestroPresets.find("dpt", LayerType.DSCONV).orElseThrow().name());
        assertTrue(MaestroPresets.find("no_such_dataflow").isEmpty());
    }
}
