package io.h2hdse.cost.maestro;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected texts are C's printf("%g") of the same doubles (glibc; checked with Python's '%g', which follows C). */
class CppNumbersTest {
    @ParameterizedTest
    @CsvSource({
        // a tie in the exact binary value rounds to even, where Java's %g rounds it up (32.0313)
        "32.03125, 32.0312",
        "1234567, 1.23457e+06",
        "999999.5, 1e+06",
        "100000, 100000",
        "0.0001, 0.0001",
        "0.00001234, 1.234e-05",
        "2.5, 2.5",
        "1e-300, 1e-300",
        "1.5e100, 1.5e+100",
        "11.75999876273054, 11.76",
        "0.30000000000000004, 0.3",
        "-3.25, -3.25",
        "0, 0",
    })
    void printsAsCStreamsPrint(double value, String expected) {
        assertEquals(expected, CppNumbers.of(value));
    }

    @ParameterizedTest
    @CsvSource({"0, 0, -nan", "1, 0, inf", "-1, 0, -inf"})
    void divisionsByZeroPrintAsGlibcPrintsThem(double numerator, double denominator, String expected) {
        assertEquals(expected, CppNumbers.of(numerator / denominator));
    }
}
