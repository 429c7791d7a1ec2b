package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.solver.h2h.H2hTry.Relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * H2H step 4: first-improvement moves of a layer next to a producer or a consumer on another
 * accelerator, in the release's order. The sinks, latest-finishing first (graph order on ties), each
 * give the first layer of their branch; two passes run a depth-first walk from each of those along the
 * data edges. At a layer, each producer on another accelerator that can run it is tried (move right
 * after the producer), then each such consumer (move right before it), then the walk goes on to every
 * consumer. Each candidate redoes steps 2 and 3 from scratch and is timed by the evaluator; it is kept
 * when its schedule is valid and its makespan strictly lower than the best so far.
 *
 * <p>Unlike the release, candidates are timed exactly (the release's own step-4 timing lets layers start
 * before their inputs exist). One more departure keeps the walk polynomial on DAGs with many paths:
 * within one walk, a layer reached again after a visit that changed nothing, with nothing accepted
 * since, is not walked again, as every candidate below it would be rejected again.
 */
final class NeighbourRemapping {
    private final Problem problem;
    private final GraphOrder graph;
    private final Evaluator evaluator;
    private final List<H2hTry> tries = new ArrayList<>();
    private final int[] cleanAt;
    private int[] mapping;
    private int[][] order;
    private double best;
    private int accepted;

    private NeighbourRemapping(Problem problem, GraphOrder graph, int[] mapping, int[][] order, double makespan) {
        this.problem = problem;
        this.graph = graph;
        this.evaluator = new Evaluator(problem);
        this.mapping = mapping.clone();
        this.order = Orders.copy(order);
        this.best = makespan;
        this.cleanAt = new int[problem.layers()];
    }

    record Outcome(int[] mapping, int[][] order, List<H2hTry> tries) {
    }

    /** Starts from the step-3 state: its mapping and order, its schedule (for the sink order). */
    static Outcome run(Problem problem, GraphOrder graph, int[] mapping, int[][] order, Schedule step3) {
        NeighbourRemapping search = new NeighbourRemapping(problem, graph, mapping, order, step3.makespan());
        List<Integer> starts = search.walkStarts(step3);
        for (int pass = 0; pass < 2; pass++) {
            for (int start : starts) {
                Arrays.fill(search.cleanAt, -1);
                search.walk(start);
            }
        }
        return new Outcome(search.mapping, search.order, search.tries);
    }

    private List<Integer> walkStarts(Schedule step3) {
        List<Integer> sinks = new ArrayList<>();
        for (int l : graph.nodeOrder()) {
            if (graph.successors()[l].length == 0) {
                sinks.add(l);
            }
        }
        sinks.sort(Comparator.comparingDouble((Integer l) -> step3.finish(l)).reversed());
        return sinks.stream().map(this::branchHead).toList();
    }

    /** The release starts at {@code M<k>L1} of the sink's modality: the first layer of its branch in graph order. */
    private int branchHead(int sink) {
        String branch = problem.workload().layer(sink).branch();
        for (int l : graph.nodeOrder()) {
            if (problem.workload().layer(l).branch().equals(branch)) {
                return l;
            }
        }
        throw new IllegalStateException("unreachable: the sink is in its own branch");
    }

    private void walk(int layer) {
        if (cleanAt[layer] == accepted) {
            return;
        }
        int acceptedBefore = accepted;
        for (int producer : graph.predecessors()[layer]) {
            if (movable(layer, producer)) {
                int to = mapping[producer];
                tryMove(layer, producer, Relation.AFTER_PRODUCER, to, Orders.indexOf(order[to], producer) + 1);
            }
        }
        for (int consumer : graph.successors()[layer]) {
            if (movable(layer, consumer)) {
                int to = mapping[consumer];
                tryMove(layer, consumer, Relation.BEFORE_CONSUMER, to, Orders.indexOf(order[to], consumer));
            }
        }
        for (int consumer : graph.successors()[layer]) {
            walk(consumer);
        }
        if (accepted == acceptedBefore) {
            cleanAt[layer] = accepted;
        }
    }

    private boolean movable(int layer, int neighbour) {
        return mapping[layer] != mapping[neighbour] && problem.allowed(layer, mapping[neighbour]);
    }

    private void tryMove(int layer, int neighbour, Relation relation, int to, int position) {
        int from = mapping[layer];
        int[][] candidateOrder = Orders.moved(order, layer, from, to, position);
        int[] candidateMapping = mapping.clone();
        candidateMapping[layer] = to;
        double makespan = H2h.localityPlanMakespan(problem, evaluator, candidateMapping, candidateOrder);
        boolean better = makespan < best;
        tries.add(new H2hTry(layer, neighbour, relation, from, to, best, makespan, better));
        if (better) {
            mapping = candidateMapping;
            order = candidateOrder;
            best = makespan;
            accepted++;
        }
    }
}
