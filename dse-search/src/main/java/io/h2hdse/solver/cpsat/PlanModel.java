package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CircuitConstraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The evaluator's semantics (the {@code eval} package doc) as a CP-SAT model over plans: mapping,
 * each accelerator's order and weight residency together. Times are integers of a {@link TimeScale},
 * every duration and transfer rounded up, so a solution's makespan is never below the evaluator's
 * latency of the plan it encodes, and exceeds it by less than one unit per layer and edge of a path.
 *
 * <ul>
 *   <li>Mapping: one literal per allowed (layer, accelerator) pair, exactly one per layer.</li>
 *   <li>Order: per accelerator an optional interval per layer and no overlap; in the back-to-back
 *   activation modes also a circuit through the accelerator's layers (arc i → j: j runs right after
 *   i), whose arcs say which activations stay local.</li>
 *   <li>Duration: one literal per (layer, accelerator, own transfers) combination: weights moved unless
 *   resident, input read and output written (in {@code EDGE} mode fixed by sources and sinks, in the
 *   back-to-back modes unless the producer or consumer that keeps it local runs right before or after),
 *   each with the problem's duration and energy of that combination, so either overlap mode is exact.</li>
 *   <li>Residency: a literal per pair whose weights fit the accelerator at all; resident weights within
 *   each accelerator's weight capacity, in whole bits.</li>
 *   <li>Data: a consumer starts after each producer ends, plus in {@code EDGE} mode the pair's transfer
 *   when they sit on different accelerators (also as {@link TransferRows}, for CP-SAT's linear relaxation).</li>
 *   <li>Energy: every combination's energy, each moved activation's, and static power over the makespan
 *   (the {@code BUSY_POWER} accounting has no static term), in units of {@code energyUnit} joules,
 *   rounded to the nearest: it steers the ε-constraint runs; recorded energies are the evaluator's.</li>
 * </ul>
 */
final class PlanModel {
    final CpModel model = new CpModel();
    final TimeScale time;
    final IntVar makespan;
    final LinearExpr energy;
    private final Problem p;
    private final int layers;
    private final int accs;
    private final boolean edge;
    private final BoolVar[][] on;
    /** [layer][acc]: weights resident; null where fixed (no weights: resident; too large: never). */
    private final BoolVar[][] resident;

    private final IntVar[] start;
    private final IntVar[] end;
    /** Back-to-back modes: [acc][i][j] arc i → j of the accelerator's circuit, index {@code layers} the depot. */
    private final BoolVar[][][] arc;

    PlanModel(Problem p, TimeScale time, double energyUnit, long horizon) {
        this.p = p;
        this.time = time;
        this.layers = p.layers();
        this.accs = p.accelerators();
        this.edge = p.options().activations() == ExecutionOptions.Activations.EDGE;
        OrTools.load();
        on = new BoolVar[layers][accs];
        resident = new BoolVar[layers][accs];
        start = new IntVar[layers];
        end = new IntVar[layers];
        arc = edge ? null : new BoolVar[accs][][];
        for (int l = 0; l < layers; l++) {
            start[l] = model.newIntVar(0, horizon, "s" + l);
            end[l] = model.newIntVar(0, horizon, "e" + l);
            List<Literal> choices = new ArrayList<>();
            for (int a = 0; a < accs; a++) {
                if (p.allowed(l, a)) {
                    on[l][a] = model.newBoolVar("x" + l + "_" + a);
                    choices.add(on[l][a]);
                    double w = p.weightBits(l);
                    if (w > 0 && w <= p.weightCapacityBits(a)) {
                        resident[l][a] = model.newBoolVar("r" + l + "_" + a);
                        model.addImplication(resident[l][a], on[l][a]);
                    }
                }
            }
            model.addExactlyOne(choices);
        }
        for (int a = 0; a < accs; a++) {
            LinearExprBuilder held = LinearExpr.newBuilder();
            for (int l = 0; l < layers; l++) {
                if (resident[l][a] != null) {
                    held.addTerm(resident[l][a], (long) p.weightBits(l));
                }
            }
            model.addLessOrEqual(held, (long) p.weightCapacityBits(a));
        }
        if (!edge) {
            BitSet[] ancestors = Reachability.ancestors(p); // a layer never runs right after one of its descendants
            for (int a = 0; a < accs; a++) {
                circuit(a, ancestors);
            }
        }
        LinearExprBuilder joules = LinearExpr.newBuilder();
        List<List<IntervalVar>> intervals = new ArrayList<>();
        for (int a = 0; a < accs; a++) {
            intervals.add(new ArrayList<>());
        }
        for (int l = 0; l < layers; l++) {
            LinearExprBuilder length = LinearExpr.newBuilder();
            long shortest = Long.MAX_VALUE;
            long longest = 0;
            for (int a = 0; a < accs; a++) {
                if (on[l][a] == null) {
                    continue;
                }
                Literal[] moved = {weightsMoved(l, a), inputRead(l, a), outputWritten(l, a)};
                Boolean[] fixed = {fixedWeightsMoved(l, a), edge ? p.predecessors(l).length == 0 : null, null};
                if (edge) {
                    fixed[2] = p.successors(l).length == 0;
                } else {
                    fixed[1] = moved[1] == null;
                    fixed[2] = moved[2] == null;
                }
                for (int combo = 0; combo < 8; combo++) {
                    boolean[] bit = {(combo & 4) != 0, (combo & 2) != 0, (combo & 1) != 0};
                    if (!consistent(bit, moved, fixed)) {
                        continue;
                    }
                    Literal chosen = combination(l, a, bit, moved);
                    long units = time.ceil(p.duration(l, a, bit[0], bit[1], bit[2]));
                    length.addTerm(chosen, units);
                    joules.addTerm(chosen, Math.round(p.energy(l, a, bit[0], bit[1], bit[2]) / energyUnit));
                    shortest = Math.min(shortest, units);
                    longest = Math.max(longest, units);
                }
            }
            IntVar duration = model.newIntVar(shortest, longest, "d" + l);
            model.addEquality(duration, length);
            model.addEquality(LinearExpr.newBuilder().add(start[l]).add(duration), end[l]);
            for (int a = 0; a < accs; a++) {
                if (on[l][a] != null) {
                    intervals.get(a).add(model.newOptionalIntervalVar(start[l], duration, end[l], on[l][a], "i" + l));
                }
            }
        }
        intervals.forEach(model::addNoOverlap);
        for (int c = 0; c < layers; c++) {
            for (int producer : p.predecessors(c)) {
                model.addGreaterOrEqual(start[c], end[producer]);
                if (edge) {
                    transfers(producer, c, joules, energyUnit);
                }
            }
        }
        if (edge) {
            TransferRows.add(p, model, on, l -> start[l], l -> end[l], time::ceil);
        }
        makespan = model.newIntVar(0, horizon, "makespan");
        for (int l = 0; l < layers; l++) {
            model.addLessOrEqual(end[l], makespan);
        }
        if (p.options().energy() == ExecutionOptions.Energy.COMPONENTS) {
            double staticW = p.system().accelerators().stream()
                    .mapToDouble(Accelerator::staticPowerW)
                    .sum();
            joules.addTerm(makespan, Math.round(staticW * time.unit() / energyUnit));
        }
        energy = joules.build();
    }

    private void circuit(int a, BitSet[] ancestors) {
        List<Integer> here = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            if (on[l][a] != null) {
                here.add(l);
            }
        }
        arc[a] = new BoolVar[layers + 1][layers + 1];
        CircuitConstraint circuit = model.addCircuit();
        int depot = 0;
        BoolVar empty = model.newBoolVar("empty" + a);
        circuit.addArc(depot, depot, empty);
        for (int i = 0; i < here.size(); i++) {
            int li = here.get(i);
            model.addImplication(empty, on[li][a].not());
            circuit.addArc(i + 1, i + 1, on[li][a].not());
            arc[a][layers][li] = model.newBoolVar("first" + a + "_" + li);
            arc[a][li][layers] = model.newBoolVar("last" + a + "_" + li);
            circuit.addArc(depot, i + 1, arc[a][layers][li]);
            circuit.addArc(i + 1, depot, arc[a][li][layers]);
            for (int j = 0; j < here.size(); j++) {
                int lj = here.get(j);
                if (i != j && !ancestors[li].get(lj)) {
                    arc[a][li][lj] = model.newBoolVar("a" + a + "_" + li + "_" + lj);
                    circuit.addArc(i + 1, j + 1, arc[a][li][lj]);
                    model.addGreaterOrEqual(start[lj], end[li]).onlyEnforceIf(arc[a][li][lj]);
                }
            }
        }
    }

    private Boolean fixedWeightsMoved(int l, int a) {
        if (resident[l][a] != null) {
            return null;
        }
        return p.weightBits(l) > 0;
    }

    private Literal weightsMoved(int l, int a) {
        return resident[l][a] == null ? null : resident[l][a].not();
    }

    /** Back-to-back modes: the literal "the input is read over the link" (null: always read). */
    private Literal inputRead(int l, int a) {
        if (edge) {
            return null;
        }
        List<Literal> local = new ArrayList<>();
        for (int producer : p.predecessors(l)) {
            if (p.localSuccessor(producer) == l && arc[a][producer][l] != null) {
                local.add(arc[a][producer][l]);
            }
        }
        if (local.isEmpty()) {
            return null;
        }
        BoolVar kept = model.newBoolVar("inLocal" + l + "_" + a);
        model.addEquality(LinearExpr.sum(local.toArray(Literal[]::new)), kept);
        return kept.not();
    }

    /** Back-to-back modes: the literal "the output is written over the link" (null: always written). */
    private Literal outputWritten(int l, int a) {
        if (edge) {
            return null;
        }
        int next = p.localSuccessor(l);
        return next >= 0 && arc[a][l][next] != null ? arc[a][l][next].not() : null;
    }

    private static boolean consistent(boolean[] bit, Literal[] moved, Boolean[] fixed) {
        for (int k = 0; k < 3; k++) {
            if (moved[k] == null && fixed[k] != bit[k]) {
                return false;
            }
        }
        return true;
    }

    /** The literal of one combination of own transfers on (l, a); the pair's own literal when nothing varies. */
    private Literal combination(int l, int a, boolean[] bit, Literal[] moved) {
        boolean varies = moved[0] != null || moved[1] != null || moved[2] != null;
        if (!varies) {
            return on[l][a];
        }
        BoolVar chosen = model.newBoolVar("m" + l + "_" + a);
        model.addImplication(chosen, on[l][a]);
        List<Literal> clause = new ArrayList<>();
        clause.add(on[l][a].not());
        for (int k = 0; k < 3; k++) {
            if (moved[k] != null) {
                Literal holds = bit[k] ? moved[k] : moved[k].not();
                model.addImplication(chosen, holds);
                clause.add(holds.not());
            }
        }
        clause.add(chosen);
        // On (l, a) with these transfers, this combination is the one chosen.
        model.addBoolOr(clause);
        return chosen;
    }

    private void transfers(int producer, int consumer, LinearExprBuilder joules, double energyUnit) {
        for (int a = 0; a < accs; a++) {
            for (int b = 0; b < accs; b++) {
                if (a == b || on[producer][a] == null || on[consumer][b] == null) {
                    continue;
                }
                long units = time.ceil(p.transferSeconds(producer, a, b));
                Literal[] both = {on[producer][a], on[consumer][b]};
                if (units > 0) {
                    model.addGreaterOrEqual(
                                    LinearExpr.newBuilder().add(start[consumer]).addTerm(end[producer], -1), units)
                            .onlyEnforceIf(both);
                }
                long energyUnits = Math.round(p.transferJoules(producer, a, b) / energyUnit);
                if (energyUnits > 0) {
                    BoolVar moved = model.newBoolVar("t" + producer + "_" + consumer);
                    model.addBoolOr(new Literal[] {on[producer][a].not(), on[consumer][b].not(), moved});
                    joules.addTerm(moved, energyUnits);
                }
            }
        }
    }

    /** Fixes the model to a plan with an explicit order and residency (as {@link CpSatSolver#explicit} gives). */
    void fix(Plan plan) {
        int[] mapping = plan.mapping();
        for (int l = 0; l < layers; l++) {
            model.addEquality(on[l][mapping[l]], 1);
            if (resident[l][mapping[l]] != null) {
                model.addEquality(resident[l][mapping[l]], plan.resident()[l] ? 1 : 0);
            }
        }
        for (int a = 0; a < accs; a++) {
            int[] order = plan.order()[a];
            for (int k = 1; k < order.length; k++) {
                model.addGreaterOrEqual(start[order[k]], end[order[k - 1]]);
            }
            if (!edge && order.length > 0) {
                model.addEquality(arc[a][layers][order[0]], 1);
                for (int k = 1; k < order.length; k++) {
                    model.addEquality(arc[a][order[k - 1]][order[k]], 1);
                }
                model.addEquality(arc[a][order[order.length - 1]][layers], 1);
            }
        }
    }

    /** The plan a solution encodes: its mapping, each accelerator's order and the residency, local activations on. */
    Plan plan(ToLongFunction<IntVar> value, Predicate<Literal> holds) {
        int[] mapping = new int[layers];
        boolean[] isResident = new boolean[layers];
        for (int l = 0; l < layers; l++) {
            for (int a = 0; a < accs; a++) {
                if (on[l][a] != null && holds.test(on[l][a])) {
                    mapping[l] = a;
                }
            }
            BoolVar r = resident[l][mapping[l]];
            isResident[l] = r != null ? holds.test(r) : p.weightBits(l) == 0;
        }
        int[][] order = new int[accs][];
        for (int a = 0; a < accs; a++) {
            order[a] = edge ? byStart(mapping, a, value) : byCircuit(a, holds);
        }
        return new Plan(mapping, order, isResident, true);
    }

    private int[] byStart(int[] mapping, int a, ToLongFunction<IntVar> value) {
        List<Integer> here = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            if (mapping[l] == a) {
                here.add(l);
            }
        }
        here.sort(Comparator.comparingLong((Integer l) -> value.applyAsLong(start[l]))
                .thenComparingLong(l -> value.applyAsLong(end[l]))
                .thenComparingInt(l -> l));
        return here.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] byCircuit(int a, Predicate<Literal> holds) {
        List<Integer> order = new ArrayList<>();
        int current = layers;
        do {
            int next = -1;
            for (int j = 0; j <= layers && next < 0; j++) {
                BoolVar candidate = arc[a][current][j];
                if (candidate != null && holds.test(candidate)) {
                    next = j;
                }
            }
            if (next < 0 || next == layers) {
                break;
            }
            order.add(next);
            current = next;
        } while (true);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
