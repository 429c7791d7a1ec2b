package io.h2hdse.bench;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SolverCatalog;
import io.h2hdse.solver.SolverResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Evaluations per second of whole solver runs on a zoo model ({@link ZooProblem}); compare with
 * {@link ZooEvaluatorBenchmark}, the evaluator's own rate on the same problem. One operation = one
 * evaluation: each invocation runs {@code solver} for {@link #EVALUATIONS} evaluations with seed 1, so
 * every invocation does the same work (solver set-up included, as in a sweep's job).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SolverBenchmark {
    static final int EVALUATIONS = 20_000;

    @Param({"vlocnet", "casia-surf", "vgg3"})
    String model;

    @Param({"mixed6-medium"})
    String system;

    @Param({"ga", "nsga2", "optaplanner", "random"})
    String solver;

    private Problem problem;

    @Setup(Level.Trial)
    public void setUp() {
        problem = ZooProblem.of(model, system);
    }

    @Benchmark
    @OperationsPerInvocation(EVALUATIONS)
    public SolverResult solve() {
        return SolverCatalog.create(solver).solve(problem, Budget.evaluations(EVALUATIONS), 1);
    }
}
