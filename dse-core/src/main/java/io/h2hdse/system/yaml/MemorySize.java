package io.h2hdse.system.yaml;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlMap;

import java.util.List;

/**
 * A memory size given in exactly one unit: {@code <base>_gb} (1e9 bytes, the H2H release's unit),
 * {@code <base>_gib} (2^30 bytes) or {@code <base>_mib} (2^20 bytes).
 */
final class MemorySize {
    private record Unit(String suffix, double bytes) {}

    private static final List<Unit> UNITS =
            List.of(new Unit("_gb", 1e9), new Unit("_gib", 1L << 30), new Unit("_mib", 1L << 20));

    private MemorySize() {}

    static double bytes(YamlMap map, String base) {
        List<Unit> given =
                UNITS.stream().filter(u -> map.has(base + u.suffix())).toList();
        if (given.size() != 1) {
            String choices =
                    String.join(", ", UNITS.stream().map(u -> base + u.suffix()).toList());
            throw new InvalidInputException(
                    map.where(base + "_mib"),
                    given.isEmpty()
                            ? "required field is missing (give one of " + choices + ")"
                            : "give the size in one unit only (" + choices + ")");
        }
        Unit unit = given.get(0);
        return map.nonNegativeNumber(base + unit.suffix()) * unit.bytes();
    }
}
