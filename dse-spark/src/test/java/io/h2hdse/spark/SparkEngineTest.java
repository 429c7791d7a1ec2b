package io.h2hdse.spark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SparkEngineTest {
    @Test
    void partitionsAreFourPerCoreAtLeastAndSixtyFourJobsAtMostButNeverMoreThanJobs() {
        assertEquals(8, SparkEngine.partitions(12, 2));
        assertEquals(3, SparkEngine.partitions(3, 8));
        assertEquals(1, SparkEngine.partitions(1, 1));
        // 100,000 / 64 = 1562.5: 1563 partitions of at most 64 jobs
        assertEquals(1563, SparkEngine.partitions(100_000, 2));
        assertEquals(400, SparkEngine.partitions(10_000, 100));
    }
}
