package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;

import java.util.List;

/**
 * The H2H mapper (Zhang et al., DAC 2022) as the authors released it, timed by the project's evaluator:
 * <ol>
 *   <li>computation-prioritized mapping ({@link ComputationPrioritized});</li>
 *   <li>weight locality: a knapsack per accelerator chooses resident weights ({@link WeightKnapsack});</li>
 *   <li>activation locality: consecutive layers back to back on one accelerator keep the activation local;</li>
 *   <li>neighbour re-mapping: moves next to producers or consumers, each redoing steps 2 and 3 ({@link NeighbourRemapping}).</li>
 * </ol>
 * Steps 1 to 3 of the release are as-soon-as-possible schedules with a fixed order per accelerator,
 * which is what the evaluator computes, so each step's plan fully determines its schedule.
 */
public final class H2h {
    private H2h() {}

    /** A general workload: its topological order and edge order decide H2H's orders. */
    public static H2hResult run(Problem problem) {
        return run(problem, GraphOrder.of(problem.workload()), ComputationPrioritized.DEFAULT_ENUMERATION_LIMIT);
    }

    public static H2hResult run(Problem problem, GraphOrder graph) {
        return run(problem, graph, ComputationPrioritized.DEFAULT_ENUMERATION_LIMIT);
    }

    public static H2hResult run(Problem problem, GraphOrder graph, long enumerationLimit) {
        FrontierMapping step1 = ComputationPrioritized.map(problem, graph, enumerationLimit);
        int[] mapping = step1.mapping();
        int[][] order = step1.order();
        boolean[] resident = WeightKnapsack.resident(problem, order);
        Plan plan1 = step1.plan();
        Plan plan2 = new Plan(mapping.clone(), Orders.copy(order), resident.clone(), false);
        Plan plan3 = new Plan(mapping.clone(), Orders.copy(order), resident.clone(), true);
        Schedule schedule3 = Schedule.of(problem, plan3);
        NeighbourRemapping.Outcome step4 = NeighbourRemapping.run(problem, graph, mapping, order, schedule3);
        Plan plan4 = localityPlan(problem, step4.mapping(), step4.order());
        return new H2hResult(
                List.of(
                        new H2hStep(1, plan1, Schedule.of(problem, plan1)),
                        new H2hStep(2, plan2, Schedule.of(problem, plan2)),
                        new H2hStep(3, plan3, schedule3),
                        new H2hStep(4, plan4, Schedule.of(problem, plan4))),
                Orders.copy(order),
                resident,
                step4.tries(),
                step1.greedyFallback(),
                step4.stopped());
    }

    /** Steps 2 and 3 redone for a mapping and order: fresh knapsack, local activations. */
    static Plan localityPlan(Problem problem, int[] mapping, int[][] order) {
        return new Plan(mapping.clone(), Orders.copy(order), WeightKnapsack.resident(problem, order), true);
    }

    /** The makespan of {@link #localityPlan}, or +∞ when its orders deadlock against the data edges. */
    static double localityPlanMakespan(Problem problem, Evaluator evaluator, int[] mapping, int[][] order) {
        double[] out = new double[2];
        evaluator.evaluate(localityPlan(problem, mapping, order), out);
        return out[0];
    }
}
