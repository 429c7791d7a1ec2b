package io.h2hdse.solver.random;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SearchRecorder;
import io.h2hdse.solver.SearchSettings;
import io.h2hdse.solver.Solver;
import io.h2hdse.solver.SolverResult;

import java.util.SplittableRandom;

/** Uniform sampling over the allowed accelerators of every layer: the floor every solver must beat. */
public final class RandomSearch implements Solver {
    private static final int BATCH = 256;

    @Override
    public String name() {
        return "random";
    }

    @Override
    public SolverResult solve(Problem problem, Budget budget, long seed, SearchSettings search) {
        SearchRecorder recorder = new SearchRecorder(problem, budget, search);
        Evaluator evaluator = recorder.evaluator();
        SplittableRandom random = new SplittableRandom(seed);
        int layers = problem.layers();
        int[][] allowed = new int[layers][];
        for (int l = 0; l < layers; l++) {
            allowed[l] = problem.allowedAccelerators(l);
        }
        int[] batch = new int[BATCH * layers];
        double[] latency = new double[BATCH];
        double[] energy = new double[BATCH];
        while (!recorder.exhausted()) {
            int count = (int) Math.min(BATCH, recorder.remainingEvaluations());
            for (int i = 0; i < count * layers; i++) {
                int[] choices = allowed[i % layers];
                batch[i] = choices[random.nextInt(choices.length)];
            }
            evaluator.evaluate(batch, count, latency, energy);
            for (int m = 0; m < count; m++) {
                recorder.record(batch, m * layers, latency[m], energy[m]);
            }
        }
        return recorder.result(name());
    }
}
