package io.h2hdse.sweep;

import io.h2hdse.solver.h2h.H2hStepSolver;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One colour per solver for the report and the static figures: H2H black, the baseline grey, every other
 * solver of a results folder by its place among them in name order.
 */
public final class SolverPalette {
    private static final List<String> COLOURS = List.of(
            "#2f6fd0", "#e8772e", "#2ca25f", "#d64550", "#8e6bbf", "#8c6d46", "#d274b8", "#17a5b8", "#b5b82c",
            "#5c6b7a");

    private SolverPalette() {}

    /** The colour of {@code solver} among {@code solvers} (all of the folder's), as {@code #rrggbb}. */
    public static String hex(String solver, Collection<String> solvers) {
        if (solver.equals(H2hStepSolver.H2H)) {
            return "#111111";
        }
        if (solver.equals(H2hStepSolver.BASELINE)) {
            return "#9aa1ab";
        }
        List<String> others = solvers.stream()
                .filter(s -> !s.equals(H2hStepSolver.H2H) && !s.equals(H2hStepSolver.BASELINE))
                .distinct()
                .sorted()
                .toList();
        int at = Math.max(0, others.indexOf(solver));
        return COLOURS.get(at % COLOURS.size());
    }

    public static Color color(String solver, Collection<String> solvers) {
        return Color.decode(hex(solver, solvers).toUpperCase(Locale.ROOT));
    }
}
