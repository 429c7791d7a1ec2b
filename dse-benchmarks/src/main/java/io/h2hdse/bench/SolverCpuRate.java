package io.h2hdse.bench;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.SolverCatalog;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@link SolverBenchmark} and {@link ZooEvaluatorBenchmark} timed by the thread's CPU time instead of
 * wall time, for machines whose cores are shared (wall-time rates there swing with the neighbours'
 * load; CPU time leaves out the time the thread waited for a core, though not the JIT's and the
 * collector's threads). Prints a Markdown table: per model and solver the median evaluations per
 * CPU-second of {@code runs} solver runs (after {@code warmup} unmeasured ones) at a fixed budget and
 * seed, the evaluator's median on the same problem, and their ratio.
 *
 * <pre>java -cp dse-benchmarks/target/benchmarks.jar io.h2hdse.bench.SolverCpuRate
 *     [models=vlocnet,casia-surf,vgg3] [system=mixed6-medium] [solvers=ga,nsga2,optaplanner,random]
 *     [budget=20000] [warmup=2] [runs=5]</pre>
 * Run from the repository root (the system is read from {@code configs/}).
 */
public final class SolverCpuRate {
    private static final int BATCH = 64;
    private static final int EVALUATOR_CALLS = 4_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SolverCpuRate() {}

    public static void main(String[] args) {
        Settings settings = Settings.parse(args);
        System.out.println("| model | solver | solver evals/CPU-s | evaluator evals/CPU-s | solver ÷ evaluator |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String model : settings.models()) {
            Problem problem = ZooProblem.of(model, settings.system());
            double evaluator = median(settings, () -> evaluatorRate(problem));
            for (String solver : settings.solvers()) {
                double rate = median(settings, () -> solverRate(problem, solver, settings.budget()));
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %,.0f | %,.0f | %.1f %% |%n",
                        model,
                        solver,
                        rate,
                        evaluator,
                        100 * rate / evaluator);
            }
        }
    }

    private record Settings(
            List<String> models, String system, List<String> solvers, long budget, int warmup, int runs) {
        static Settings parse(String[] args) {
            Settings s = new Settings(
                    List.of("vlocnet", "casia-surf", "vgg3"),
                    "mixed6-medium",
                    List.of("ga", "nsga2", "optaplanner", "random"),
                    20_000,
                    2,
                    5);
            for (String arg : args) {
                String[] kv = arg.split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected key=value, got " + arg);
                }
                s = switch (kv[0]) {
                    case "models" ->
                        new Settings(List.of(kv[1].split(",")), s.system, s.solvers, s.budget, s.warmup, s.runs);
                    case "system" -> new Settings(s.models, kv[1], s.solvers, s.budget, s.warmup, s.runs);
                    case "solvers" ->
                        new Settings(s.models, s.system, List.of(kv[1].split(",")), s.budget, s.warmup, s.runs);
                    case "budget" ->
                        new Settings(s.models, s.system, s.solvers, Long.parseLong(kv[1]), s.warmup, s.runs);
                    case "warmup" ->
                        new Settings(s.models, s.system, s.solvers, s.budget, Integer.parseInt(kv[1]), s.runs);
                    case "runs" ->
                        new Settings(s.models, s.system, s.solvers, s.budget, s.warmup, Integer.parseInt(kv[1]));
                    default -> throw new IllegalArgumentException("unknown setting " + kv[0]);
                };
            }
            return s;
        }
    }

    private interface Rate {
        double measure();
    }

    private static double median(Settings settings, Rate rate) {
        for (int i = 0; i < settings.warmup(); i++) {
            rate.measure();
        }
        double[] rates = new double[settings.runs()];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = rate.measure();
        }
        Arrays.sort(rates);
        return rates.length % 2 == 1
                ? rates[rates.length / 2]
                : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
    }

    private static double solverRate(Problem problem, String solver, long budget) {
        long start = THREADS.getCurrentThreadCpuTime();
        long evaluations = SolverCatalog.create(solver)
                .solve(problem, Budget.evaluations(budget), 1)
                .evaluations();
        return evaluations * 1e9 / (THREADS.getCurrentThreadCpuTime() - start);
    }

    /**
     * Random allowed mappings, {@link #BATCH} per batch call as the genetic solvers make it, 16 populations in turn,
     * under the order policy the solvers search with by default.
     */
    private static double evaluatorRate(Problem problem) {
        Evaluator evaluator = new Evaluator(problem, SearchSettings.defaults().order());
        int layers = problem.layers();
        Random random = new Random(7);
        int[][] populations = new int[16][BATCH * layers];
        for (int[] population : populations) {
            for (int m = 0; m < BATCH; m++) {
                System.arraycopy(problem.randomMapping(random), 0, population, m * layers, layers);
            }
        }
        double[] latency = new double[BATCH];
        double[] energy = new double[BATCH];
        long start = THREADS.getCurrentThreadCpuTime();
        for (int call = 0; call < EVALUATOR_CALLS; call++) {
            evaluator.evaluate(populations[call % populations.length], BATCH, latency, energy);
        }
        return (double) EVALUATOR_CALLS * BATCH * 1e9 / (THREADS.getCurrentThreadCpuTime() - start);
    }
}
