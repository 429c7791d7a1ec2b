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

/**
 * The assignment bound: one mapping shared by a load term and a path term, with no sequencing. Every
 * layer goes to one allowed accelerator and takes there its least unavoidable time
 * ({@link LatencyBound#minimumDuration}); T is at least each accelerator's total load and at least every
 * dependency path, a path paying an activation's transfer where (in {@code EDGE} mode) producer and
 * consumer sit on different accelerators. Every plan satisfies these with T = its latency, so the least
 * T bounds every plan's latency. CP-SAT minimises T on times rounded down ({@link TimeScale#floor}),
 * so its proven objective bound, in seconds, is a bound on the real problem too; a run stopped by its
 * time limit still gives a valid (weaker) bound.
 */
public final class AssignmentBound {
    /** Units in the cheap bound: rounding each time down loses at most one unit per layer and edge of a path. */
    private static final double STEPS = 1e9;
    /** Relative margin for the floating-point sums of the evaluator and the conversion back to seconds. */
    private static final double SAFETY = 1e-9;

    private AssignmentBound() {}

    /** The bound, found within {@code limit} by one CP-SAT worker; at least 0. */
    public static double of(Problem p, Duration limit) {
        double cheap = LatencyBound.of(p);
        if (!(cheap > 0) || Double.isInfinite(cheap)) {
            return cheap;
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
        for (int a = 0; a < accs; a++) {
            model.addLessOrEqual(accLoad[a], latency);
        }
        model.minimize(latency);
        CpSolver solver = OrTools.solver(limit, 1, false);
        CpSolverStatus status = solver.solve(model);
        if (status == CpSolverStatus.INFEASIBLE || status == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalStateException("the assignment bound's model is " + status + ": a bug");
        }
        return Math.max(0, scale.seconds(solver.bestObjectiveBound()) * (1 - SAFETY));
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
