package io.h2hdse.sweep;

import org.apache.commons.csv.CSVRecord;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One runs.csv row's cells by column, in the file's column order, held compactly so that a table of
 * hundreds of thousands of rows fits in a small heap: the column names and their index are shared by
 * the rows of a file, a cell that repeats across rows (model, system, grid values, solver, seed, budgets)
 * is one string for all of them, and a result cell whose text is the shortest form of its number (as
 * {@link RunsCsv} writes them) is kept as that number, giving back the same text. Unmodifiable.
 */
final class RunCells extends AbstractMap<String, String> {
    private final Columns columns;
    /** By column: a String, or a Double whose {@link Double#toString} is the cell's text. */
    private final Object[] values;

    private RunCells(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The columns of one file and the cells its rows share; makes the rows' cells. */
    static final class Columns {
        private final List<String> names;
        private final Map<String, Integer> index = new HashMap<>();
        private final boolean[] numeric;
        private final boolean[] unique;
        private final Map<String, String> shared = new HashMap<>();
        private final boolean numbersAsText;

        /**
         * {@code numbers}: the result columns, checked to be numbers; {@code unique}: the columns no two rows share;
         * {@code numbersAsText}: keep a result cell as its text (checked, not converted), for a table held briefly.
         */
        Columns(List<String> names, List<String> numbers, List<String> unique, boolean numbersAsText) {
            this.names = List.copyOf(names);
            this.numbersAsText = numbersAsText;
            this.numeric = new boolean[names.size()];
            this.unique = new boolean[names.size()];
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
                numeric[i] = numbers.contains(names.get(i));
                this.unique[i] = unique.contains(names.get(i));
            }
        }

        /**
         * A row of this file (consistent: one cell per column).
         *
         * @throws NumberFormatException if a result cell is not a number
         */
        RunCells cells(CSVRecord row) {
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                String text = row.get(i);
                if (numeric[i] && numbersAsText) {
                    values[i] = requireNumber(text);
                    continue;
                }
                Double number = numeric[i] ? Double.valueOf(text) : null;
                if (number != null && number.toString().equals(text)) {
                    values[i] = number;
                } else {
                    values[i] = unique[i] ? text : shared.computeIfAbsent(text, t -> t);
                }
            }
            return new RunCells(this, values);
        }
    }

    /**
     * The text, if {@link Double#parseDouble} takes it: at once for the forms {@link Double#toString} writes,
     * which is how {@link RunsCsv} writes them, else by parsing it.
     */
    static String requireNumber(String text) {
        if (!decimal(text)) {
            Double.parseDouble(text);
        }
        return text;
    }

    /** Whether the text is {@code -?D+(.D+)?(E-?D+)?}, D a digit. */
    private static boolean decimal(String text) {
        int at = text.startsWith("-") ? 1 : 0;
        int integer = digits(text, at);
        if (integer == at) {
            return false;
        }
        at = integer;
        if (at < text.length() && text.charAt(at) == '.') {
            int fraction = digits(text, at + 1);
            if (fraction == at + 1) {
                return false;
            }
            at = fraction;
        }
        if (at < text.length() && text.charAt(at) == 'E') {
            int sign = at + 1 < text.length() && text.charAt(at + 1) == '-' ? at + 2 : at + 1;
            int exponent = digits(text, sign);
            if (exponent == sign) {
                return false;
            }
            at = exponent;
        }
        return at == text.length();
    }

    /** Where the run of digits from {@code from} ends. */
    private static int digits(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    /** A result column's number. */
    double number(String column) {
        return values[columns.index.get(column)] instanceof Double number
                ? number
                : Double.parseDouble(text(columns.index.get(column)));
    }

    private String text(int column) {
        return values[column] instanceof Double number ? Double.toString(number) : (String) values[column];
    }

    @Override
    public String get(Object column) {
        Integer at = columns.index.get(column);
        return at == null ? null : text(at);
    }

    @Override
    public boolean containsKey(Object column) {
        return columns.index.containsKey(column);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        next++;
                        return new SimpleImmutableEntry<>(columns.names.get(next - 1), text(next - 1));
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
