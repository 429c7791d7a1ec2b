package io.h2hdse.cost.maestro;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates a level's iteration cases: every combination of the directives' Init/Steady/Edge
 * states, with how often it occurs. The order is MAESTRO's (case 0 is all-Init; the rest follow its
 * counter scheme), since the first case sizes the buffers.
 */
final class IterationCases {
    private IterationCases() {}

    /** One case: the state of every directive, by directive index. */
    record Case(IterationState[] states, long occurrences, boolean allInit) {}

    static List<Case> enumerate(ClusterLevel level, int[] dims) {
        Directive[] directives = level.directives;
        int n = directives.length;
        List<List<IterationState>> perDirective = new ArrayList<>(n);
        for (Directive directive : directives) {
            perDirective.add(states(directive, dims[directive.dim().ordinal()], level.subClusters));
        }
        int[] changeEvery = new int[n];
        int total = 1;
        for (int i = n - 1; i >= 0; i--) {
            changeEvery[i] = total;
            total *= perDirective.get(i).size();
        }
        int[] counters = new int[n];
        List<Case> cases = new ArrayList<>(total);
        for (int c = 0; c < total; c++) {
            IterationState[] states = new IterationState[n];
            long occurrences = 1;
            boolean allInit = true;
            for (int i = 0; i < n; i++) {
                List<IterationState> options = perDirective.get(i);
                IterationState state = options.get(counters[i]);
                states[i] = state;
                occurrences *= state.occurrences();
                allInit &= state.isInit();
                if (c % changeEvery[i] == 0) {
                    counters[i] = counters[i] + 1 == options.size() ? 0 : counters[i] + 1;
                }
            }
            cases.add(new Case(states, occurrences, allInit));
        }
        return cases;
    }

    private static List<IterationState> states(Directive directive, int d, int subClusters) {
        int m = directive.size();
        int o = directive.offset();
        List<IterationState> states = new ArrayList<>(3);
        if (directive.kind() == Directive.Kind.TEMPORAL) {
            boolean initEdge = d < m;
            states.add(new IterationState(IterationState.Position.INIT, 1, d <= m, initEdge, false));
            int steady = (d - m) / o;
            if (m < d && steady > 0) {
                states.add(new IterationState(IterationState.Position.STEADY, steady, false, false, false));
            }
            if (!initEdge && steady * o + m < d) {
                states.add(new IterationState(IterationState.Position.EDGE, 1, false, false, false));
            }
            return states;
        }
        long n = subClusters;
        long coverage = m + o * (n - 1);
        boolean unrolled = d <= coverage;
        boolean initEdge = d < coverage;
        states.add(new IterationState(IterationState.Position.INIT, 1, unrolled, initEdge, initEdge));
        long steadyFolds = ((d - m) / o + 1) / n - 1;
        boolean hasEdge =
                !unrolled && (steadyFolds + 1) * (o * n) + coverage > d && steadyFolds * (o * n) + coverage != d;
        if (coverage < d && steadyFolds > 0) {
            states.add(new IterationState(IterationState.Position.STEADY, steadyFolds, false, false, false));
        }
        long remaining = d - (steadyFolds + 1) * o * n;
        long active = remaining < m ? 1 : (remaining - m) / o + 1;
        boolean edgeEdge = (active - 1) * o + m < remaining;
        if (!initEdge && hasEdge) {
            states.add(new IterationState(IterationState.Position.EDGE, 1, false, false, edgeEdge));
        }
        return states;
    }
}
