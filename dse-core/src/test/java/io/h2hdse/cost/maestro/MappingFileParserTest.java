package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingFileParserTest {
    private static final String NETWORK = """
            Constant TILE 8;
            Network net {
              Layer conv1 { // a comment
                Type: CONV
                Stride { X: 2, Y: 2 }
                Dimensions { K: 16, C: 3, R: 3, S: 3, Y: 33, X: 33 }
                Dataflow {
                  SpatialMap(1,1) K;
                  TemporalMap(TILE,TILE) C;
                  TemporalMap(Sz(R),1) Y;
                  TemporalMap(Sz(S),1) X;
                  TemporalMap(Sz(R),Sz(R)) R;
                  TemporalMap(Sz(S),Sz(S)) S;
                }
              }
              Layer dw2 {
                Type: DSCONV
                Dimensions { K: 1, C: 16, R: 3, S: 3, Y': 14, X': 14 }
              }
              Layer fc3 {
                Type: CONV
                Dimensions { K: 10, C: 3136, R: 1, S: 1, Y: 1, X: 1 }
                Dataflow { SpatialMap(1,1) K; }
              }
            }
            """;

    @Test
    void readsLayersConstantsAndInheritedDataflows() {
        MappingFile file = MappingFileParser.parse("net.m", NETWORK);
        assertEquals("net", file.network());
        MaestroLayer conv = file.layers().get(0);
        assertEquals(LayerType.CONV, conv.type());
        assertEquals(2, conv.dims().stride(Dim.Y));
        assertEquals(31, conv.dims().size(Dim.Y_OUT));
        assertEquals("TemporalMap(8,8) C", conv.dataflow().directives().get(1).toString());
        assertEquals(
                "TemporalMap(Sz(R),1) Y", conv.dataflow().directives().get(2).toString());
        MaestroLayer dw = file.layers().get(1);
        assertEquals(LayerType.DSCONV, dw.type());
        assertEquals(16, dw.dims().size(Dim.Y), "Y = Y' + R - 1");
        assertSame(conv.dataflow(), dw.dataflow(), "a layer without Dataflow reuses the previous one");
    }

    @Test
    void modelReaderBuildsAChain(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("net.m"), NETWORK);
        MaestroModel model = MaestroModelReader.read(file);
        List<Layer> layers = model.workload().layers();
        assertEquals(
                List.of("conv1", "dw2", "fc3"), layers.stream().map(Layer::name).toList());
        assertEquals(List.of("conv1"), layers.get(1).inputs());
        Conv dw = assertInstanceOf(Conv.class, layers.get(1).op());
        assertTrue(dw.isDepthwise(layers.get(1).input()));
        assertInstanceOf(FullyConnected.class, layers.get(2).op());
        assertEquals(3, model.dataflows().size());
    }

    @Test
    void unsupportedTypeNamesFileLineAndLayer() {
        String text =
                "Network n {\n Layer fc {\n  Type: FC\n  Dimensions { K: 1, C: 1, R: 1, S: 1, Y: 1, X: 1 }\n }\n}\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MappingFileParser.parse("n.m", text));
        assertTrue(e.getMessage().startsWith("n.m:3: layer fc: type FC is not supported"), e.getMessage());
    }

    @Test
    void malformedDirectiveNamesFileAndLine() {
        String text = "Network n {\n Layer c {\n  Type: CONV\n  Dimensions { K: 1, C: 1, R: 1, S: 1, Y: 1, X: 1 }\n"
                + "  Dataflow {\n   SpatialMap(1,1) Q;\n  }\n }\n}\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MappingFileParser.parse("n.m", text));
        assertEquals("n.m:6: layer c: unknown dimension 'Q'", e.getMessage());
    }

    @Test
    void missingFileIsOneLine() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> MappingFileParser.parse(Path.of("/nonexistent/x.m")));
        assertEquals("/nonexistent/x.m: file not found", e.getMessage());
    }

    @Test
    void depthwiseKDirectiveRunsOnceOverKOneAndIsRejectedOtherwise() {
        // MAESTRO's depthwise layers declare K: 1 and some map it: a loop of one iteration changes nothing.
        String layer = """
                Network n { Layer dw { Type: DSCONV
                  Dimensions { K: %d, C: 16, R: 3, S: 3, Y: 16, X: 16 }
                  Dataflow { SpatialMap(1,1) C; %s } } }
                """;
        Hardware hardware = new Hardware(64, HardwareFile.UNLIMITED, HardwareFile.UNLIMITED, 8, 8, 1, 1);
        MaestroLayer withK = MappingFileParser.parse("dw.m", layer.formatted(1, "TemporalMap(1,1) K;"))
                .layers()
                .getFirst();
        MaestroLayer withoutK =
                MappingFileParser.parse("dw.m", layer.formatted(1, "")).layers().getFirst();
        assertEquals(
                CompiledMapping.compile(withoutK, withoutK.dataflow(), 64).analyze(hardware),
                CompiledMapping.compile(withK, withK.dataflow(), 64).analyze(hardware));
        MaestroLayer twoK = MappingFileParser.parse("dw.m", layer.formatted(2, "TemporalMap(1,1) K;"))
                .layers()
                .getFirst();
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> CompiledMapping.compile(twoK, twoK.dataflow(), 64));
        assertEquals("layer dw: directive on K: dimension K not found in a DSCONV layer", e.getMessage());
    }

    @Test
    void aDimensionMappedTwiceInALevelRunsWhereItHasOneElement() {
        // The shipped *_rs.m files map S spatially and temporally below the cluster: MAESTRO runs their 1x1 layers
        // only.
        String layer = """
                Network n { Layer c { Type: CONV
                  Dimensions { K: 4, C: 4, R: %1$d, S: %1$d, Y: 8, X: 8 }
                  Dataflow { TemporalMap(2,2) K; SpatialMap(Sz(R),1) Y; TemporalMap(Sz(S),1) X; Cluster(2,P);
                    SpatialMap(1,1) X; SpatialMap(1,1) S; TemporalMap(Sz(S),Sz(S)) S; } } }
                """;
        MaestroLayer oneByOne =
                MappingFileParser.parse("rs.m", layer.formatted(1)).layers().getFirst();
        MaestroResult result = CompiledMapping.compile(oneByOne, oneByOne.dataflow(), 16)
                .analyze(new Hardware(16, HardwareFile.UNLIMITED, HardwareFile.UNLIMITED, 8, 8, 1, 1));
        assertEquals(4 * 4 * 8 * 8, result.macs());
        MaestroLayer threeByThree =
                MappingFileParser.parse("rs.m", layer.formatted(3)).layers().getFirst();
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> CompiledMapping.compile(threeByThree, threeByThree.dataflow(), 16));
        assertEquals(
                "layer c: cluster level 1 maps S twice (SpatialMap(1,1) S and TemporalMap(3,3) S) over 3 elements; "
                        + "MAESTRO divides by zero there",
                e.getMessage());
    }

    @Test
    void partialTemporalMapOnAFilterDimensionIsRejected() {
        MaestroLayer conv = MappingFileParser.parse("c.m", """
                Network n { Layer c { Type: CONV
                  Dimensions { K: 4, C: 4, R: 3, S: 3, Y: 8, X: 8 }
                  Dataflow { SpatialMap(1,1) K; TemporalMap(3,1) R; } } }
                """).layers().getFirst();
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> CompiledMapping.compile(conv, conv.dataflow(), 64));
        assertTrue(e.getMessage().startsWith("layer c: invalid mapping TemporalMap(3,1) R"), e.getMessage());
    }

    @Test
    void hardwareFileDefaultsAndErrors() {
        Hardware hw =
                HardwareFile.parse("hw.m", "num_pes: 64\nnoc_bw_cstr: 16\n").toHardware();
        assertEquals(64, hw.numPes());
        assertEquals(16, hw.nocBandwidth());
        assertEquals(HardwareFile.UNLIMITED, hw.offchipBandwidth());
        assertEquals(1, hw.nocLatency());
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> HardwareFile.parse("hw.m", "num_pes: 64\nl1_size_cstr: big\n"));
        assertEquals("hw.m:2: l1_size_cstr: expected a whole number, got 'big'", e.getMessage());
        assertNull(HardwareFile.parse("hw.m", "").values().get(HardwareFile.NUM_PES));
    }

    @Test
    void namesAreReadAsWrittenAndMayBeLeftOut() {
        MappingFile file = MappingFileParser.parse("n.m", """
                Network googlenet-v1 { Layer inception_3a-3x3_reduce {
                  Type: CONV
                  Dimensions { K: 2, C: 2, R: 1, S: 1, Y: 2, X: 2 }
                  Dataflow { SpatialMap(1,1) K; } }
                Layer { Type: CONV
                  Dimensions { K: 2, C: 2, R: 1, S: 1, Y: 2, X: 2 } } }
                """);
        assertEquals("googlenet-v1", file.network());
        assertEquals(
                List.of("inception_3a-3x3_reduce", "Layer"),
                file.layers().stream().map(MaestroLayer::name).toList());
        assertEquals("Network", MappingFileParser.parse("n.m", """
                Network { Layer a { Type: CONV
                  Dimensions { K: 2, C: 2, R: 1, S: 1, Y: 2, X: 2 } Dataflow { SpatialMap(1,1) K; } } }
                """).network());
    }

    @Test
    void commandLineHardwareTakesMaestroDefaults() {
        Hardware defaults = HardwareFile.commandLine(Map.of());
        assertEquals(
                new Hardware(7, HardwareFile.UNLIMITED, HardwareFile.UNLIMITED, HardwareFile.UNLIMITED, 70000, 0, 1),
                defaults);
        Hardware given = HardwareFile.commandLine(Map.of(
                HardwareFile.NUM_PES, 168L, HardwareFile.OPT_NOC_HOPS, 3L, HardwareFile.OPT_NOC_HOP_LATENCY, 2L));
        assertEquals(168, given.numPes());
        assertEquals(6, given.nocLatency());
    }
}
