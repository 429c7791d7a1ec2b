package io.h2hdse.solver.h2h;

import java.util.List;

/**
 * Everything H2H produced.
 *
 * @param steps          the plans and schedules after steps 1, 2, 3 and 4, in that order
 * @param step1Order     per accelerator, layers in the order step 1 committed them
 * @param step2Resident  per layer, whether the step-2 knapsack keeps its weights resident
 * @param tries          every step-4 candidate, in the order tried
 * @param greedyFallback step 1 mapped some frontier greedily because it had too many candidates
 * @param step4Stopped   step 4 stopped at its work limit before its walks were done (only on very large models)
 */
public record H2hResult(
        List<H2hStep> steps,
        int[][] step1Order,
        boolean[] step2Resident,
        List<H2hTry> tries,
        boolean greedyFallback,
        boolean step4Stopped) {
    public H2hResult {
        steps = List.copyOf(steps);
        tries = List.copyOf(tries);
    }

    public H2hStep step(int step) {
        return steps.get(step - 1);
    }

    public H2hStep last() {
        return steps.getLast();
    }

    public long acceptedMoves() {
        return tries.stream().filter(H2hTry::accepted).count();
    }
}
