package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.SearchRecorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The polish that ends a mapping search ({@code ga}, {@code nsga2}, {@code optaplanner},
 * {@code optaplanner-eps}, {@code optaplanner-list}, {@code random}): a mapping search times each mapping
 * in one order with the default residency, and the fastest plan may need another of either. So the run's
 * fastest plan, then the mappings of its {@value SearchRecorder#POLISH_CANDIDATES} fastest distinct
 * latencies, fastest first, are each polished by {@link PlanPolish} (order and residency re-chosen by
 * CP-SAT, mapping fixed) within the run's {@code polish_s} of CP-SAT deterministic time in all: each
 * candidate gets an equal share of what is left, so time a quick proof leaves over goes to the next ones.
 * A polished plan joins the run's Pareto set and, when fastest, is its answer; the polish spends no
 * evaluation of the budget (it runs after it), and its time is part of the run's.
 */
public final class Polish {
    private Polish() {}

    /**
     * Polishes the run (unless its polish time is 0): the end of a mapping search that {@link PolishedSearch}
     * sets ({@link io.h2hdse.solver.SearchSettings#finish()}), run as its result is taken.
     */
    static void finish(SearchRecorder recorder) {
        double seconds = recorder.polishSeconds();
        if (seconds <= 0 || recorder.bestLatency() == Double.POSITIVE_INFINITY) {
            recorder.note("polish_s", 0);
            return;
        }
        long begin = System.nanoTime();
        Evaluator evaluator = recorder.evaluator();
        Problem problem = evaluator.problem();
        double before = recorder.bestLatency();
        List<Plan> candidates = candidates(recorder);
        double left = seconds;
        int polished = 0;
        int answer = -1;
        for (int i = 0; i < candidates.size() && left > 0; i++) {
            PlanPolish.Polished p = PlanPolish.polish(
                    problem, candidates.get(i), evaluator, left / (candidates.size() - i), recorder.bestLatency());
            left -= p.deterministicSeconds();
            polished++;
            if (p.improved()) {
                answer = p.latency() < recorder.bestLatency() ? i : answer;
                recorder.recordOutsideBudget(p.plan(), p.latency(), p.energy());
            }
        }
        recorder.note("polish_s", seconds);
        recorder.note("polished_mappings", polished);
        recorder.note("polish_answer_from", answer);
        recorder.note("polish_gain", String.format(Locale.ROOT, "%.6g", 1 - recorder.bestLatency() / before));
        recorder.note("polish_wall_s", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - begin) / 1e9));
    }

    /** The run's fastest plan, then the fastest distinct latencies' mappings other than its own. */
    private static List<Plan> candidates(SearchRecorder recorder) {
        List<Plan> candidates = new ArrayList<>();
        Plan best = recorder.bestPlan();
        candidates.add(best);
        for (int[] mapping : recorder.fastestMappings()) {
            if (!Arrays.equals(mapping, best.mapping())) {
                candidates.add(Plan.of(mapping));
            }
        }
        return candidates;
    }
}
