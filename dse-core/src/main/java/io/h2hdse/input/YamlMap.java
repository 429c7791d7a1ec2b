package io.h2hdse.input;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML mapping with its path in the document ({@code accelerators[2].link}). Typed getters throw
 * {@link InvalidInputException} naming the field and why; {@link #rejectUnknown()} catches typos by
 * refusing every field nobody asked for.
 */
public final class YamlMap {
    /**
     * The largest physical quantity accepted, in a field's own unit (GiB, pJ, W, GB/s): far above any
     * real system, and small enough that sizes times costs stay finite (1e308 pJ per MAC made every
     * energy infinite).
     */
    public static final double LARGEST = 1e15;

    /** The smallest rate, clock or size accepted, for the same reason: costs are divided by them. */
    public static final double SMALLEST = 1e-9;

    private static final String LARGEST_TEXT = "1e15";

    private final JsonNode node;
    private final String path;
    private final Set<String> asked;

    private YamlMap(JsonNode node, String path, Set<String> asked) {
        this.node = node;
        this.path = path;
        this.asked = asked;
    }

    static YamlMap of(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected a mapping of fields, got " + describe(node));
        }
        return new YamlMap(node, path, new HashSet<>());
    }

    /** The same mapping reported under another path (e.g. by name once the name is known). */
    public YamlMap renamed(String newPath) {
        return new YamlMap(node, newPath, asked);
    }

    public String path() {
        return path;
    }

    /** The path of one of this mapping's fields, as errors name it. */
    public String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The mapping's field names, in file order. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    public boolean has(String field) {
        asked.add(field);
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public String string(String field) {
        JsonNode value = required(field);
        if (!value.isValueNode() || value.isNull()) {
            throw new InvalidInputException(where(field), "expected a text value, got " + describe(value));
        }
        return value.asText();
    }

    public String string(String field, String fallback) {
        return has(field) ? string(field) : fallback;
    }

    public int integer(String field) {
        return toInt(required(field), where(field));
    }

    public int integer(String field, int fallback) {
        return has(field) ? integer(field) : fallback;
    }

    public long longInteger(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InvalidInputException(where(field), "expected a whole number, got " + describe(value));
        }
        return value.longValue();
    }

    public double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw new InvalidInputException(where(field), "expected a number, got " + describe(value));
        }
        return value.doubleValue();
    }

    /** A number from {@link #SMALLEST} to {@link #LARGEST}: a rate, a clock or a size, which costs are divided by. */
    public double positiveNumber(String field) {
        double value = number(field);
        if (!(value >= SMALLEST && value <= LARGEST)) {
            throw new InvalidInputException(
                    where(field), "must be positive (from 1e-9 to " + LARGEST_TEXT + "), got " + value);
        }
        return value;
    }

    /** A number from zero to {@link #LARGEST} (an energy, a power, a memory size). */
    public double nonNegativeNumber(String field) {
        double value = number(field);
        if (!(value >= 0 && value <= LARGEST)) {
            throw new InvalidInputException(where(field), "must be from 0 to " + LARGEST_TEXT + ", got " + value);
        }
        return value;
    }

    public int positiveInteger(String field) {
        int value = integer(field);
        if (value <= 0) {
            throw new InvalidInputException(where(field), "must be positive, got " + value);
        }
        return value;
    }

    public long positiveLong(String field) {
        long value = longInteger(field);
        if (value <= 0) {
            throw new InvalidInputException(where(field), "must be positive, got " + value);
        }
        return value;
    }

    /** A whole number given either once ({@code 3}) or per dimension ({@code [3, 1]}). */
    public int[] pair(String field, int fallback) {
        if (!has(field)) {
            return new int[] {fallback, fallback};
        }
        JsonNode value = node.get(field);
        if (value.isArray()) {
            if (value.size() != 2) {
                throw new InvalidInputException(
                        where(field), "expected one number or two [height, width], got " + value.size());
            }
            return new int[] {toInt(value.get(0), where(field)), toInt(value.get(1), where(field))};
        }
        int both = toInt(value, where(field));
        return new int[] {both, both};
    }

    public int[] integers(String field) {
        JsonNode value = requiredList(field);
        int[] out = new int[value.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toInt(value.get(i), where(field) + "[" + i + "]");
        }
        return out;
    }

    public List<String> strings(String field) {
        JsonNode value = requiredList(field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isValueNode() || item.isNull()) {
                throw new InvalidInputException(
                        where(field) + "[" + i + "]", "expected a text value, got " + describe(item));
            }
            out.add(item.asText());
        }
        return out;
    }

    public List<String> strings(String field, List<String> fallback) {
        return has(field) ? strings(field) : fallback;
    }

    public YamlMap map(String field) {
        return of(required(field), where(field));
    }

    public Optional<YamlMap> optionalMap(String field) {
        return has(field) ? Optional.of(map(field)) : Optional.empty();
    }

    /** The list of mappings under {@code field}; element {@code i} reports as {@code field[i]}. */
    public List<YamlMap> maps(String field) {
        JsonNode value = requiredList(field);
        List<YamlMap> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(of(value.get(i), where(field) + "[" + i + "]"));
        }
        return out;
    }

    public List<YamlMap> maps(String field, List<YamlMap> fallback) {
        return has(field) ? maps(field) : fallback;
    }

    /** One of an enum's constants, spelt in lower case ({@code double_buffered}). */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = string(field);
        for (E constant : type.getEnumConstants()) {
            if (yamlName(constant).equals(text)) {
                return constant;
            }
        }
        List<String> allowed =
                Arrays.stream(type.getEnumConstants()).map(YamlMap::yamlName).toList();
        throw new InvalidInputException(
                where(field), "unknown value '" + text + "' (expected one of " + String.join(", ", allowed) + ")");
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, E fallback) {
        return has(field) ? choice(field, type) : fallback;
    }

    /** How YAML files spell an enum constant: its name in lower case. */
    public static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** Refuses any field that no getter asked for: a misspelt or unsupported field, with the nearest known one. */
    public void rejectUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!asked.contains(name)) {
                String nearest = asked.stream()
                        .filter(known -> near(name, known))
                        .min(java.util.Comparator.comparingInt((String known) -> distance(name, known))
                                .thenComparing(known -> known))
                        .orElse(null);
                throw unknown(name, nearest);
            }
        }
    }

    private JsonNode required(String field) {
        asked.add(field);
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            // A misspelling of the field explains its absence better than "missing" does.
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!asked.contains(name) && near(name, field)) {
                    throw unknown(name, field);
                }
            }
            throw new InvalidInputException(where(field), "required field is missing");
        }
        return value;
    }

    private InvalidInputException unknown(String name, String nearest) {
        return new InvalidInputException(
                where(name),
                "unknown field '" + name + "'" + (nearest == null ? "" : "; did you mean '" + nearest + "'?"));
    }

    /** Close enough to be a typo: at most 2 edits apart, fewer than a third of the longer name. */
    private static boolean near(String typed, String known) {
        int d = distance(typed, known);
        return d <= 2 && 3 * d < Math.max(typed.length(), known.length());
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private JsonNode requiredList(String field) {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw new InvalidInputException(where(field), "expected a list, got " + describe(value));
        }
        return value;
    }

    private static int toInt(JsonNode value, String where) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidInputException(where, "expected a whole number, got " + describe(value));
        }
        return value.intValue();
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "'" + value.asText() + "'";
    }
}
