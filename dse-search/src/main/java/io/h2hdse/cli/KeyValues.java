package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A repeatable {@code KEY=VALUE} option ({@code --set}); a key given twice is refused, not silently overwritten. */
final class KeyValues {
    private KeyValues() {}

    static Map<String, String> parse(List<String> items, String option) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(option, "expected PARAM=VALUE, got '" + item + "'");
            }
            String key = item.substring(0, eq);
            String previous = values.putIfAbsent(key, item.substring(eq + 1));
            if (previous != null) {
                throw new InvalidInputException(
                        option, "'" + key + "' is given twice (" + key + "=" + previous + " and " + item + ")");
            }
        }
        return values;
    }
}
