package io.h2hdse.solver;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FastestMappingsTest {
    @Test
    void keepsTheFastestDistinctLatenciesFastestFirst() {
        FastestMappings kept = new FastestMappings(3, 2);
        int[] rows = {0, 0, 0, 1, 1, 0, 1, 1, 2, 2};
        double[] latencies = {5, 3, 3, 4, 1};
        for (int i = 0; i < latencies.length; i++) {
            kept.offer(latencies[i], rows, 2 * i);
        }
        kept.offer(Double.POSITIVE_INFINITY, rows, 0);
        kept.offer(Double.NaN, rows, 0);
        List<int[]> mappings = kept.mappings();
        assertEquals(3, mappings.size());
        assertArrayEquals(new int[] {2, 2}, mappings.get(0)); // 1
        assertArrayEquals(new int[] {0, 1}, mappings.get(1)); // 3, the first offered of the two
        assertArrayEquals(new int[] {1, 1}, mappings.get(2)); // 4; 5 dropped
    }

    @Test
    void largerModelsKeepFewerCandidatesDownToOne() {
        // 192 candidate-layers in all: 16 candidates up to 12 layers, then 192 / layers, at least one.
        assertEquals(16, SearchRecorder.polishCandidates(6));
        assertEquals(16, SearchRecorder.polishCandidates(12));
        assertEquals(14, SearchRecorder.polishCandidates(13));
        assertEquals(4, SearchRecorder.polishCandidates(44)); // vgg3
        assertEquals(2, SearchRecorder.polishCandidates(76)); // casia-surf
        assertEquals(1, SearchRecorder.polishCandidates(174)); // vlocnet
        assertEquals(1, SearchRecorder.polishCandidates(20_000));
    }

    @Test
    void keepsCopiesNotTheCallersRows() {
        FastestMappings kept = new FastestMappings(2, 2);
        int[] rows = {1, 0};
        kept.offer(2, rows, 0);
        rows[0] = 0;
        kept.mappings().getFirst()[1] = 7;
        assertArrayEquals(new int[] {1, 0}, kept.mappings().getFirst());
    }
}
