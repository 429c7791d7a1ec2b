package io.h2hdse.solver.enumerate;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;

import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code enumerate}: every mapping over the allowed accelerators, each ordered by the run's order policy
 * (the rank decoder by default) with the default residency. Small problems (≤
 * {@link #FULL_FRONT_MAPPINGS}) are enumerated completely, which also yields the complete Pareto front
 * of that space; larger ones (≤ {@link #MAX_MAPPINGS}) by depth-first branch and bound on latency with
 * a {@link ComputeBound}, which proves the fastest mapping of that space (lowest energy among the
 * equally fast) but keeps only the Pareto points it happened to evaluate. Larger problems are refused.
 * The seed is not used: the search is deterministic. It is the optimum of the space the mapping solvers
 * search, not of every plan: another order or residency can be faster (up to 4.6 % on small instances);
 * {@code cpsat} proves the optimum over mapping × order × residency. The compute bound holds for any
 * order, so pruning keeps the best mapping under either policy.
 */
public final class MappingEnumeration implements Solver {
    public static final String NAME = "enumerate";
    /** Note: whether the run proved its answer the fastest mapping under the order policy (not the fastest plan). */
    public static final String BEST_MAPPING_NOTE = "best_mapping_proven";
    /** Note: whether every mapping was evaluated, so the Pareto set is complete for mappings under the order policy. */
    public static final String COMPLETE_FRONT_NOTE = "complete_mapping_front";

    public static final long MAX_MAPPINGS = 1L << 24;
    public static final long FULL_FRONT_MAPPINGS = 1L << 16;
    /** Slack against rounding: the bound sums durations in another order than the evaluator. */
    private static final double BOUND_SLACK = 1e-9;

    @Override
    public String name() {
        return NAME;
    }

    /** The number of allowed mappings, saturating at {@link Long#MAX_VALUE}. */
    public static long mappingCount(Problem problem) {
        long count = 1;
        for (int l = 0; l < problem.layers(); l++) {
            int choices = problem.allowedAccelerators(l).length;
            count = count > Long.MAX_VALUE / choices ? Long.MAX_VALUE : count * choices;
        }
        return count;
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings search) {
        long count = mappingCount(problem);
        if (count > MAX_MAPPINGS) {
            throw new IllegalArgumentException(NAME + " refuses " + (count == Long.MAX_VALUE ? "more than 2^63" : count)
                    + " mappings (limit 2^24 = " + MAX_MAPPINGS + "); use ga, nsga2 or optaplanner");
        }
        boolean enumerateAll = count <= FULL_FRONT_MAPPINGS;
        SearchRecorder recorder = new SearchRecorder(problem, budget, search);
        boolean complete = new Run(problem, recorder, enumerateAll).search(0);
        recorder.note("mappings", count);
        recorder.note("method", enumerateAll ? "enumeration" : "branch-and-bound");
        recorder.note(BEST_MAPPING_NOTE, complete);
        recorder.note(COMPLETE_FRONT_NOTE, complete && enumerateAll);
        return recorder.result(name());
    }

    /** One depth-first search; layers are assigned in topological order, fastest accelerator first. */
    private static final class Run {
        private final SearchRecorder recorder;
        private final Evaluator evaluator;
        private final ComputeBound bound;
        private final boolean enumerateAll;
        private final int[][] choices;
        private final int[] mapping;
        private final double[] latency = new double[1];
        private final double[] energy = new double[1];

        Run(Problem problem, SearchRecorder recorder, boolean enumerateAll) {
            this.recorder = recorder;
            this.evaluator = recorder.evaluator();
            this.bound = new ComputeBound(problem);
            this.enumerateAll = enumerateAll;
            int layers = problem.layers();
            mapping = new int[layers];
            choices = new int[layers][];
            for (int l = 0; l < layers; l++) {
                final int layer = l;
                choices[l] = Arrays.stream(problem.allowedAccelerators(l))
                        .boxed()
                        .sorted(Comparator.comparingDouble((Integer a) -> bound.computeSeconds(layer, a))
                                .thenComparingInt(a -> a))
                        .mapToInt(Integer::intValue)
                        .toArray();
            }
        }

        /** Returns false if the budget ran out before the subtree was done. */
        boolean search(int depth) {
            if (depth == mapping.length) {
                if (recorder.exhausted()) {
                    return false;
                }
                evaluator.evaluate(mapping, 1, latency, energy);
                recorder.record(mapping, latency[0], energy[0]);
                return true;
            }
            for (int acc : choices[depth]) {
                mapping[depth] = acc;
                double lower = bound.assign(depth, acc);
                boolean prune = !enumerateAll && lower * (1 - BOUND_SLACK) > recorder.bestLatency();
                if (!prune && !search(depth + 1)) {
                    return false;
                }
            }
            return true;
        }
    }
}
