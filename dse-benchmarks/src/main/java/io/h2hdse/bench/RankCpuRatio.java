package io.h2hdse.bench;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.ExecutionOptions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * {@code EvaluatorBenchmark.batchRank} against {@code batch} timed by the thread's CPU time, the two
 * alternating round by round, for machines whose cores are shared (JMH runs one benchmark after the
 * other, and the neighbours' load changes in between). Same problems and mappings as
 * {@link EvaluatorBenchmark} (4 accelerators, 1024 distinct mappings, 64 per batch call). Prints a
 * Markdown table of the medians of {@code rounds} rounds (after as many unmeasured ones).
 *
 * <pre>java -cp dse-benchmarks/target/benchmarks.jar io.h2hdse.bench.RankCpuRatio [rounds=15]</pre>
 */
public final class RankCpuRatio {
    private static final int DISTINCT = 1024;
    private static final int BATCH = 64;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RankCpuRatio() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0].replace("rounds=", "")) : 15;
        System.out.println("| weights | layers | topological layer-evaluations/CPU-s | rank layer-evaluations/CPU-s "
                + "| rank ÷ topological |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String weights : new String[] {"AMPLE", "TIGHT"}) {
            for (int layers : new int[] {200, 2000}) {
                Problem problem = SyntheticProblems.problem(
                        layers, 4, ExecutionOptions.defaults(), SyntheticProblems.WeightMemory.valueOf(weights), 42);
                Random random = new Random(7);
                int[][] populations = new int[DISTINCT / BATCH][BATCH * layers];
                for (int m = 0; m < DISTINCT; m++) {
                    System.arraycopy(
                            problem.randomMapping(random), 0, populations[m / BATCH], (m % BATCH) * layers, layers);
                }
                Evaluator topological = new Evaluator(problem, OrderPolicy.TOPOLOGICAL);
                Evaluator rank = new Evaluator(problem, OrderPolicy.RANK);
                double[] topologicalRates = new double[rounds];
                double[] rankRates = new double[rounds];
                for (int round = -rounds; round < rounds; round++) {
                    double t = rate(topological, populations, layers);
                    double r = rate(rank, populations, layers);
                    if (round >= 0) {
                        topologicalRates[round] = t;
                        rankRates[round] = r;
                    }
                }
                double t = median(topologicalRates);
                double r = median(rankRates);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %d | %.3g | %.3g | %.3f |%n",
                        weights.toLowerCase(Locale.ROOT),
                        layers,
                        t,
                        r,
                        r / t);
            }
        }
    }

    /** Layer-evaluations per CPU-second over at least 400 mappings' worth of layers × 1024. */
    private static double rate(Evaluator evaluator, int[][] populations, int layers) {
        double[] latency = new double[BATCH];
        double[] energy = new double[BATCH];
        int repeats = Math.max(1, 400 / layers);
        long start = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < repeats; r++) {
            for (int[] population : populations) {
                evaluator.evaluate(population, BATCH, latency, energy);
            }
        }
        return (double) repeats * DISTINCT * layers * 1e9 / (THREADS.getCurrentThreadCpuTime() - start);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
