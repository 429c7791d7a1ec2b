package io.h2hdse.solver.genetic;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UniformDigitsTest {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * The digits are those of ⌊x · bound^k / 2^64⌋ in base bound, computed here with big integers from the same
     * 64-bit draws, and a draw is skipped exactly when (x · bound^k mod 2^64) is below 2^64 mod bound^k (base 3
     * rejects about a third of its draws: 3^40 is 0.66 · 2^64).
     */
    @Test
    void digitsAreTheBaseBoundDigitsOfTheScaledDrawAndRejectionsAreLemires() {
        for (int bound : new int[] {1, 2, 3, 6, 7, 80, 1000, 65_537, Integer.MAX_VALUE}) {
            UniformDigits digits = new UniformDigits(bound);
            int k = digits.perDraw();
            BigInteger product = BigInteger.valueOf(bound).pow(k);
            assertTrue(product.compareTo(TWO_TO_64) < 0, "bound " + bound);
            assertTrue(bound == 1 || product.multiply(BigInteger.valueOf(bound)).compareTo(TWO_TO_64) >= 0);
            RandomGenerator drawn = generator(bound);
            RandomGenerator words = generator(bound);
            BigInteger reject = TWO_TO_64.mod(product);
            int rejected = 0;
            for (int draw = 0; draw < 300; draw++) {
                BigInteger x = new BigInteger(Long.toUnsignedString(words.nextLong()));
                BigInteger[] scaled = x.multiply(product).divideAndRemainder(TWO_TO_64);
                if (scaled[1].compareTo(reject) < 0) {
                    rejected++;
                    continue;
                }
                BigInteger value = scaled[0];
                int[] expected = new int[k];
                for (int i = k - 1; i >= 0; i--) {
                    BigInteger[] qr = value.divideAndRemainder(BigInteger.valueOf(bound));
                    expected[i] = qr[1].intValueExact();
                    value = qr[0];
                }
                for (int i = 0; i < k; i++) {
                    assertEquals(expected[i], digits.next(drawn), "bound " + bound + " draw " + draw + " digit " + i);
                }
            }
            if (bound == 3) {
                assertTrue(rejected > 60, "base 3 rejected " + rejected + " of 300");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new UniformDigits(0));
    }

    @Test
    void valuesAreUniform() {
        for (int bound : new int[] {3, 6, 80}) {
            UniformDigits digits = new UniformDigits(bound);
            RandomGenerator random = generator(bound);
            int draws = 400_000;
            long[] counts = new long[bound];
            for (int i = 0; i < draws; i++) {
                counts[digits.next(random)]++;
            }
            for (int v = 0; v < bound; v++) {
                Frequencies.assertNear(counts[v], draws, 1.0 / bound, "value " + v + " of " + bound);
            }
        }
    }

    private static RandomGenerator generator(long seed) {
        return RandomGeneratorFactory.of("L64X256MixRandom").create(seed);
    }
}
