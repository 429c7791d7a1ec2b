package io.h2hdse.cost.maestro;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A layer small enough to follow the model by hand. */
class MaestroHandComputedTest {
    @Test
    void fourColumnsOnFourPes() {
        // K=C=R=S=Y=1, X=4; X spread over 4 PEs, everything else unrolled; one all-Init case.
        MaestroLayer layer = MappingFileParser.parse("tiny.m", """
                Network tiny { Layer row { Type: CONV
                  Dimensions { K: 1, C: 1, R: 1, S: 1, Y: 1, X: 4 }
                  Dataflow { SpatialMap(1,1) X; } } }
                """).layers().getFirst();
        Hardware hardware = new Hardware(4, 100, 100, 1, HardwareFile.UNLIMITED, 1, 1);
        MaestroResult result =
                CompiledMapping.compile(layer, layer.dataflow(), 4).analyze(hardware);
        // Ingress: input 1 + 3 x 1 new column, filter multicast once = 5 elements -> 1 + 5 - 1 = 5 cycles;
        // one MAC per PE; the all-Init case pays ingress + compute = 6.
        assertEquals(6, result.runtimeCycles());
        assertEquals(4, result.macs());
        assertEquals(new TensorStats(4, 4, 4, 4, 8, 2), result.input());
        assertEquals(new TensorStats(1, 1, 4, 1, 2, 2), result.filter());
        assertEquals(new TensorStats(4, 4, 4, 4, 8, 2), result.output());
        // 18 L2 accesses, 21 L1 accesses, 4 MACs.
        assertEquals(18 * 18.61 + 21 * 1.68 + 4, result.energy().total(), 1e-9);
        assertEquals(18, result.l2SizeReq());
        assertEquals(6, result.l1SizeReq());
    }

    @Test
    void nocDelayIsLatencyPlusPipelinedSends() {
        Hardware fromFile = new Hardware(1, 1, 1, 64, 1, 1, 1);
        assertEquals(2, fromFile.nocDelay(128));
        assertEquals(3, fromFile.nocDelay(129));
        Hardware commandLineDefault = new Hardware(1, 1, 1, 64, 1, 0, 1);
        assertEquals(1, commandLineDefault.nocDelay(128));
    }

    @Test
    void aLayerWithoutWorkReportsMaestrosBufferFigures() {
        // A 7x7 "FC" under a ShiDianNao-like dataflow whose X tile (8) exceeds X (7): no case has work. The MAESTRO
        // binary (4eb08d1) prints 0 MACs, 0 cycles, L1 needs 448/392/112 (its top-level tiles, input and filter added
        // once per case it tried) and a -nan average bandwidth for this layer on 256 PEs.
        MaestroLayer layer = MappingFileParser.parse("fc.m", """
                Network n { Layer fc { Type: CONV
                  Dimensions { K: 1000, C: 2048, R: 7, S: 7, Y: 7, X: 7 }
                  Dataflow { TemporalMap(1,1) K; TemporalMap(1,1) C; SpatialMap(Sz(R),1) Y; TemporalMap(8,1) X;
                    Cluster(8,P); SpatialMap(Sz(S),1) X; TemporalMap(Sz(R),Sz(R)) R; TemporalMap(Sz(R),Sz(R)) S; } } }
                """).layers().getFirst();
        Hardware hardware = new Hardware(256, 100, 3000, 1000, 50, 1, 1);
        MaestroResult result =
                CompiledMapping.compile(layer, layer.dataflow(), 256).analyze(hardware);
        assertEquals(0, result.macs());
        assertEquals(0, result.runtimeCycles());
        assertEquals(448, result.input().l1SizeReq());
        assertEquals(392, result.filter().l1SizeReq());
        assertEquals(112, result.output().l1SizeReq());
        assertTrue(Double.isNaN(result.avgNocBandwidth()));
    }
}
