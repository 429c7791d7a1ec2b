package io.h2hdse.sweep;

import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.input.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search job's settings beyond solver, seed and budget: the order policy its evaluator uses and
 * whether it starts from H2H's plan. Written as {@code order} and {@code seed_h2h} in sweep files,
 * {@code --set} options and runs.csv.
 */
public record SearchChoice(OrderPolicy order, boolean seedH2h) {
    public static final String ORDER = "order";
    public static final String SEED_H2H = "seed_h2h";

    public String orderCell() {
        return order.name().toLowerCase(Locale.ROOT);
    }

    public String seedCell() {
        return Boolean.toString(seedH2h);
    }

    /** Every combination of the given values, orders outermost. */
    static List<SearchChoice> product(List<OrderPolicy> orders, List<Boolean> seeds) {
        List<SearchChoice> choices = new ArrayList<>();
        for (OrderPolicy order : orders) {
            for (boolean seed : seeds) {
                choices.add(new SearchChoice(order, seed));
            }
        }
        return choices;
    }

    /** {@code rank} or {@code topological}; anything else is an input error at {@code where}. */
    public static OrderPolicy order(String value, String where) {
        for (OrderPolicy policy : OrderPolicy.values()) {
            if (policy.name().toLowerCase(Locale.ROOT).equals(value)) {
                return policy;
            }
        }
        throw new InvalidInputException(where, "unknown order '" + value + "'; known: rank, topological");
    }

    /** {@code true} or {@code false}; anything else is an input error at {@code where}. */
    public static boolean seed(String value, String where) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(where, "expected true or false, got '" + value + "'");
        };
    }
}
