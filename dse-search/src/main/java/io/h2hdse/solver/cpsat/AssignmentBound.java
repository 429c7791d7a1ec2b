package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import io.h2hdse.eval.LatencyBound;
import io.h2hdse.eval.Problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The assignment bound: one mapping shared by a load term, a path term and sequencing cuts, with no order.
 * Every layer goes to one allowed accelerator and takes there its least unavoidable time
 * ({@link LatencyBound#minimumDuration}); T is at least each accelerator's total load and at least every
 * dependency path, a path paying an activation's transfer where (in {@code EDGE} mode) producer and
 * consumer sit on different accelerators (stated twice: per pair of places, and as {@link TransferRows},
 * which CP-SAT's linear relaxation keeps); and the layers between a fork and a merge that share an
 * accelerator fit, one after the other, between the fork's end and the merge's start
 * ({@link #addLoadBetweenCuts}). Every plan satisfies these with its layers' finish times and T = its
 * latency, so the least T bounds every plan's latency. CP-SAT minimises T on times rounded down
 * ({@link TimeScale#floor}); the plan's finish times rounded down satisfy the rounded constraints (a
 * difference of floors is at least the floor of the difference, which is at least the sum of the floors of
 * what it exceeds), so CP-SAT's proven objective bound, in seconds, bounds the real problem too; a run
 * stopped by its time limit still gives a valid (weaker) bound.
 */
public final class AssignmentBound {
    /** Units in the cheap bound: rounding each time down loses at most one unit per layer and edge of a path. */
    private static final double STEPS = 1e9;
    /** Relative margin for the floating-point sums of the evaluator and the conversion back to seconds. */
    private static final double SAFETY = 1e-9;
    /** Thresholds per accelerator and side of the one-machine cuts, spread evenly over its layers: more slow CP-SAT down on large problems. */
    private static final int THRESHOLDS = 16;

    private AssignmentBound() {}

    /** Which cuts the model holds beside the load and path terms. */
    enum Cuts {
        /** None: the plain relaxation the others tighten. */
        NONE,
        /** The fork-to-merge cuts ({@link #addLoadBetweenCuts}). */
        FORK_MERGE,
        /** Those and the one-machine cuts on each accelerator's heads and tails ({@link #addHeadTailCuts}). */
        ALL
    }

    /**
     * The bound, found within {@code limit} of CP-SAT's deterministic time by one worker (the same bound on
     * every run and machine; about that many seconds of one idle core); at least 0: the better of the model
     * with the fork-to-merge cuts, given half the time, and the one with every cut, given what it left (all of
     * it when the first is proven at once, as on small problems). The larger model's optimum is higher, but
     * CP-SAT proves less of it in a short time on some problems (measured on the 12 of certified.yaml at 10 s
     * each: higher on 8, lower on 3).
     */
    public static double of(Problem p, Duration limit) {
        Proof forkMerge = prove(p, limit.dividedBy(2), Cuts.FORK_MERGE);
        long left = limit.toNanos() - Math.round(forkMerge.work() * 1e9);
        return left <= 0 ? forkMerge.seconds() : Math.max(forkMerge.seconds(), of(p, Duration.ofNanos(left), Cuts.ALL));
    }

    /** The bound of the model with the given cuts, found within {@code limit} of deterministic time; at least 0. */
    static double of(Problem p, Duration limit, Cuts cuts) {
        return prove(p, limit, cuts).seconds();
    }

    /** A bound and the deterministic time CP-SAT spent on it, seconds. */
    private record Proof(double seconds, double work) {}

    private static Proof prove(Problem p, Duration limit, Cuts cuts) {
        double cheap = LatencyBound.of(p);
        if (!(cheap > 0) || Double.isInfinite(cheap)) {
            return new Proof(cheap, 0);
        }
        TimeScale scale = TimeScale.of(cheap, STEPS);
        int layers = p.layers();
        int accs = p.accelerators();
        long[][] load = new long[layers][accs];
        long horizon = 0;
        for (int l = 0; l < layers; l++) {
            long longest = 0;
            for (int a = 0; a < accs; a++) {
                load[l][a] = p.allowed(l, a) ? scale.floor(LatencyBound.minimumDuration(p, l, a)) : -1;
                longest = Math.max(longest, load[l][a]);
            }
            horizon += longest;
            horizon += p.successors(l).length * transferUnits(p, scale, l);
        }
        CpModel model = new CpModel();
        OrTools.load();
        BoolVar[][] on = new BoolVar[layers][accs];
        IntVar[] finish = new IntVar[layers];
        IntVar latency = model.newIntVar(0, horizon, "T");
        LinearExprBuilder[] accLoad = new LinearExprBuilder[accs];
        for (int a = 0; a < accs; a++) {
            accLoad[a] = LinearExpr.newBuilder();
        }
        LinearExpr[] duration = new LinearExpr[layers];
        for (int l = 0; l < layers; l++) {
            LinearExprBuilder choice = LinearExpr.newBuilder();
            LinearExprBuilder own = LinearExpr.newBuilder();
            for (int a = 0; a < accs; a++) {
                if (load[l][a] >= 0) {
                    on[l][a] = model.newBoolVar("x" + l + "_" + a);
                    choice.add(on[l][a]);
                    own.addTerm(on[l][a], load[l][a]);
                    accLoad[a].addTerm(on[l][a], load[l][a]);
                }
            }
            model.addEquality(choice, 1);
            duration[l] = own.build();
            finish[l] = model.newIntVar(0, horizon, "f" + l);
            model.addGreaterOrEqual(finish[l], duration[l]);
            model.addLessOrEqual(finish[l], latency);
            for (int producer : p.predecessors(l)) {
                model.addGreaterOrEqual(
                        LinearExpr.newBuilder()
                                .add(finish[l])
                                .addTerm(finish[producer], -1)
                                .build(),
                        duration[l]);
                if (p.options().activations() == io.h2hdse.system.ExecutionOptions.Activations.EDGE) {
                    for (int a = 0; a < accs; a++) {
                        for (int b = 0; b < accs; b++) {
                            long moved = a == b ? 0 : scale.floor(p.transferSeconds(producer, a, b));
                            if (moved > 0 && on[producer][a] != null && on[l][b] != null) {
                                model.addGreaterOrEqual(
                                                LinearExpr.newBuilder()
                                                        .add(finish[l])
                                                        .addTerm(finish[producer], -1)
                                                        .addTerm(duration[l], -1)
                                                        .build(),
                                                moved)
                                        .onlyEnforceIf(new Literal[] {on[producer][a], on[l][b]});
                            }
                        }
                    }
                }
            }
        }
        if (p.options().activations() == io.h2hdse.system.ExecutionOptions.Activations.EDGE) {
            TransferRows.add(
                    p,
                    model,
                    on,
                    l -> LinearExpr.newBuilder()
                            .add(finish[l])
                            .addTerm(duration[l], -1)
                            .build(),
                    l -> finish[l],
                    scale::floor);
        }
        if (cuts != Cuts.NONE) {
            addLoadBetweenCuts(p, scale, model, on, load, finish, duration, latency);
        }
        if (cuts == Cuts.ALL) {
            addHeadTailCuts(p, scale, model, on, load, latency);
        }
        for (int a = 0; a < accs; a++) {
            model.addLessOrEqual(accLoad[a], latency);
        }
        model.minimize(latency);
        CpSolver solver = OrTools.solver(limit, 1, true);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("the assignment bound's model is " + status + ": a bug");
        }
        return new Proof(
                Math.max(0, scale.seconds(solver.bestObjectiveBound()) * (1 - SAFETY)),
                solver.response().getDeterministicTime());
    }

    /**
     * Sequencing cuts. Every layer that descends from a fork j (a layer with two or more consumers) and is an
     * ancestor of a merge k (two or more producers) starts after j ends and ends before k starts, and those of
     * them that share an accelerator run one after the other: k's start − j's end ≥ their least durations' sum,
     * on each accelerator. A source stands for j (its end: time 0) and the end of the schedule for k (T),
     * so these include "all ancestors of a merge on one accelerator end before it starts" and "all descendants
     * of a fork on one accelerator run after it ends". Pairs whose layers form a chain, and other layers than
     * forks and merges, add nothing the dependency paths do not already say.
     */
    private static void addLoadBetweenCuts(
            Problem p,
            TimeScale scale,
            CpModel model,
            BoolVar[][] on,
            long[][] load,
            IntVar[] finish,
            LinearExpr[] duration,
            IntVar latency) {
        int layers = p.layers();
        boolean edge = p.options().activations() == io.h2hdse.system.ExecutionOptions.Activations.EDGE;
        BitSet[] ancestors = Reachability.ancestors(p);
        BitSet[] descendants = Reachability.descendants(p);
        BitSet all = new BitSet(layers);
        all.set(0, layers);
        List<Integer> forks = new ArrayList<>();
        List<Integer> merges = new ArrayList<>();
        forks.add(-1);
        merges.add(-1);
        for (int l = 0; l < layers; l++) {
            if (p.successors(l).length > 1) {
                forks.add(l);
            }
            if (p.predecessors(l).length > 1) {
                merges.add(l);
            }
        }
        for (int j : forks) {
            for (int k : merges) {
                if (j < 0 && k < 0) {
                    continue; // every layer: the accelerator load constraint
                }
                BitSet between = (BitSet) (j < 0 ? all : descendants[j]).clone();
                between.and(k < 0 ? all : ancestors[k]);
                if (between.cardinality() < 2 || passesThroughOneLayer(between, ancestors, descendants)) {
                    continue;
                }
                for (int a = 0; a < p.accelerators(); a++) {
                    LinearExprBuilder gap = LinearExpr.newBuilder();
                    if (k < 0) {
                        gap.add(latency);
                    } else {
                        gap.add(finish[k]).addTerm(duration[k], -1);
                    }
                    if (j >= 0) {
                        gap.addTerm(finish[j], -1);
                    }
                    int terms = 0;
                    for (int l = between.nextSetBit(0); l >= 0; l = between.nextSetBit(l + 1)) {
                        if (on[l][a] != null && load[l][a] > 0) {
                            gap.addTerm(on[l][a], -load[l][a]);
                            terms++;
                        }
                    }
                    if (terms > 1) {
                        model.addGreaterOrEqual(gap, 0);
                        if (edge) {
                            addCrossingWindowCuts(p, scale, model, on, gap, between, j, k, a);
                        }
                    }
                }
            }
        }
    }

    /**
     * The fork-to-merge cut with the transfers into and out of the accelerator (EDGE mode). Of the layers
     * between j and k mapped to a, the first to start has a producer between j and k, or j itself, that is
     * not on a (it would have started earlier): it waits at least τin, the least transfer into a from such a
     * producer, after j's end. The last to start has a path to k whose next layer is not on a: k starts at
     * least τout, the least transfer out of a to such a layer, after it ends. When a consumer c of j between
     * them is on a and j is not, some layer is on a and the first pays τin; likewise with a producer q of k
     * and τout. So k's start − j's end ≥ their durations + τin × (c on a − j on a) + τout × (q on a − k on
     * a), for each such c and q: where a factor is 0 or −1 the row only loosens, and the plain cut holds.
     */
    private static void addCrossingWindowCuts(
            Problem p,
            TimeScale scale,
            CpModel model,
            BoolVar[][] on,
            LinearExprBuilder gap,
            BitSet between,
            int j,
            int k,
            int a) {
        long in = Long.MAX_VALUE;
        long out = Long.MAX_VALUE;
        for (int l = between.nextSetBit(0); l >= 0; l = between.nextSetBit(l + 1)) {
            if (on[l][a] == null) {
                continue;
            }
            for (int q : p.predecessors(l)) {
                if (q == j || between.get(q)) {
                    in = Math.min(in, leastTransfer(p, scale, on, q, -1, a));
                }
            }
            for (int c : p.successors(l)) {
                if (c == k || between.get(c)) {
                    out = Math.min(out, leastTransfer(p, scale, on, l, a, c));
                }
            }
        }
        List<int[]> sides = new ArrayList<>();
        if (j >= 0 && in > 0 && in != Long.MAX_VALUE) {
            for (int c : p.successors(j)) {
                if (between.get(c) && on[c][a] != null) {
                    sides.add(new int[] {c, -1});
                }
            }
        }
        List<int[]> withOut = new ArrayList<>();
        if (k >= 0 && out > 0 && out != Long.MAX_VALUE) {
            for (int q : p.predecessors(k)) {
                if (between.get(q) && on[q][a] != null) {
                    if (sides.isEmpty()) {
                        withOut.add(new int[] {-1, q});
                    }
                    for (int[] side : sides) {
                        withOut.add(new int[] {side[0], q});
                    }
                }
            }
        }
        for (int[] pair : withOut.isEmpty() ? sides : withOut) {
            LinearExprBuilder row = LinearExpr.newBuilder().add(gap.build());
            if (pair[0] >= 0) {
                row.addTerm(on[pair[0]][a], -in);
                if (on[j][a] != null) {
                    row.addTerm(on[j][a], in);
                }
            }
            if (pair[1] >= 0) {
                row.addTerm(on[pair[1]][a], -out);
                if (on[k][a] != null) {
                    row.addTerm(on[k][a], out);
                }
            }
            model.addGreaterOrEqual(row, 0);
        }
    }

    /**
     * The least transfer of producer q's output between accelerator a and another place: into a from
     * wherever else q may run ({@code from} −1), or out of a to wherever else layer {@code to} may run.
     */
    private static long leastTransfer(Problem p, TimeScale scale, BoolVar[][] on, int q, int from, int target) {
        long least = Long.MAX_VALUE;
        for (int b = 0; b < p.accelerators(); b++) {
            if (from < 0) {
                if (b != target && on[q][b] != null) {
                    least = Math.min(least, scale.floor(p.transferSeconds(q, b, target)));
                }
            } else if (b != from && on[target][b] != null) {
                least = Math.min(least, scale.floor(p.transferSeconds(q, from, b)));
            }
        }
        return least;
    }

    /**
     * One-machine cuts on heads and tails that depend on the accelerator. A layer's head on accelerator a,
     * {@code head[l][a]}, is a time before which no plan that maps it to a starts it: over its producers, the
     * latest of the least, over where the producer may run, of its head there, its least duration there and
     * (in {@code EDGE} mode, from another accelerator) the activation's transfer to a. Its tail on a is the
     * least time any such plan still runs after it ends, the same way forward. The layers mapped to a whose
     * head there is at least h run one after the other from h on, and the last of them still has its tail to
     * go: when any is mapped there, T ≥ h + their durations + the least tail among them; and symmetrically
     * for the layers whose tail is at least q. The "any" is a literal at least each of their mapping literals.
     */
    private static void addHeadTailCuts(
            Problem p, TimeScale scale, CpModel model, BoolVar[][] on, long[][] load, IntVar latency) {
        long[][] head = heads(p, scale, load);
        long[][] tail = tails(p, scale, load);
        for (int a = 0; a < p.accelerators(); a++) {
            addThresholdCuts(model, on, load, latency, a, head, tail);
            addThresholdCuts(model, on, load, latency, a, tail, head);
        }
    }

    /** Each layer's head on each accelerator it may run on, in units, rounded down (-1 where it may not run). */
    static long[][] heads(Problem p, TimeScale scale, long[][] load) {
        int accs = p.accelerators();
        boolean edge = p.options().activations() == io.h2hdse.system.ExecutionOptions.Activations.EDGE;
        long[][] head = new long[p.layers()][accs];
        for (int l = 0; l < p.layers(); l++) {
            for (int a = 0; a < accs; a++) {
                if (load[l][a] < 0) {
                    head[l][a] = -1;
                    continue;
                }
                for (int q : p.predecessors(l)) {
                    long earliest = Long.MAX_VALUE;
                    for (int b = 0; b < accs; b++) {
                        if (load[q][b] >= 0) {
                            long moved = edge && b != a ? scale.floor(p.transferSeconds(q, b, a)) : 0;
                            earliest = Math.min(earliest, head[q][b] + load[q][b] + Math.max(0, moved));
                        }
                    }
                    head[l][a] = Math.max(head[l][a], earliest);
                }
            }
        }
        return head;
    }

    /** Each layer's tail on each accelerator it may run on, in units, rounded down (-1 where it may not run). */
    static long[][] tails(Problem p, TimeScale scale, long[][] load) {
        int accs = p.accelerators();
        boolean edge = p.options().activations() == io.h2hdse.system.ExecutionOptions.Activations.EDGE;
        long[][] tail = new long[p.layers()][accs];
        for (int l = p.layers() - 1; l >= 0; l--) {
            for (int a = 0; a < accs; a++) {
                if (load[l][a] < 0) {
                    tail[l][a] = -1;
                    continue;
                }
                for (int c : p.successors(l)) {
                    long least = Long.MAX_VALUE;
                    for (int b = 0; b < accs; b++) {
                        if (load[c][b] >= 0) {
                            long moved = edge && b != a ? scale.floor(p.transferSeconds(l, a, b)) : 0;
                            least = Math.min(least, Math.max(0, moved) + load[c][b] + tail[c][b]);
                        }
                    }
                    tail[l][a] = Math.max(tail[l][a], least);
                }
            }
        }
        return tail;
    }

    /**
     * For each threshold h of {@code before} on {@code a}: when a layer with {@code before} ≥ h is mapped to
     * a, T ≥ h + the durations of those mapped there + the least {@code after} among them.
     */
    private static void addThresholdCuts(
            CpModel model, BoolVar[][] on, long[][] load, IntVar latency, int a, long[][] before, long[][] after) {
        List<Integer> here = new ArrayList<>();
        for (int l = 0; l < on.length; l++) {
            if (on[l][a] != null && load[l][a] > 0) {
                here.add(l);
            }
        }
        here.sort(Comparator.comparingLong((Integer l) -> before[l][a]).reversed());
        LinearExprBuilder work = LinearExpr.newBuilder();
        List<Literal> members = new ArrayList<>();
        long leastAfter = Long.MAX_VALUE;
        int cuts = 0;
        for (int i = 0; i < here.size(); i++) {
            int l = here.get(i);
            work.addTerm(on[l][a], load[l][a]);
            members.add(on[l][a]);
            leastAfter = Math.min(leastAfter, after[l][a]);
            boolean lastOfThreshold = i + 1 == here.size() || before[here.get(i + 1)][a] < before[l][a];
            if (lastOfThreshold && (i + 1) * THRESHOLDS / here.size() > cuts) {
                cuts++;
                long fixed = before[l][a] + leastAfter;
                if (fixed <= 0) {
                    continue;
                }
                BoolVar any = model.newBoolVar("any" + a + "_" + l);
                for (Literal member : members) {
                    model.addImplication(member, any);
                }
                model.addGreaterOrEqual(
                        LinearExpr.newBuilder()
                                .add(latency)
                                .addTerm(any, -fixed)
                                .build(),
                        work.build());
            }
        }
    }

    /**
     * Whether every layer of the set is an ancestor or a descendant of one of them, m: then the set is the
     * layers between j and m, m, and those between m and k, and the cut adds up the cuts (or paths) on
     * either side of m.
     */
    private static boolean passesThroughOneLayer(BitSet between, BitSet[] ancestors, BitSet[] descendants) {
        for (int m = between.nextSetBit(0); m >= 0; m = between.nextSetBit(m + 1)) {
            BitSet rest = (BitSet) between.clone();
            rest.andNot(ancestors[m]);
            rest.andNot(descendants[m]);
            rest.clear(m);
            if (rest.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static long transferUnits(Problem p, TimeScale scale, int producer) {
        long longest = 0;
        for (int a = 0; a < p.accelerators(); a++) {
            for (int b = 0; b < p.accelerators(); b++) {
                longest = Math.max(longest, scale.ceil(p.transferSeconds(producer, a, b)));
            }
        }
        return longest;
    }
}
