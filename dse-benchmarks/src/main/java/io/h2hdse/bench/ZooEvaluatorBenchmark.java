package io.h2hdse.bench;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
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

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The evaluator's own rate on the problems of {@link SolverBenchmark}: random allowed mappings through
 * the batch entry point under the default (rank) order, {@link #BATCH} per call as the genetic solvers call it, cycling through
 * {@link #DISTINCT_BATCHES} populations. One operation = one mapping evaluated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ZooEvaluatorBenchmark {
    private static final int BATCH = 64;
    private static final int DISTINCT_BATCHES = 16;

    @Param({"vlocnet", "casia-surf", "vgg3"})
    String model;

    @Param({"mixed6-medium"})
    String system;

    private Evaluator evaluator;
    private int[][] populations;
    private int next;
    private final double[] latency = new double[BATCH];
    private final double[] energy = new double[BATCH];

    @Setup(Level.Trial)
    public void setUp() {
        Problem problem = ZooProblem.of(model, system);
        evaluator = new Evaluator(problem);
        int layers = problem.layers();
        Random random = new Random(7);
        populations = new int[DISTINCT_BATCHES][BATCH * layers];
        for (int[] population : populations) {
            for (int m = 0; m < BATCH; m++) {
                System.arraycopy(problem.randomMapping(random), 0, population, m * layers, layers);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double[] batch() {
        evaluator.evaluate(populations[next], BATCH, latency, energy);
        next = (next + 1) % DISTINCT_BATCHES;
        return latency;
    }
}
