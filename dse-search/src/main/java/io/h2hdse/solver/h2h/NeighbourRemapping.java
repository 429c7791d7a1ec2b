package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Evaluator;
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
 * since, is not walked again, as every candidate below it would be rejected again. And step 4 stops,
 * and says so, when its work reaches {@link #WORK_LIMIT}: only models far larger than the release's get there.
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
    private long work;

    private NeighbourRemapping(Problem problem, GraphOrder graph, int[] mapping, int[][] order, double makespan) {
        this.problem = problem;
        this.graph = graph;
        this.evaluator = new Evaluator(problem);
        this.mapping = mapping.clone();
        this.order = Orders.copy(order);
        this.best = makespan;
        this.cleanAt = new int[problem.layers()];
    }

    /** @param stopped the walk stopped at {@link #WORK_LIMIT} before it was done */
    record Outcome(int[] mapping, int[][] order, List<H2hTry> tries, boolean stopped) {}

    /**
     * The work step 4 may do, in layer visits plus layers per candidate (each candidate redoes steps 2
     * and 3 over the whole model): about a second. The walks visit every path from each sink's branch
     * head, so on models of tens of thousands of layers with many sinks they would take hours; the
     * release's cases and the zoo's models need less than a thousandth of it.
     */
    static final long WORK_LIMIT = 100_000_000L;

    /** Starts from the step-3 state: its mapping and order, its schedule (for the sink order). */
    static Outcome run(Problem problem, GraphOrder graph, int[] mapping, int[][] order, Schedule step3) {
        NeighbourRemapping search = new NeighbourRemapping(problem, graph, mapping, order, step3.makespan());
        List<Integer> starts = search.walkStarts(step3);
        for (int pass = 0; pass < 2 && !search.stopped(); pass++) {
            for (int start : starts) {
                if (search.stopped()) {
                    break;
                }
                Arrays.fill(search.cleanAt, -1);
                search.walk(start);
            }
        }
        return new Outcome(search.mapping, search.order, search.tries, search.stopped());
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

    /**
     * The depth-first walk from {@code start}, on an explicit stack (a path of a DAG holds each layer at
     * most once, so the stack never outgrows the model) to walk chains of any length.
     */
    private void walk(int start) {
        int[] layers = new int[problem.layers()];
        int[] acceptedBefore = new int[problem.layers()];
        int[] nextConsumer = new int[problem.layers()];
        int depth = enter(start, layers, acceptedBefore, nextConsumer, 0);
        while (depth > 0) {
            int top = depth - 1;
            int[] consumers = graph.successors()[layers[top]];
            if (nextConsumer[top] < consumers.length) {
                depth = enter(consumers[nextConsumer[top]++], layers, acceptedBefore, nextConsumer, depth);
            } else {
                if (accepted == acceptedBefore[top]) {
                    cleanAt[layers[top]] = accepted;
                }
                depth = top;
            }
        }
    }

    /** Visits a layer (its moves) and pushes it to have its consumers walked; returns the new stack depth. */
    private int enter(int layer, int[] layers, int[] acceptedBefore, int[] nextConsumer, int depth) {
        if (cleanAt[layer] == accepted || stopped()) {
            return depth;
        }
        work++;
        layers[depth] = layer;
        acceptedBefore[depth] = accepted;
        nextConsumer[depth] = 0;
        tryNeighbours(layer);
        return depth + 1;
    }

    private void tryNeighbours(int layer) {
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
    }

    private boolean movable(int layer, int neighbour) {
        return mapping[layer] != mapping[neighbour] && problem.allowed(layer, mapping[neighbour]);
    }

    private boolean stopped() {
        return work >= WORK_LIMIT;
    }

    private void tryMove(int layer, int neighbour, Relation relation, int to, int position) {
        if (stopped()) {
            return;
        }
        work += problem.layers();
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
