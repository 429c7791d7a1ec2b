package io.h2hdse.eval;

import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The detailed, readable twin of {@link Evaluator}: the same semantics, computed layer by layer with
 * every start, finish and transfer recorded (for Gantt charts, CSVs and tests). Slow on purpose: it
 * is written for clarity, and the fast path must agree with it to the bit.
 */
public final class Schedule {
    private final Problem problem;
    private final int[] mapping;
    private final int[][] order;
    private final boolean[] resident;
    private final double[] start;
    private final double[] finish;
    private final List<Transfer> transfers = new ArrayList<>();
    private final boolean deadlocked;
    private final double makespan;
    private final double energy;

    private Schedule(Problem problem, Plan plan, OrderPolicy policy) {
        this.problem = problem;
        int layers = problem.layers();
        this.mapping = plan.mapping().clone();
        if (mapping.length != layers) {
            throw new IllegalArgumentException(
                    "mapping has " + mapping.length + " entries, the workload has " + layers + " layers");
        }
        for (int l = 0; l < layers; l++) {
            if (mapping[l] < 0 || mapping[l] >= problem.accelerators()) {
                throw new IllegalArgumentException("layer " + l + " is mapped to unknown accelerator " + mapping[l]);
            }
        }
        this.resident = plan.resident() != null ? plan.resident().clone() : defaultResidency();
        // Energies are summed in the fast path's order: dispatch order under the rank policy (in EDGE mode
        // each layer with its outgoing activations, as the decoder sums them), layer ids otherwise.
        List<Integer> energyOrder =
                java.util.stream.IntStream.range(0, layers).boxed().toList();
        boolean decoded = plan.order() == null && policy == OrderPolicy.RANK;
        if (plan.order() != null) {
            this.order = checkedOrder(plan.order());
        } else if (decoded) {
            energyOrder = rankSequence();
            this.order = perAccelerator(energyOrder);
        } else {
            this.order = perAccelerator(energyOrder);
        }
        this.start = new double[layers];
        this.finish = new double[layers];
        Arrays.fill(start, Double.NaN);
        Arrays.fill(finish, Double.NaN);
        double[] layerEnergy = new double[layers];
        int[] sequence = runSequence();
        this.deadlocked = sequence == null;
        if (deadlocked) {
            makespan = Double.POSITIVE_INFINITY;
            energy = Double.POSITIVE_INFINITY;
            return;
        }
        double[] acceleratorFree = new double[problem.accelerators()];
        for (int layer : sequence) {
            layerEnergy[layer] = place(layer, acceleratorFree, plan.localActivations());
        }
        double latest = 0;
        double sum = 0;
        for (int l : energyOrder) {
            latest = Math.max(latest, finish[l]);
            sum += decoded && problem.edgeActivations ? withOutgoingActivations(l) : layerEnergy[l];
        }
        this.makespan = latest;
        this.energy = problem.withStaticEnergy(sum, latest);
    }

    /** The plan in its own order, or ordered by the rank decoder ({@link OrderPolicy#RANK}) if it has none. */
    public static Schedule of(Problem problem, Plan plan) {
        return new Schedule(problem, plan, OrderPolicy.RANK);
    }

    /** The plan in its own order, or ordered by {@code policy} if it has none. */
    public static Schedule of(Problem problem, Plan plan, OrderPolicy policy) {
        return new Schedule(problem, plan, policy);
    }

