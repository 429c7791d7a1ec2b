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
        Problem problem = Problem.compile(
                EvalFixtures.randomDag(random, 6),
                EvalFixtures.tightSystem(random, 2, ExecutionOptions.defaults()),
                EvalFixtures.SYNTHETIC);
        return new BaseSchedule(problem, new int[6], new boolean[6], CriticalPaths.JUMP_PAIRS_PER_ELEMENT);
    }

    @Test
    void aFlipSetKeepsItsSlotCountsAndSchedule() {
        FlipCache cache = new FlipCache(4);
        int[] flips = {3, 7, 99};
        int slot = cache.lookUp(flips, 2);
        assertNull(cache.schedule(slot));
        assertEquals(0, cache.rescheduled(slot));
        cache.addRescheduled(slot, 5);
        assertEquals(slot, cache.lookUp(new int[] {3, 7}, 2));
        cache.addRescheduled(slot, 6);
        assertEquals(11, cache.rescheduled(slot));
        BaseSchedule schedule = someSchedule();
        cache.keep(slot, schedule);
        assertSame(schedule, cache.schedule(cache.lookUp(flips, 2)));
        int longer = cache.lookUp(flips, 3);
        assertTrue(longer != slot, "a longer flip set is another set");
        assertEquals(0, cache.rescheduled(longer));
    }

    @Test
    void theLeastRecentlyUsedSetLeavesWhenFull() {
        FlipCache cache = new FlipCache(2);
        int one = cache.lookUp(new int[] {1}, 1);
        cache.addRescheduled(one, 1);
        int two = cache.lookUp(new int[] {2}, 1);
        cache.addRescheduled(two, 2);
        cache.lookUp(new int[] {1}, 1);
        cache.lookUp(new int[] {3}, 1);
        assertEquals(1, cache.rescheduled(cache.lookUp(new int[] {1}, 1)));
        assertEquals(0, cache.rescheduled(cache.lookUp(new int[] {2}, 1)), "2 left and came back afresh");
        cache.clear();
        assertEquals(0, cache.rescheduled(cache.lookUp(new int[] {1}, 1)));
    }
}
