package io.h2hdse.bench;

import io.h2hdse.eval.LatencyBound;
import io.h2hdse.eval.Problem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The cheap bound every runs.csv row starts from ({@link LatencyBound}), on the problems of
 * {@link ZooEvaluatorBenchmark}: its time per call, to set beside a 100,000-evaluation job (100,000 over
 * that benchmark's evaluations per second, measured in the same run). The target: at most 5 %.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LatencyBoundBenchmark {
    @Param({"vlocnet", "casia-surf", "vgg3"})
    String model;

    @Param({"mixed6-medium"})
    String system;

    private Problem problem;

    @Setup(Level.Trial)
    public void setUp() {
        problem = ZooProblem.of(model, system);
    }

    @Benchmark
    public double cheapBound() {
        return LatencyBound.of(problem);
    }
}
