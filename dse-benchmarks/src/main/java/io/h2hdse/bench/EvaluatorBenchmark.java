package io.h2hdse.bench;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.ExecutionOptions;
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
 * Throughput of the shared evaluator, one operation = one mapping evaluated: {@code full} (one
 * mapping through the single-plan entry point) and {@code batch} (populations of
 * {@link Populations#batchSize} mappings through the batch entry point), both in topological order
 * ({@link OrderPolicy#TOPOLOGICAL}); {@code batchRank} and {@code fullRank} are the same under the
 * rank decoder ({@link OrderPolicy#RANK}, the default every solver uses), on the same mappings.
 * Layers per second = ops/s × layers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluatorBenchmark {
    /**
     * Distinct mappings the benchmarks cycle through. Re-evaluating a few mappings lets the branch
     * predictor learn their data-dependent branches (on 2000 layers: twice the throughput of fresh
     * mappings); a solver never repeats itself like that.
     */
    private static final int DISTINCT = 1024;

    @Param({"20", "200", "2000"})
    int layers;

    @Param({"2", "4", "16"})
    int accelerators;

    /** TIGHT: weight memory holds a few layers per accelerator; AMPLE: all of them. */
    @Param({"TIGHT", "AMPLE"})
    String weights;

    private Evaluator evaluator;
    private Evaluator rankEvaluator;
    private Plan[] plans;
    private int nextPlan;
    private final double[] out = new double[2];

    @Setup(Level.Trial)
    public void setUp() {
        Problem problem = SyntheticProblems.problem(
                layers, accelerators, ExecutionOptions.defaults(), SyntheticProblems.WeightMemory.valueOf(weights), 42);
        evaluator = new Evaluator(problem, OrderPolicy.TOPOLOGICAL);
        rankEvaluator = new Evaluator(problem, OrderPolicy.RANK);
        Random random = new Random(7);
        plans = new Plan[DISTINCT];
        for (int m = 0; m < DISTINCT; m++) {
            plans[m] = Plan.of(problem.randomMapping(random));
        }
    }

    @Benchmark
    public double full() {
        evaluator.evaluate(plans[nextPlan++ & (DISTINCT - 1)], out);
        return out[0];
    }

    @Benchmark
    public double fullRank() {
        rankEvaluator.evaluate(plans[nextPlan++ & (DISTINCT - 1)], out);
        return out[0];
    }

    /** The same {@value #DISTINCT} mappings as {@code full}'s, laid out as populations of {@code batchSize}. */
    @State(Scope.Thread)
    public static class Populations {
        @Param({"1", "64", "1024"})
        int batchSize;

        private int[][] populations;
        private double[] latency;
        private double[] energy;

        @Setup(Level.Trial)
        public void setUp(EvaluatorBenchmark benchmark) {
            int layers = benchmark.layers;
            populations = new int[DISTINCT / batchSize][batchSize * layers];
            for (int m = 0; m < DISTINCT; m++) {
                System.arraycopy(
                        benchmark.plans[m].mapping(), 0, populations[m / batchSize], (m % batchSize) * layers, layers);
            }
            latency = new double[batchSize];
            energy = new double[batchSize];
        }
    }

    /** All {@value #DISTINCT} mappings, {@code batchSize} per call. */
    @Benchmark
    @OperationsPerInvocation(DISTINCT)
    public double batch(Populations p) {
        double sum = 0;
        for (int[] population : p.populations) {
            evaluator.evaluate(population, p.batchSize, p.latency, p.energy);
            sum += p.latency[p.batchSize - 1];
        }
        return sum;
    }

    /** {@code batch} under the rank decoder. */
    @Benchmark
    @OperationsPerInvocation(DISTINCT)
    public double batchRank(Populations p) {
        double sum = 0;
        for (int[] population : p.populations) {
            rankEvaluator.evaluate(population, p.batchSize, p.latency, p.energy);
            sum += p.latency[p.batchSize - 1];
        }
        return sum;
    }
}
