package io.h2hdse.solver;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HypervolumeTest {
    @Test
    void handComputedStaircase() {
        // (1,3) and (2,1) up to (4,4): 3×1 + 2×2 = 7 (the rectangle of (1,3) plus the part below it of (2,1)).
        assertEquals(7.0, Hypervolume.of(new double[] {2, 1}, new double[] {1, 3}, 4, 4));
    }

    @Test
    void dominatedAndOutsidePointsAddNothing() {
        assertEquals(7.0, Hypervolume.of(new double[] {1, 2, 3, 5, 1}, new double[] {3, 1, 2, 0, 4}, 4, 4));
        assertEquals(0.0, Hypervolume.of(new double[] {}, new double[] {}, 4, 4));
    }

    /** Integer points on a 20×20 grid: the area is the number of unit cells some point dominates. */
    @Test
    void equalsBruteForceGridCount() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            int n = random.nextInt(12);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(23);
                y[i] = random.nextInt(23);
            }
            int cells = 0;
            for (int i = 0; i < 20; i++) {
                for (int j = 0; j < 20; j++) {
                    boolean covered = false;
                    for (int k = 0; k < n; k++) {
                        covered |= x[k] <= i && y[k] <= j;
                    }
                    cells += covered ? 1 : 0;
                }
            }
            assertEquals(cells, Hypervolume.of(x, y, 20, 20), "trial " + trial);
        }
    }
}