    /** Schedules one layer after its producers and its accelerator's previous layer; returns its energy. */
    private double place(int layer, double[] acceleratorFree, boolean localActivations) {
        int acc = mapping[layer];
        SystemSpec system = problem.system();
        String accName = system.accelerator(acc).name();
        double ready = acceleratorFree[acc];
        double edgeEnergy = 0;
        for (int k = problem.predStart[layer]; k < problem.predStart[layer + 1]; k++) {
            int producer = problem.preds[k];
            double arrival = finish[producer];
            int from = mapping[producer];
            if (problem.edgeActivations && from != acc) {
                double moved = problem.arrival(arrival, k, from, acc);
                double joules = problem.edgeJoules(k, from, acc);
                transfers.add(new Transfer(
                        Transfer.Kind.ACTIVATION,
                        name(producer),
                        system.accelerator(from).name(),
                        accName,
                        problem.outputBits(producer) / 8,
                        arrival,
                        moved,
                        joules));
                arrival = moved;
                edgeEnergy += joules;
            }
            ready = Math.max(ready, arrival);
        }
        boolean weights = !resident[layer];
        boolean input;
        boolean output;
        if (problem.edgeActivations) {
            input = problem.predecessors(layer).length == 0;
            output = problem.successors(layer).length == 0;
        } else {
            boolean local = localActivations;
            int previous = neighbourOnAccelerator(layer, -1);
            int next = neighbourOnAccelerator(layer, +1);
            input = !(local && previous >= 0 && problem.localSuccessor(previous) == layer);
            output = !(local && next >= 0 && problem.localSuccessor(layer) == next);
        }
        start[layer] = ready;
        finish[layer] = ready + problem.duration(layer, acc, weights, input, output);
        acceleratorFree[acc] = finish[layer];
        recordOwnTransfers(layer, accName, weights, input, output);
        return edgeEnergy + problem.energy(layer, acc, weights, input, output);
    }

    /** A layer's own joules and those of its outgoing activations, in successor order (EDGE mode). */
    private double withOutgoingActivations(int layer) {
        boolean input = problem.predecessors(layer).length == 0;
        boolean output = problem.successors(layer).length == 0;
        double joules = problem.energy(layer, mapping[layer], !resident[layer], input, output);
        for (int consumer : problem.successors(layer)) {
            joules += problem.transferJoules(layer, mapping[layer], mapping[consumer]);
        }
        return joules;
    }

    /** A layer's own transfers over its link, laid out inside its interval: loads first, store last. */
    private void recordOwnTransfers(int layer, String accName, boolean weights, boolean input, boolean output) {
        Link link = problem.system().interconnect().hostLink(accName);
        double joulesFactor = problem.busyPowerEnergy ? 0 : 1;
        double t = start[layer];
        if (weights && problem.weightBits(layer) > 0) {
            double bits = problem.weightBits(layer);
            transfers.add(new Transfer(
                    Transfer.Kind.WEIGHTS,
                    name(layer),
                    Transfer.HOST,
                    accName,
                    bits / 8,
                    t,
                    t + link.seconds(bits),
                    joulesFactor * link.joules(bits)));
            t += link.seconds(bits);
        }
        if (input) {
            double bits = problem.workload().layer(layer).inputElements()
                    * (double) problem.workload().elementBits();
            transfers.add(new Transfer(
                    Transfer.Kind.INPUT,
                    name(layer),
                    Transfer.HOST,
                    accName,
                    bits / 8,
                    t,
                    t + link.seconds(bits),
                    joulesFactor * link.joules(bits)));
        }
        if (output) {
            double bits = problem.outputBits(layer);
            transfers.add(new Transfer(
                    Transfer.Kind.OUTPUT,
                    name(layer),
                    accName,
                    Transfer.HOST,
                    bits / 8,
                    finish[layer] - link.seconds(bits),
                    finish[layer],
                    joulesFactor * link.joules(bits)));
        }
    }

    private int neighbourOnAccelerator(int layer, int step) {
        int[] queue = order[mapping[layer]];
        for (int k = 0; k < queue.length; k++) {
            if (queue[k] == layer) {
                int other = k + step;
                return other >= 0 && other < queue.length ? queue[other] : -1;
            }
        }
        throw new IllegalStateException("layer " + layer + " is missing from its accelerator's order");
    }

    private String name(int layer) {
        return problem.workload().layer(layer).name();
    }

