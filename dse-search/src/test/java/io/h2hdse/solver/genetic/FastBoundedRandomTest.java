package io.h2hdse.solver.genetic;

import org.junit.jupiter.api.Test;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link FastBoundedRandom} draws, bound by bound, what the JDK's generator draws from the same seed. */
class FastBoundedRandomTest {
    private static final int[] BOUNDS = {
        1, 2, 3, 5, 6, 7, 44, 48, 80, 100, 1000, 4095, 4096, 4097, 65_537, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE
    };

    @Test
    void boundedDrawsAreTheJdks() {
        for (long seed = 1; seed <= 3; seed++) {
            RandomGenerator plain =
                    RandomGeneratorFactory.of("L64X256MixRandom").create(seed);
            RandomGenerator fast = new FastBoundedRandom(
                    RandomGeneratorFactory.of("L64X256MixRandom").create(seed));
            for (int round = 0; round < 20_000; round++) {
                int bound = BOUNDS[round % BOUNDS.length];
                assertEquals(plain.nextInt(bound), fast.nextInt(bound), "bound " + bound);
                int origin = -(round % 7);
                assertEquals(plain.nextInt(origin, bound), fast.nextInt(origin, bound), origin + ".." + bound);
                assertEquals(plain.nextInt(Integer.MIN_VALUE, bound), fast.nextInt(Integer.MIN_VALUE, bound));
                assertEquals(plain.nextInt(), fast.nextInt());
                assertEquals(plain.nextDouble(), fast.nextDouble());
                assertEquals(plain.nextBoolean(), fast.nextBoolean());
            }
        }
        RandomGenerator fast = new FastBoundedRandom(
                RandomGeneratorFactory.of("L64X256MixRandom").create(1));
        assertThrows(IllegalArgumentException.class, () -> fast.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> fast.nextInt(5, 5));
    }
}
