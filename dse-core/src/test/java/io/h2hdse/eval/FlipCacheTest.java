package io.h2hdse.eval;

import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlipCacheTest {
    private static BaseSchedule someSchedule() {
        Random random = new Random(1);
        Problem problem = Problem.compile(EvalFixtures.randomDag(random, 6),
                EvalFixtures.tightSystem(random, 2, ExecutionOptions.defaults()), EvalFixtures.SYNTHETIC);
        return new BaseSchedule(problem, new int[6], new boolean[6], CriticalPaths.JUMP_PAIRS_PER_ELEMENT);
    }

    @Test
    void aFlipSetGetsASlotWhenItComesBackAndKeepsItsSchedule() {
        FlipCache cache = new FlipCache(4);
        int[] flips = {3, 7, 99};
        assertEquals(-1, cache.lookUp(flips, 2));
        int slot = cache.lookUp(new int[]{3, 7}, 2);
        assertTrue(slot >= 0);
        assertNull(cache.schedule(slot));
        BaseSchedule schedule = someSchedule();
        cache.keep(slot, schedule);
        assertSame(schedule, cache.schedule(cache.lookUp(flips, 2)));
        assertEquals(-1, cache.lookUp(flips, 3), "a longer flip set is another set");
    }

    @Test
    void theLeastRecentlyUsedSetLeavesWhenFull() {
        FlipCache cache = new FlipCache(2);
        cache.lookUp(new int[]{1}, 1);
        cache.lookUp(new int[]{2}, 1);
        cache.lookUp(new int[]{1}, 1);
        cache.lookUp(new int[]{3}, 1);
        assertTrue(cache.lookUp(new int[]{1}, 1) >= 0);
        assertEquals(-1, cache.lookUp(new int[]{2}, 1));
        cache.clear();
        assertEquals(-1, cache.lookUp(new int[]{1}, 1));
    }
}
