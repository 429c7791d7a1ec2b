package io.h2hdse.solver.enumerate;

import io.h2hdse.eval.Problem;

/**
 * A lower bound on the latency of every completion of a partial mapping (layers 0..d-1 assigned, in
 * topological order) from compute-only durations, which no transfer, weight load or wait can shorten:
 * the busiest accelerator, the longest dependency path (unassigned layers at their fastest) and the
 * total work spread evenly over all accelerators.
 */
final class ComputeBound {
    private final int accs;
    private final int[][] preds;
    /** Compute-only seconds, [layer * A + acc]. */
    private final double[] compute;
    /** Longest path from a successor of the layer to a sink, at the fastest allowed durations. */
    private final double[] tailAfter;
    /** Σ of the fastest allowed durations of layers d.. (index d). */
    private final double[] fastestRemaining;

    private final double[] headFinish;
    /** Per depth d, over layers 0..d-1: each accelerator's load ([d * A + acc]), the path part of the bound, the total work. */
    private final double[] load;

    private final double[] pathBound;
    private final double[] work;

    ComputeBound(Problem problem) {
        int layers = problem.layers();
        this.accs = problem.accelerators();
        preds = new int[layers][];
        compute = new double[layers * accs];
        double[] fastest = new double[layers];
        for (int l = 0; l < layers; l++) {
            preds[l] = problem.predecessors(l);
            fastest[l] = Double.POSITIVE_INFINITY;
            for (int a : problem.allowedAccelerators(l)) {
                compute[l * accs + a] = problem.computeSeconds(l, a);
                fastest[l] = Math.min(fastest[l], compute[l * accs + a]);
            }
        }
        double[] tail = new double[layers];
        tailAfter = new double[layers];
        for (int l = layers - 1; l >= 0; l--) {
            for (int s : problem.successors(l)) {
                tailAfter[l] = Math.max(tailAfter[l], tail[s]);
            }
            tail[l] = fastest[l] + tailAfter[l];
        }
        fastestRemaining = new double[layers + 1];
        for (int l = layers - 1; l >= 0; l--) {
            fastestRemaining[l] = fastestRemaining[l + 1] + fastest[l];
        }
        load = new double[(layers + 1) * accs];
        headFinish = new double[layers];
        pathBound = new double[layers + 1];
        work = new double[layers + 1];
    }

    double computeSeconds(int layer, int acc) {
        return compute[layer * accs + acc];
    }

    /** Assigns layer {@code depth} (all earlier ones assigned) and returns the bound of the partial mapping. */
    double assign(int depth, int acc) {
        double c = compute[depth * accs + acc];
        double ready = 0;
        for (int pred : preds[depth]) {
            ready = Math.max(ready, headFinish[pred]);
        }
        headFinish[depth] = ready + c;
        pathBound[depth + 1] = Math.max(pathBound[depth], headFinish[depth] + tailAfter[depth]);
        work[depth + 1] = work[depth] + c;
        int before = depth * accs;
        int after = before + accs;
        double busiest = 0;
        for (int a = 0; a < accs; a++) {
            load[after + a] = load[before + a] + (a == acc ? c : 0);
            busiest = Math.max(busiest, load[after + a]);
        }
        return Math.max(
                Math.max(busiest, pathBound[depth + 1]), (work[depth + 1] + fastestRemaining[depth + 1]) / accs);
    }
}
