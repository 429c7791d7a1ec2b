package io.h2hdse.solver;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParetoArchiveTest {
    @Test
    void keepsTheNonDominatedByLatency() {
        ParetoArchive archive = new ParetoArchive();
        assertTrue(archive.offer(3, 1, new int[] {0}));
        assertTrue(archive.offer(1, 3, new int[] {1}));
        assertFalse(archive.offer(2, 3, new int[] {2}), "dominated by (1, 3)");
        assertTrue(archive.offer(2, 2, new int[] {3}));
        assertTrue(archive.offer(1, 2.5, new int[] {4}), "same latency, less energy: replaces (1, 3)");
        assertFalse(archive.offer(1, 2.5, new int[] {5}), "an equal point does not replace the first");
        assertFalse(archive.offer(Double.POSITIVE_INFINITY, 0, new int[] {6}), "disallowed mappings never enter");
        List<ParetoPoint> points = archive.points();
        assertEquals(3, points.size());
        assertArrayEquals(new int[] {4}, points.get(0).mapping());
        assertArrayEquals(new int[] {3}, points.get(1).mapping());
        assertArrayEquals(new int[] {0}, points.get(2).mapping());
        assertEquals(1, archive.fastest().latency());
        assertEquals(1, archive.leanest().energy());
    }

    @Test
    void equalsSortAndSweepOnRandomPoints() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            ParetoArchive archive = new ParetoArchive();
            List<ParetoPoint> all = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ParetoPoint p = new ParetoPoint(random.nextInt(15), random.nextInt(15), new int[] {i});
                all.add(p);
                archive.offer(p.latency(), p.energy(), p.mapping());
            }
            List<double[]> expected = SolverFixtures.nonDominated(all);
            List<ParetoPoint> actual = archive.points();
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i)[0], actual.get(i).latency());
                assertEquals(expected.get(i)[1], actual.get(i).energy());
                ParetoPoint kept = actual.get(i);
                ParetoPoint firstOffered = all.stream()
                        .filter(p -> p.latency() == kept.latency() && p.energy() == kept.energy())
                        .findFirst()
                        .orElseThrow();
                assertEquals(firstOffered, kept);
            }
        }
    }
}
