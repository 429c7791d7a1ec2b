package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.h2h.H2h;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code optaplanner-list} starts: the best of its candidate plans, each judged as the solver
 * judges plans (its mapping and per-accelerator order through the evaluator's ordered entry point,
 * default residency, local activations). The candidates are H2H's plan, the rank decoder's plan of
 * H2H's mapping (the same mapping in the order the mapping-only solvers' default decoder gives it) and
 * the run's seed plan when it has one.
 */
final class StartingPlan {
    private StartingPlan() {}

    /** A candidate, named for the run's notes. */
    record Candidate(String source, Plan plan) {}

    /** A candidate with its evaluation: {latency, energy}. */
    record Judged(Candidate candidate, int[][] order, double latency, double energy) {}

    /** The candidate plans: H2H's (steps 1-4), the rank decoder's order of its mapping, and the seed if there is one. */
    static List<Candidate> candidates(Problem problem, SearchSettings settings) {
        Plan h2h = H2h.run(problem).last().plan();
        int[][] rankOrder = new Evaluator(problem, OrderPolicy.RANK).rankOrder(Plan.of(h2h.mapping()));
        List<Candidate> candidates = new ArrayList<>(List.of(
                new Candidate("h2h", h2h),
                new Candidate("rank-of-h2h-mapping", new Plan(h2h.mapping(), rankOrder, null, true))));
        if (settings.seed() != null) {
            candidates.add(new Candidate("seed", settings.seed()));
        }
        return candidates;
    }

    /** Every candidate evaluated, in the order given; a candidate without an order gets topological order. */
    static List<Judged> judge(Problem problem, List<Candidate> candidates) {
        Evaluator evaluator = new Evaluator(problem);
        double[] out = new double[2];
        List<Judged> judged = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int[] mapping = candidate.plan().mapping();
            int[][] order = candidate.plan().order() != null ? candidate.plan().order() : topological(problem, mapping);
            evaluator.evaluate(new Plan(mapping, order, null, true), out);
            judged.add(new Judged(candidate, order, out[0], out[1]));
        }
        return judged;
    }

    /** The fastest of the judged candidates (lower energy among equally fast ones, then the first). */
    static Judged best(List<Judged> judged) {
        Judged best = judged.getFirst();
        for (Judged j : judged) {
            if (j.latency() < best.latency() || j.latency() == best.latency() && j.energy() < best.energy()) {
                best = j;
            }
        }
        return best;
    }

    /** Each accelerator's layers by id, the workload's topological order. */
    static int[][] topological(Problem problem, int[] mapping) {
        int[] counts = new int[problem.accelerators()];
        for (int a : mapping) {
            counts[a]++;
        }
        int[][] order = new int[problem.accelerators()][];
        for (int a = 0; a < order.length; a++) {
            order[a] = new int[counts[a]];
            counts[a] = 0;
        }
        for (int l = 0; l < mapping.length; l++) {
            order[mapping[l]][counts[mapping[l]]++] = l;
        }
        return order;
    }
}
