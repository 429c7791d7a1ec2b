package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import io.h2hdse.eval.Problem;

import java.util.function.DoubleToLongFunction;
import java.util.function.IntFunction;

/**
 * {@code EDGE} mode's transfer delays as linear rows, beside the rows each (producer place, consumer place)
 * pair enforces: CP-SAT's linear relaxation keeps these, and drops or weakens rows enforced by two literals.
 * Per edge p → c and accelerator a: c starts at least τ after p ends, times (p on a − c on a), where τ is
 * the least transfer from a to wherever else c may run; and per accelerator b the same with the least
 * transfer to b, times (c on b − p on b). Each holds for every mapping: the factor is 1 only when the
 * activation crosses from a (to b), which takes at least τ, and at most 0 otherwise, where c's start is
 * at or after p's end anyway. Times in the model's units, rounded as the model rounds them.
 */
final class TransferRows {
    private TransferRows() {}

    /**
     * @param on     [layer][acc] mapping literals, null where the pair is not allowed
     * @param starts a layer's start as a linear expression of the model
     * @param ends   a layer's end
     * @param units  seconds to the model's units (down for a relaxation, up for the plan model)
     */
    static void add(
            Problem p,
            CpModel model,
            BoolVar[][] on,
            IntFunction<LinearArgument> starts,
            IntFunction<LinearArgument> ends,
            DoubleToLongFunction units) {
        int accs = p.accelerators();
        for (int c = 0; c < p.layers(); c++) {
            for (int producer : p.predecessors(c)) {
                for (int a = 0; a < accs; a++) {
                    long fromA = Long.MAX_VALUE;
                    long toA = Long.MAX_VALUE;
                    for (int b = 0; b < accs; b++) {
                        if (b != a && on[c][b] != null) {
                            fromA = Math.min(fromA, units.applyAsLong(p.transferSeconds(producer, a, b)));
                        }
                        if (b != a && on[producer][b] != null) {
                            toA = Math.min(toA, units.applyAsLong(p.transferSeconds(producer, b, a)));
                        }
                    }
                    if (on[producer][a] != null && fromA != Long.MAX_VALUE && fromA > 0) {
                        row(model, starts.apply(c), ends.apply(producer), on[producer][a], on[c][a], fromA);
                    }
                    if (on[c][a] != null && toA != Long.MAX_VALUE && toA > 0) {
                        row(model, starts.apply(c), ends.apply(producer), on[c][a], on[producer][a], toA);
                    }
                }
            }
        }
    }

    /** start − end ≥ τ × (here − there); {@code there} null: 0. */
    private static void row(
            CpModel model, LinearArgument start, LinearArgument end, BoolVar here, BoolVar there, long tau) {
        LinearExprBuilder row =
                LinearExpr.newBuilder().add(start).addTerm(end, -1).addTerm(here, -tau);
        if (there != null) {
            row.addTerm(there, tau);
        }
        model.addGreaterOrEqual(row, 0);
    }
}
