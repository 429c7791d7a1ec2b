package io.h2hdse.bench;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.h2h.H2h;
import io.h2hdse.solver.h2h.H2hResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Time of one full H2H run (steps 1-4, every step-4 candidate with its knapsacks and timing) on a
 * 150-layer three-branch CNN and four FPGA accelerators ({@link ThreeBranchFpgaProblem}). The problem
 * is compiled once outside the measurement: this measures the solver, not the cost model.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class H2hBenchmark {
    private Problem problem;

    @Setup(Level.Trial)
    public void setUp() {
        problem = ThreeBranchFpgaProblem.problem();
    }

    @Benchmark
    public H2hResult h2h() {
        return H2h.run(problem);
    }
}
