package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {
    @TempDir
    Path dir;

    @Test
    void aJobsShardIsItsIdAsAnUnsignedNumberModuloTheCount() {
        assertTrue(new Shard(3, 4).contains("0000000000000007"));
        assertTrue(new Shard(2, 4).contains("000000000000000a"));
        // 2^64 - 1: as a signed long it is -1, whose remainder would be -1 or 3 depending on the sign rule
        assertTrue(new Shard(3, 4).contains("ffffffffffffffff"));
        // 2^64 ≡ 1 (mod 3), so 2^64 - 1 ≡ 0
        assertTrue(new Shard(0, 3).contains("ffffffffffffffff"));
        assertTrue(Shard.ALL.contains("ffffffffffffffff"));
    }

    @Test
    void shardsSplitTheJobsIntoDisjointPartsInSpecOrder() throws IOException {
        List<JobKey> jobs = SweepFixtures.spec(dir).jobs();
        List<JobKey> union = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            List<JobKey> shard = new Shard(k, 4).of(jobs);
            assertEquals(jobs.stream().filter(shard::contains).toList(), shard, "spec order kept");
            shard.forEach(j -> assertFalse(union.contains(j), "job in two shards: " + j.canonical()));
            union.addAll(shard);
        }
        assertEquals(jobs.size(), union.size());
        assertEquals(jobs, Shard.ALL.of(jobs));
    }

    @Test
    void badShardTextIsAnInputErrorNamingTheOption() {
        assertEquals(new Shard(1, 4), Shard.parse("1/4", "--shard"));
        for (String bad : List.of("4/4", "-1/4", "1", "a/4", "1/0", "1/4/2")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Shard.parse(bad, "--shard"), bad);
            assertEquals("--shard", e.where(), e.getMessage());
        }
    }
}
