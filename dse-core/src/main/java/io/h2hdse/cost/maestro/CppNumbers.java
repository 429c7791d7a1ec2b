package io.h2hdse.cost.maestro;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as MAESTRO's C++ streams print them, so that its report and CSV can be compared text to text. */
public final class CppNumbers {
    private static final int DIGITS = 6;
    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private CppNumbers() {}

    /**
     * {@code %g}: six significant digits, rounded as glibc rounds (the exact binary value, ties to even:
     * 32.03125 prints as 32.0312), without trailing zeros, in exponent form below 1e-4 and from 1e6 on.
     * 0/0 prints as glibc prints the NaN x86 makes of it, {@code -nan}; a division by zero as {@code inf}.
     */
    public static String of(double value) {
        if (Double.isNaN(value)) {
            return "-nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(SIGNIFICANT);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= DIGITS) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            return mantissa.toPlainString()
                    + (exponent < 0 ? "e-" : "e+")
                    + (Math.abs(exponent) < 10 ? "0" : "")
                    + Math.abs(exponent);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
