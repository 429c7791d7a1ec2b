package io.h2hdse.report;

import io.h2hdse.input.InvalidInputException;

import java.util.List;
import java.util.Map;

/**
 * Which points {@code dse plot} draws: every point, or those whose cells equal the given values
 * (a column left out matches any value).
 */
public sealed interface PointChoice {
    boolean accepts(List<String> columns, List<String> cells);

    /** Every point of the folder. */
    record All() implements PointChoice {
        @Override
        public boolean accepts(List<String> columns, List<String> cells) {
            return true;
        }
    }

    /** The points whose cell in each named column equals the value given for it. */
    record Matching(Map<String, String> values) implements PointChoice {
        @Override
        public boolean accepts(List<String> columns, List<String> cells) {
            return values.entrySet().stream()
                    .allMatch(
                            v -> ResultsFolder.compareCell(cells.get(columns.indexOf(v.getKey())), v.getValue()) == 0);
        }

        /** Refuses a column the folder's points do not have, naming the columns they do. */
        public Matching requireColumns(List<String> columns, String option) {
            for (String column : values.keySet()) {
                if (!columns.contains(column)) {
                    throw new InvalidInputException(
                            option,
                            "no point column " + column + " in this folder (it has " + String.join(", ", columns)
                                    + ")");
                }
            }
            return this;
        }
    }
}
