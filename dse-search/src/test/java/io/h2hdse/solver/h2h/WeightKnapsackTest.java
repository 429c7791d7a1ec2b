package io.h2hdse.solver.h2h;

import io.h2hdse.h2hcase.ReferenceCaseReader;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WeightKnapsackTest {
    /**
     * The release's walk goes from the last item back and takes an item only when it strictly raises
     * the best volume, so ties go to earlier items: sizes 3, 2, 1 into 3 take the 3 (items 3 and 2
     * add nothing over the items before them); sizes 1, 2, 3 into 3 take 1 and 2.
     */
    @Test
    void tiesGoToEarlierItems() {
        assertArrayEquals(new boolean[] {true, false, false}, WeightKnapsack.choose(new int[] {3, 2, 1}, 3));
        assertArrayEquals(new boolean[] {true, true, false}, WeightKnapsack.choose(new int[] {1, 2, 3}, 3));
    }

    /**
     * Sizes 7, 5, 4, 3 into 10: 7 + 3 fills it. The walk takes the 3 (10 with it, 9 without), then at 7
     * left neither 4 nor 5 beats what the 7 alone gives, so the 7 is taken. Empty items are never taken.
     */
    @Test
    void maximisesResidentVolume() {
        assertArrayEquals(new boolean[] {true, false, false, true}, WeightKnapsack.choose(new int[] {7, 5, 4, 3}, 10));
        assertArrayEquals(new boolean[] {true, false}, WeightKnapsack.choose(new int[] {2, 0}, 5));
    }

    /** Across word boundaries of the bitset: 70 + 60 = 130 fills 130 exactly; 100 alone would not. */
    @Test
    void largeVolumes() {
        assertArrayEquals(new boolean[] {false, true, true}, WeightKnapsack.choose(new int[] {100, 70, 60}, 130));
    }

    /** cnn_acc_1: 1 GB × 0.5 × 8e9 / 32 bit / 1000 = 125000 units; a_tiny_tight: 0.0002 GB × 0.5 → 25 units. */
    @Test
    void capacityInTheReleasesUnits() {
        var tiny = ReferenceCaseReader.read(ReleaseCaseFiles.DIRECTORY.resolve("a_tiny_2acc.json"));
        assertEquals(125000, WeightKnapsack.capacityUnits(tiny.system().accelerator(0), 32));
        var tight = ReferenceCaseReader.read(ReleaseCaseFiles.DIRECTORY.resolve("a_tiny_tight.json"));
        assertEquals(25, WeightKnapsack.capacityUnits(tight.system().accelerator(0), 32));
    }
}