    /** Each accelerator's layers in the order of {@code sequence}. */
    private int[][] perAccelerator(List<Integer> sequence) {
        int[][] result = new int[problem.accelerators()][];
        for (int a = 0; a < result.length; a++) {
            final int acc = a;
            result[a] = sequence.stream()
                    .filter(l -> mapping[l] == acc)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return result;
    }

    /**
     * The rank decoder's dispatch sequence (package doc). The ranks are the problem's, on mean costs
     * ({@link MeanRanks}, the decoder's too: they depend on no mapping, so the twin keeps no copy of
     * them). Then a list schedule in time: a layer is released once its producers are dispatched, at the
     * time its last input arrives; the next dispatch is on the accelerator that can start a released
     * layer earliest (ties: lower id), and there it starts, among its layers whose inputs have arrived by
     * then, the one of highest rank (ties: lower id).
     */
    private List<Integer> rankSequence() {
        int layers = problem.layers();
        double[] arrival = new double[layers];
        double[] dispatchedFinish = new double[layers];
        boolean[] dispatched = new boolean[layers];
        double[] free = new double[problem.accelerators()];
        List<Integer> released = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            if (problem.predecessors(l).length == 0) {
                released.add(l);
            }
        }
        List<Integer> sequence = new ArrayList<>();
        while (!released.isEmpty()) {
            int acc = -1;
            double start = Double.POSITIVE_INFINITY;
            for (int a = 0; a < free.length; a++) {
                double earliestArrival = Double.POSITIVE_INFINITY;
                boolean any = false;
                for (int l : released) {
                    if (mapping[l] == a) {
                        any = true;
                        earliestArrival = Math.min(earliestArrival, arrival[l]);
                    }
                }
                double t = Math.max(free[a], earliestArrival);
                if (any && (acc < 0 || t < start)) {
                    acc = a;
                    start = t;
                }
            }
            int chosen = -1;
            for (int l : released) {
                if (mapping[l] == acc
                        && arrival[l] <= start
                        && (chosen < 0 || problem.rankPosition[l] < problem.rankPosition[chosen])) {
                    chosen = l;
                }
            }
            released.remove(Integer.valueOf(chosen));
            sequence.add(chosen);
            dispatched[chosen] = true;
            dispatchedFinish[chosen] = start + rankDuration(chosen);
            free[acc] = dispatchedFinish[chosen];
            for (int consumer : problem.successors(chosen)) {
                if (Arrays.stream(problem.predecessors(consumer)).allMatch(q -> dispatched[q])) {
                    double latest = 0;
                    for (int producer : problem.predecessors(consumer)) {
                        latest = Math.max(latest, dispatchedFinish[producer] + transferSeconds(producer, consumer));
                    }
                    arrival[consumer] = latest;
                    released.add(consumer);
                }
            }
        }
        return sequence;
    }

    /** The rank decoder's duration of a layer: with host input and output in the back-to-back modes (package doc). */
    private double rankDuration(int layer) {
        boolean edge = problem.edgeActivations;
        boolean input = !edge || problem.predecessors(layer).length == 0;
        boolean output = !edge || problem.successors(layer).length == 0;
        return problem.duration(layer, mapping[layer], !resident[layer], input, output);
    }

    /** The rank decoder's transfer time of a producer's output to a consumer: over the pair's link in EDGE mode, else none. */
    private double transferSeconds(int producer, int consumer) {
        return problem.edgeActivations ? problem.transferSeconds(producer, mapping[producer], mapping[consumer]) : 0;
    }

    private int[][] checkedOrder(int[][] given) {
        if (given.length != problem.accelerators()) {
            throw new IllegalArgumentException(
                    "order has " + given.length + " accelerators, the system has " + problem.accelerators());
        }
        int[] seen = new int[problem.layers()];
        for (int a = 0; a < given.length; a++) {
            for (int layer : given[a]) {
                if (mapping[layer] != a) {
                    throw new IllegalArgumentException("layer " + name(layer) + " is ordered on accelerator " + a
                            + " but mapped to " + mapping[layer]);
                }
                seen[layer]++;
            }
        }
        for (int l = 0; l < seen.length; l++) {
            if (seen[l] != 1) {
                throw new IllegalArgumentException("layer " + name(l) + " appears " + seen[l] + " times in the order");
            }
        }
        int[][] copy = new int[given.length][];
        for (int a = 0; a < given.length; a++) {
            copy[a] = given[a].clone();
        }
        return copy;
    }

