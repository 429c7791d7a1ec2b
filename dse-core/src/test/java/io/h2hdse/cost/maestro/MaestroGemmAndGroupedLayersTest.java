package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MAESTRO's GEMM and NGCONV layer types: tensors as its ConfigConvTensors declares them, through the same analysis. */
class MaestroGemmAndGroupedLayersTest {
    private static final Hardware HARDWARE =
            new Hardware(8, HardwareFile.UNLIMITED, HardwareFile.UNLIMITED, 4, 16, 1, 1);

    private static MaestroResult run(String layerText) {
        MaestroLayer layer = MappingFileParser.parse("t.m", "Network t {\n" + layerText + "\n}\n")
                .layers()
                .getFirst();
        return CompiledMapping.compile(layer, layer.dataflow(), HARDWARE.numPes())
                .analyze(HARDWARE);
    }

    @Test
    void gemmIsTheOneByOneConvolutionItWrites() {
        // (M x K) x (K x N) = a 1x1 CONV with C = K, K = N and the M rows as Y (X = 1), each loop mapped alike.
        MaestroResult gemm = run("""
                Layer g { Type: GEMM
                  Dimensions { K: 12, M: 10, N: 6 }
                  Dataflow { TemporalMap(2,2) N; SpatialMap(1,1) M; TemporalMap(4,4) K; } }
                """);
        MaestroResult conv = run("""
                Layer g { Type: CONV
                  Dimensions { K: 6, C: 12, R: 1, S: 1, Y: 10, X: 1 }
                  Dataflow { TemporalMap(2,2) K; SpatialMap(1,1) Y; TemporalMap(4,4) C; } }
                """);
        assertEquals(10 * 12 * 6, gemm.macs());
        assertEquals(conv.macs(), gemm.macs());
        assertEquals(conv.runtimeCycles(), gemm.runtimeCycles());
        assertEquals(conv.input(), gemm.input());
        assertEquals(conv.filter(), gemm.filter());
        assertEquals(conv.output(), gemm.output());
        // Whole tensors are written to L2 once: M*K inputs, K*N weights; M*N outputs read back.
        assertEquals(120, gemm.input().l2Write());
        assertEquals(72, gemm.filter().l2Write());
        assertEquals(60, gemm.output().l2Read());
    }

    @Test
    void groupedConvolutionReducesOnlyTheFilterWindow() {
        // MAESTRO's NGCONV indexes its output by G, K, C, Y', X': MACs = G*K*C*Y'*X'*R*S.
        MaestroResult grouped = run("""
                Layer ng { Type: NGCONV
                  Dimensions { G: 2, K: 2, C: 4, R: 3, S: 3, Y: 6, X: 6 }
                  Dataflow { TemporalMap(1,1) G; SpatialMap(1,1) K; TemporalMap(2,2) C;
                    TemporalMap(Sz(R),Sz(R)) R; TemporalMap(Sz(S),Sz(S)) S; TemporalMap(Sz(R),1) Y; TemporalMap(Sz(S),1) X; } }
                """);
        assertEquals(2 * 2 * 4 * 4 * 4 * 3 * 3, grouped.macs());
        assertEquals(2 * 4 * 6 * 6, grouped.input().l2Write());
        assertEquals(2 * 2 * 4 * 3 * 3, grouped.filter().l2Write());
        assertEquals(2 * 2 * 4 * 4 * 4, grouped.output().l2Read());
        assertTrue(grouped.runtimeCycles() > 0);
    }

    @Test
    void dimensionsMustFitTheType() {
        InvalidInputException gemm =
                assertThrows(InvalidInputException.class, () -> MappingFileParser.parse("t.m", """
                Network t { Layer g { Type: GEMM Dimensions { K: 2, M: 2, N: 2, R: 1 } } }
                """));
        assertTrue(
                gemm.getMessage().endsWith("layer g: dimension R is not one of a GEMM's M, N, K"), gemm.getMessage());
        InvalidInputException groups =
                assertThrows(InvalidInputException.class, () -> MappingFileParser.parse("t.m", """
                Network t { Layer c { Type: CONV Dimensions { G: 4, K: 2, C: 2, R: 1, S: 1, Y: 2, X: 2 } } }
                """));
        assertTrue(
                groups.getMessage().endsWith("layer c: groups G=4 need Type NGCONV (or a depthwise layer as DSCONV)"),
                groups.getMessage());
    }
}