    /** Per accelerator, largest weights first (ties: lower id), each resident if it still fits. */
    private boolean[] defaultResidency() {
        boolean[] chosen = new boolean[problem.layers()];
        for (int a = 0; a < problem.accelerators(); a++) {
            final int acc = a;
            List<Integer> onAcc = new ArrayList<>();
            for (int l = 0; l < problem.layers(); l++) {
                if (mapping[l] == acc) {
                    onAcc.add(l);
                }
            }
            onAcc.sort(Comparator.comparingDouble((Integer l) -> problem.weightBits(l))
                    .reversed()
                    .thenComparingInt(l -> l));
            double left = problem.weightCapacityBits(acc);
            for (int l : onAcc) {
                if (problem.weightBits(l) <= left) {
                    chosen[l] = true;
                    left -= problem.weightBits(l);
                }
            }
        }
        return chosen;
    }

    /** A sequence that respects data edges and every accelerator's order, or null if none exists. */
    private int[] runSequence() {
        int layers = problem.layers();
        int[] waiting = new int[layers];
        List<List<Integer>> after = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            after.add(new ArrayList<>());
        }
        for (int l = 0; l < layers; l++) {
            for (int producer : problem.predecessors(l)) {
                after.get(producer).add(l);
                waiting[l]++;
            }
        }
        for (int[] queue : order) {
            for (int k = 1; k < queue.length; k++) {
                after.get(queue[k - 1]).add(queue[k]);
                waiting[queue[k]]++;
            }
        }
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int l = 0; l < layers; l++) {
            if (waiting[l] == 0) {
                ready.add(l);
            }
        }
        int[] sequence = new int[layers];
        int count = 0;
        while (!ready.isEmpty()) {
            int l = ready.poll();
            sequence[count++] = l;
            for (int next : after.get(l)) {
                if (--waiting[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return count == layers ? sequence : null;
    }

    public double makespan() {
        return makespan;
    }

    public double energy() {
        return energy;
    }

    public double start(int layer) {
        return start[layer];
    }

    public double finish(int layer) {
        return finish[layer];
    }

    public int accelerator(int layer) {
        return mapping[layer];
    }

    public boolean resident(int layer) {
        return resident[layer];
    }

    /** Per accelerator, its layers in run order. */
    public int[][] order() {
        int[][] copy = new int[order.length][];
        for (int a = 0; a < order.length; a++) {
            copy[a] = order[a].clone();
        }
        return copy;
    }

    public List<Transfer> transfers() {
        return List.copyOf(transfers);
    }

    /** Seconds each accelerator spends running layers. */
    public double busySeconds(int acc) {
        double busy = 0;
        for (int l = 0; l < mapping.length; l++) {
            if (mapping[l] == acc) {
                busy += finish[l] - start[l];
            }
        }
        return busy;
    }

    /** Weight bytes resident on the accelerator. */
    public double residentWeightBytes(int acc) {
        double bytes = 0;
        for (int l = 0; l < mapping.length; l++) {
            if (mapping[l] == acc && resident[l]) {
                bytes += problem.weightBits(l) / 8;
            }
        }
        return bytes;
    }

    /**
     * Whether the schedule is executable: no deadlock, every layer on an allowed accelerator, every
     * data edge respected (a consumer starts after its producer's output arrives), no two layers
     * overlapping on one accelerator, and resident weights within each accelerator's capacity.
     */
    public boolean valid() {
        if (deadlocked) {
            return false;
        }
        for (int l = 0; l < mapping.length; l++) {
            if (!problem.allowed(l, mapping[l])) {
                return false;
            }
            for (int producer : problem.predecessors(l)) {
                double arrival = finish[producer];
                if (problem.edgeActivations) {
                    arrival += problem.transferSeconds(producer, mapping[producer], mapping[l]);
                }
                if (start[l] < arrival) {
                    return false;
                }
            }
        }
        for (int a = 0; a < order.length; a++) {
            for (int k = 1; k < order[a].length; k++) {
                if (start[order[a][k]] < finish[order[a][k - 1]]) {
                    return false;
                }
            }
            if (residentWeightBytes(a) * 8 > problem.weightCapacityBits(a)) {
                return false;
            }
        }
        return true;
    }
}
