package io.h2hdse.eval;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * A workload × system × cost model, compiled once into the flat arrays the hot path reads. Layer ids
 * are the workload's topological order, accelerator ids the system's order; per-pair tables are
 * row-major {@code [layer * A + acc]}. Transfer-mode tables are indexed by
 * {@code (weights ? 4 : 0) | (input ? 2 : 0) | (output ? 1 : 0)}. Immutable and thread-safe.
 */
public final class Problem {
    static final int WEIGHTS = 4;
    static final int INPUT = 2;
    static final int OUTPUT = 1;
    static final int MODES = 8;
    /** Indexed by a misfit bit: a flag set by a load rather than by a comparison the JIT compiles to a branch. */
    private static final boolean[] FITS = {true, false};

    private static final int RESIDENCY_STRETCH = 32;

    private final Workload workload;
    private final SystemSpec system;
    final int layers;
    final int accs;
    final ExecutionOptions options;
    final boolean edgeActivations;
    final boolean busyPowerEnergy;

    final boolean[] allowed;
    /** Which accelerators can run each layer: {@link #allowed} before any {@link #restrict restriction}. */
    final boolean[] capable;
    /** [mode][layer * A + acc]: seconds the layer occupies its accelerator. */
    final double[][] duration;
    /** [mode][layer * A + acc]: joules charged to the layer (compute + own transfers, or busy power). */
    final double[][] energy;

    final int[] predStart;
    final int[] preds;
    final int[] succStart;
    final int[] succs;
    final double[] outputBits;
    final double[] weightBits;
    final double[] weightCapacityBits;
    /** Watts drawn by the whole system while idle or busy: static energy is this × makespan. */
    final double totalStaticPowerW;

    final int[] localSuccessor;
    /** Layer ids by decreasing weight bits, ties by id: the default residency policy's order. */
    final int[] residencyOrder;
    /** {@code weightBits} in residency order, and how many layers have weights: the rest always fit. */
    final double[] residencyWeightBits;

    final int weightedLayers;
    private final double smallestWeightBits;
    /**
     * All true when every accelerator could hold all the workload's weights: then the default policy
     * makes every layer resident whatever the mapping, and the fast path skips it.
     */
    final boolean[] residentEverywhere;

    final int[] sourceSinkMode;
    /**
     * The EDGE-activation hot path's cost table: there a layer's mode is fixed but for its weights,
     * so {@code [((layer * A + acc) * 2 + (resident ? 0 : 1)) * 2]} holds the duration and the next
     * entry the energy, side by side in one cache line.
     */
    final double[] edgeCosts;
    /**
     * The rank decoder's durations, laid out as {@link #edgeCosts}: that very table in {@code EDGE} mode;
     * in the back-to-back modes each layer's duration with its input read and output written over its
     * link ({@link #rankDuration}), energies zero.
     */
    final double[] dispatchCosts;
    /** The rank decoder's transfer tables: {@link #pairPerBit} in {@code EDGE} mode, zeros in the back-to-back modes. */
    final double[] dispatchPairPerBit;
    /** Layer ids by decreasing upward rank on mean costs (ties: lower id), the rank decoder's tie-break ({@link MeanRanks}). */
    final int[] byRank;
    /** Per layer, its position in {@link #byRank}. */
    final int[] rankPosition;
    /** Bits of a rank position: the rank decoder keys a released layer as {@code acc << rankShift | position}. */
    final int rankShift;
    /**
     * {@code [(from * A + to) * 2]}: seconds per bit of an activation moved between accelerators, and
     * joules per bit in the next entry, side by side; zero from an accelerator to itself.
     */
    final double[] pairPerBit;
    /** Per CSR predecessor entry {@code k}: {@code outputBits[preds[k]]}, the bits that edge carries. */
    final double[] predBits;
    /** Layers without consumers: the last to finish is one of them. */
    final int[] sinks;
    /** Layers without producers, in id order. */
    final int[] sources;
    /** Per layer, its number of producers. */
    final int[] predCount;

    private Problem(Problem base, boolean[] allowed) {
        this.workload = base.workload;
        this.system = base.system;
        this.layers = base.layers;
        this.accs = base.accs;
        this.options = base.options;
        this.edgeActivations = base.edgeActivations;
        this.busyPowerEnergy = base.busyPowerEnergy;
        this.allowed = allowed;
        this.capable = base.capable;
        this.duration = forbid(base.duration, allowed);
        this.energy = forbid(base.energy, allowed);
        this.predStart = base.predStart;
        this.preds = base.preds;
        this.succStart = base.succStart;
        this.succs = base.succs;
        this.outputBits = base.outputBits;
        this.weightBits = base.weightBits;
        this.weightCapacityBits = base.weightCapacityBits;
        this.totalStaticPowerW = base.totalStaticPowerW;
        this.localSuccessor = base.localSuccessor;
        this.residencyOrder = base.residencyOrder;
        this.residencyWeightBits = base.residencyWeightBits;
        this.weightedLayers = base.weightedLayers;
        this.smallestWeightBits = base.smallestWeightBits;
        this.residentEverywhere = base.residentEverywhere;
        this.sourceSinkMode = base.sourceSinkMode;
        this.edgeCosts = edgeCosts();
        this.pairPerBit = base.pairPerBit;
        this.predBits = base.predBits;
        this.sinks = base.sinks;
        this.sources = base.sources;
        this.predCount = base.predCount;
        this.dispatchCosts = dispatchCosts();
        this.dispatchPairPerBit = base.dispatchPairPerBit;
        // The base's ranks: a mapping must decode the same on a restriction as on its base.
        this.byRank = base.byRank;
        this.rankPosition = base.rankPosition;
        this.rankShift = base.rankShift;
    }

    private static double[][] forbid(double[][] table, boolean[] allowed) {
        double[][] copy = new double[table.length][];
        for (int mode = 0; mode < table.length; mode++) {
            copy[mode] = table[mode].clone();
            for (int i = 0; i < allowed.length; i++) {
                if (!allowed[i]) {
                    copy[mode][i] = Double.POSITIVE_INFINITY;
                }
            }
        }
        return copy;
    }

    private Problem(Workload workload, SystemSpec system, LayerCostModel costModel) {
        this.workload = workload;
        this.system = system;
        this.layers = workload.size();
        this.accs = system.size();
        this.options = system.options();
        this.edgeActivations = options.activations() == ExecutionOptions.Activations.EDGE;
        this.busyPowerEnergy = options.energy() == ExecutionOptions.Energy.BUSY_POWER;
        int bits = workload.elementBits();

        allowed = new boolean[layers * accs];
        capable = allowed;
        double[] compute = new double[layers * accs];
        double[] computeJoules = new double[layers * accs];
        weightBits = new double[layers];
        outputBits = new double[layers];
        double[] inputBits = new double[layers];
        for (int l = 0; l < layers; l++) {
            Layer layer = workload.layer(l);
            weightBits[l] = (double) layer.weightElements() * bits;
            inputBits[l] = (double) layer.inputElements() * bits;
            outputBits[l] = (double) layer.outputElements() * bits;
            boolean runnable = false;
            for (int a = 0; a < accs; a++) {
                Accelerator acc = system.accelerator(a);
                int i = l * accs + a;
                allowed[i] = acc.runs(layer.kind()) && costModel.canCost(layer, acc);
                if (allowed[i]) {
                    LayerCost cost = cost(costModel, workload, layer, acc);
                    compute[i] = cost.seconds();
                    computeJoules[i] = cost.joules();
                    runnable = true;
                } else {
                    compute[i] = Double.POSITIVE_INFINITY;
                    computeJoules[i] = Double.POSITIVE_INFINITY;
                }
            }
            if (!runnable) {
                throw new InvalidInputException(
                        "layers." + layer.name(),
                        "no accelerator of system " + system.name() + " can run this "
                                + layer.kind().yamlName() + " layer");
            }
        }

        duration = new double[MODES][layers * accs];
        energy = new double[MODES][layers * accs];
        for (int l = 0; l < layers; l++) {
            for (int a = 0; a < accs; a++) {
                Accelerator acc = system.accelerator(a);
                Link link = system.interconnect().hostLink(acc.name());
                int i = l * accs + a;
                for (int mode = 0; mode < MODES; mode++) {
                    double w = (mode & WEIGHTS) != 0 ? weightBits[l] : 0;
                    double in = (mode & INPUT) != 0 ? inputBits[l] : 0;
                    double out = (mode & OUTPUT) != 0 ? outputBits[l] : 0;
                    // Summed as the H2H release does: compute + (weights + input) + output.
                    double transfer = (link.seconds(w) + link.seconds(in)) + link.seconds(out);
                    double d = options.overlap() == ExecutionOptions.Overlap.NONE
                            ? compute[i] + transfer
                            : Math.max(compute[i], transfer);
                    duration[mode][i] = d;
                    energy[mode][i] =
                            busyPowerEnergy ? d * acc.dynamicPowerW() : computeJoules[i] + link.joules(w + in + out);
                }
            }
        }

        predStart = new int[layers + 1];
        succStart = new int[layers + 1];
        List<Integer> predList = new ArrayList<>();
        List<Integer> succList = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int p : workload.predecessors(l)) {
                predList.add(p);
            }
            predStart[l + 1] = predList.size();
            for (int s : workload.successors(l)) {
                succList.add(s);
            }
            succStart[l + 1] = succList.size();
        }
        preds = predList.stream().mapToInt(Integer::intValue).toArray();
        succs = succList.stream().mapToInt(Integer::intValue).toArray();

        pairPerBit = new double[accs * accs * 2];
        weightCapacityBits = new double[accs];
        double[] staticPowerW = new double[accs];
        for (int a = 0; a < accs; a++) {
            Accelerator acc = system.accelerator(a);
            // Whole bits: weights are whole bits too, so the residency policy's sums stay exact.
            weightCapacityBits[a] = Math.floor(acc.weightCapacityBytes() * 8);
            staticPowerW[a] = acc.staticPowerW();
            for (int b = 0; b < accs; b++) {
                if (a != b) {
                    Link link = system.interconnect()
                            .between(acc.name(), system.accelerator(b).name());
                    pairPerBit[(a * accs + b) * 2] = link.seconds(1);
                    pairPerBit[(a * accs + b) * 2 + 1] = link.joules(1);
                }
            }
        }
        totalStaticPowerW = Arrays.stream(staticPowerW).sum();
        localSuccessor = computeLocalSuccessors();
        residencyOrder = IntStream.range(0, layers)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer l) -> -weightBits[l])
                        .thenComparingInt(l -> l))
                .mapToInt(Integer::intValue)
                .toArray();
        residencyWeightBits =
                Arrays.stream(residencyOrder).mapToDouble(l -> weightBits[l]).toArray();
        weightedLayers = (int) Arrays.stream(weightBits).filter(w -> w > 0).count();
        smallestWeightBits = weightedLayers > 0 ? residencyWeightBits[weightedLayers - 1] : 0;
        double totalWeightBits = Arrays.stream(weightBits).sum();
        boolean everythingFits = Arrays.stream(weightCapacityBits).allMatch(capacity -> totalWeightBits <= capacity);
        residentEverywhere = everythingFits ? allTrue(layers) : null;
        sourceSinkMode = new int[layers];
        for (int l = 0; l < layers; l++) {
            sourceSinkMode[l] =
                    (predStart[l] == predStart[l + 1] ? INPUT : 0) | (succStart[l] == succStart[l + 1] ? OUTPUT : 0);
        }
        edgeCosts = edgeCosts();
        predBits = Arrays.stream(preds).mapToDouble(p -> outputBits[p]).toArray();
        sinks = IntStream.range(0, layers)
                .filter(l -> succStart[l] == succStart[l + 1])
                .toArray();
        sources = IntStream.range(0, layers)
                .filter(l -> predStart[l] == predStart[l + 1])
                .toArray();
        predCount = IntStream.range(0, layers)
                .map(l -> predStart[l + 1] - predStart[l])
                .toArray();
        dispatchCosts = dispatchCosts();
        dispatchPairPerBit = edgeActivations ? pairPerBit : new double[pairPerBit.length];
        byRank = MeanRanks.order(this);
        rankPosition = positions(byRank);
        // layers * accs * 4 edgeCosts entries fit an array, so accs << rankShift < 2 * layers * accs fits an int.
        rankShift = 32 - Integer.numberOfLeadingZeros(Math.max(layers - 1, 1));
    }

    private double[] dispatchCosts() {
        if (edgeActivations) {
            return edgeCosts;
        }
        double[] costs = new double[layers * accs * 4];
        for (int l = 0; l < layers; l++) {
            for (int a = 0; a < accs; a++) {
                costs[edgeCostIndex(l, a, true)] = rankDuration(l, a, true);
                costs[edgeCostIndex(l, a, false)] = rankDuration(l, a, false);
            }
        }
        return costs;
    }

    private static int[] positions(int[] order) {
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        return position;
    }

    /** A layer's cost, or one input line naming the accelerator whose figures make it overflow. */
    private static LayerCost cost(LayerCostModel costModel, Workload workload, Layer layer, Accelerator acc) {
        try {
            return costModel.cost(workload, layer, acc);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "accelerators." + acc.name(),
                    "layer " + layer.name() + ": " + e.getMessage() + " (check this accelerator's figures)");
        }
    }

    private double[] edgeCosts() {
        double[] costs = new double[layers * accs * 4];
        for (int l = 0; l < layers; l++) {
            for (int a = 0; a < accs; a++) {
                int i = l * accs + a;
                for (int nonResident = 0; nonResident < 2; nonResident++) {
                    int mode = (nonResident == 0 ? 0 : WEIGHTS) | sourceSinkMode[l];
                    costs[(i * 2 + nonResident) * 2] = duration[mode][i];
                    costs[(i * 2 + nonResident) * 2 + 1] = energy[mode][i];
                }
            }
        }
        return costs;
    }

    /** Compiles; throws {@link InvalidInputException} if some layer has no accelerator that runs it. */
    public static Problem compile(Workload workload, SystemSpec system, LayerCostModel costModel) {
        return new Problem(workload, system, costModel);
    }

    /**
     * The same problem with some (layer, accelerator) pairs forbidden, e.g. pinned layers or pairs a
     * user excludes. Every solver keeps to {@link #allowed(int, int)}; a forbidden pair costs infinity.
     */
    public Problem restrict(boolean[] allowedPairs) {
        if (allowedPairs.length != layers * accs) {
            throw new IllegalArgumentException("restriction must have layers × accelerators entries");
        }
        boolean[] both = new boolean[allowed.length];
        for (int i = 0; i < both.length; i++) {
            both[i] = allowed[i] && allowedPairs[i];
        }
        for (int l = 0; l < layers; l++) {
            final int layer = l;
            if (IntStream.range(0, accs).noneMatch(a -> both[layer * accs + a])) {
                throw new InvalidInputException(
                        "layers." + workload.layer(l).name(), "no allowed accelerator is left for this layer");
            }
        }
        return new Problem(this, both);
    }

    private static boolean[] allTrue(int length) {
        boolean[] all = new boolean[length];
        Arrays.fill(all, true);
        return all;
    }

    private int[] computeLocalSuccessors() {
        int[] local = new int[layers];
        Arrays.fill(local, -1);
        for (int l = 0; l < layers; l++) {
            String branch = workload.layer(l).branch();
            switch (options.activations()) {
                case EDGE -> {}
                case BACK_TO_BACK -> {
                    if (succStart[l + 1] - succStart[l] == 1) {
                        int s = succs[succStart[l]];
                        if (workload.layer(s).branch().equals(branch)) {
                            local[l] = s;
                        }
                    }
                }
                case BACK_TO_BACK_BY_NAME -> {
                    int next = l + 1;
                    while (next < layers && !workload.layer(next).branch().equals(branch)) {
                        next++;
                    }
                    if (next < layers && isSuccessor(l, next)) {
                        local[l] = next;
                    }
                }
            }
        }
        return local;
    }

    private boolean isSuccessor(int producer, int consumer) {
        for (int k = succStart[producer]; k < succStart[producer + 1]; k++) {
            if (succs[k] == consumer) {
                return true;
            }
        }
        return false;
    }

    public Workload workload() {
        return workload;
    }

    public SystemSpec system() {
        return system;
    }

    public int layers() {
        return layers;
    }

    public int accelerators() {
        return accs;
    }

    /** Whether the layer may run on the accelerator (it runs the op kind and no restriction forbids it). */
    public boolean allowed(int layer, int acc) {
        return allowed[layer * accs + acc];
    }

    /** The accelerators a layer may run on, in id order. */
    public int[] allowedAccelerators(int layer) {
        return IntStream.range(0, accs).filter(a -> allowed[layer * accs + a]).toArray();
    }

    /** One of the layer's allowed accelerators, each as likely. */
    public int randomAllowedAccelerator(int layer, RandomGenerator random) {
        int[] choices = allowedAccelerators(layer);
        return choices[random.nextInt(choices.length)];
    }

    /** A mapping with every layer on one of its allowed accelerators, drawn as by {@link #randomAllowedAccelerator}. */
    public int[] randomMapping(RandomGenerator random) {
        int[] mapping = new int[layers];
        for (int l = 0; l < layers; l++) {
            mapping[l] = randomAllowedAccelerator(l, random);
        }
        return mapping;
    }

    /** Seconds the layer occupies the accelerator with the given own transfers. */
    public double duration(int layer, int acc, boolean weights, boolean input, boolean output) {
        return duration[mode(weights, input, output)][layer * accs + acc];
    }

    /** Joules charged to the layer on the accelerator with the given own transfers. */
    public double energy(int layer, int acc, boolean weights, boolean input, boolean output) {
        return energy[mode(weights, input, output)][layer * accs + acc];
    }

    /** Compute only: no transfer of weights, input or output. */
    public double computeSeconds(int layer, int acc) {
        return duration(layer, acc, false, false, false);
    }

    /**
     * The default residency policy (package doc) for the mapping at {@code map[off ..]}: per
     * accelerator, largest weights first, each resident if it still fits. Writes {@code into} and uses
     * {@code remaining} (one entry per accelerator) as working space.
     */
    void defaultResidency(int[] map, int off, double[] remaining, boolean[] into) {
        System.arraycopy(weightCapacityBits, 0, remaining, 0, accs);
        int i = 0;
        // In stretches, between which it stops once no accelerator can hold the smallest weight:
        // no later layer fits then.
        while (i < weightedLayers && anyHoldsSmallestWeight(remaining)) {
            for (int end = Math.min(i + RESIDENCY_STRETCH, weightedLayers); i < end; i++) {
                int l = residencyOrder[i];
                int a = map[off + l];
                double left = remaining[a];
                // Branch-free, since whether a layer fits depends on the mapping and a branch on it
                // mispredicts: left - bits is negative (sign bit set) exactly when the weights do not
                // fit, and the new remainder (left then, left - bits otherwise) is picked by a mask.
                long after = Double.doubleToRawLongBits(left - residencyWeightBits[i]);
                int misfit = (int) (after >>> 63);
                into[l] = FITS[misfit];
                remaining[a] =
                        Double.longBitsToDouble(after ^ ((after ^ Double.doubleToRawLongBits(left)) & -(long) misfit));
            }
        }
        for (; i < weightedLayers; i++) {
            into[residencyOrder[i]] = false;
        }
        for (; i < layers; i++) {
            into[residencyOrder[i]] = true;
        }
    }

    private boolean anyHoldsSmallestWeight(double[] remaining) {
        for (int a = 0; a < accs; a++) {
            if (smallestWeightBits <= remaining[a]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forward step in {@code EDGE} mode (the evaluator's topological and ordered passes take it; the
     * rank decoder takes its parts at each producer's dispatch, from the same tables through {@link #pair},
     * {@link #secondsOver} and {@link #joulesOver}, since there a layer's start is decided before its
     * consumers are known):
     * layer {@code l} on accelerator {@code a} starts at the latest of {@code free} (when {@code a} is free)
     * and its producers' arrivals, pays each incoming edge's joules, and takes its duration and energy from
     * {@link #edgeCosts}. Writes its finish into {@code finish[l]} and returns its joules. Branch-free on the
     * mapping's data, since those branches are unpredictable across mappings: an edge within one
     * accelerator adds {@code bits * 0.0} (the pair tables' diagonal), exactly nothing, so the result equals
     * the branching form's to the bit.
     */
    double edgeStep(int[] map, int off, int l, int a, double free, boolean resident, double[] finish) {
        double start = free;
        double edgeEnergy = 0;
        for (int k = predStart[l], end = predStart[l + 1]; k < end; k++) {
            int pred = preds[k];
            int from = map[off + pred];
            start = later(start, arrival(finish[pred], k, from, a));
            edgeEnergy += edgeJoules(k, from, a);
        }
        int c = edgeCostIndex(l, a, resident);
        finish[l] = start + edgeCosts[c];
        return edgeEnergy + edgeCosts[c + 1];
    }

    /**
     * The forward step in the back-to-back modes: layer {@code l} on accelerator {@code a} starts at the
     * latest of {@code free} and its producers' finishes (activations go through host memory, their
     * transfers inside the layers' own times) and takes the duration and energy of its {@code mode}
     * ({@link #mode}). Writes its finish into {@code finish[l]} and returns its joules.
     */
    double backToBackStep(int l, int a, double free, int mode, double[] finish) {
        double start = free;
        for (int k = predStart[l], end = predStart[l + 1]; k < end; k++) {
            start = later(start, finish[preds[k]]);
        }
        int at = l * accs + a;
        finish[l] = start + duration[mode][at];
        return energy[mode][at];
    }

    /**
     * The larger of two times without a branch: times are non-negative (or +infinity), where IEEE
     * order is the integer order of the bit patterns, and the maximum of two longs compiles to a
     * conditional move ({@code Math.max} on doubles compiles to branches unless its own profile
     * looks unpredictable).
     */
    static double later(double x, double y) {
        return Double.longBitsToDouble(Math.max(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(y)));
    }

    /** When the activation of CSR predecessor entry {@code k}, produced at {@code producerFinish} on {@code from}, is on {@code to}. */
    double arrival(double producerFinish, int k, int from, int to) {
        return producerFinish + seconds(predBits[k], from, to);
    }

    /** Joules of moving CSR predecessor entry {@code k}'s activation from {@code from} to {@code to}. */
    double edgeJoules(int k, int from, int to) {
        return joules(predBits[k], from, to);
    }

    /** Seconds to move {@code bits} from one accelerator to another over the pair's link (0 on one accelerator). */
    private double seconds(double bits, int from, int to) {
        return secondsOver(bits, pairPerBit, pair(from, to));
    }

    /** Joules of moving {@code bits} from one accelerator to another over the pair's link (0 on one accelerator). */
    private double joules(double bits, int from, int to) {
        return joulesOver(bits, pairPerBit, pair(from, to));
    }

    /** Index in {@link #pairPerBit} of the pair's seconds per bit (its joules per bit are the next entry). */
    int pair(int from, int to) {
        return (from * accs + to) * 2;
    }

    /** Seconds to move {@code bits} by a pair table laid out as {@link #pairPerBit} (or {@link #dispatchPairPerBit}). */
    static double secondsOver(double bits, double[] perBit, int pair) {
        return bits * perBit[pair];
    }

    /** Joules of moving {@code bits} by a pair table laid out as {@link #pairPerBit} (or {@link #dispatchPairPerBit}). */
    static double joulesOver(double bits, double[] perBit, int pair) {
        return bits * perBit[pair + 1];
    }

    /** Index in {@link #edgeCosts} of the layer's duration on the accelerator (its energy is the next entry). */
    int edgeCostIndex(int layer, int acc, boolean resident) {
        return ((layer * accs + acc) * 2 + (resident ? 0 : 1)) * 2;
    }

    /**
     * The rank decoder's duration of a layer: in {@code EDGE} mode its duration; in the back-to-back
     * modes its duration with its input read and output written over its link, since whether they
     * stay local depends on the order being decided.
     */
    double rankDuration(int layer, int acc, boolean resident) {
        int io = edgeActivations ? sourceSinkMode[layer] : INPUT | OUTPUT;
        return duration[(resident ? 0 : WEIGHTS) | io][layer * accs + acc];
    }

    /** Seconds to move a producer's output from one accelerator to another over the pair's link (0 on one accelerator). */
    public double transferSeconds(int producer, int from, int to) {
        return seconds(outputBits[producer], from, to);
    }

    /** Joules of moving a producer's output from one accelerator to another over the pair's link (0 on one accelerator). */
    public double transferJoules(int producer, int from, int to) {
        return joules(outputBits[producer], from, to);
    }

    /** Total energy: layer and transfer energy plus, when energy is counted by components, static power over the makespan. */
    double withStaticEnergy(double layerAndTransferEnergy, double makespan) {
        return busyPowerEnergy ? layerAndTransferEnergy : layerAndTransferEnergy + totalStaticPowerW * makespan;
    }

    static int mode(boolean weights, boolean input, boolean output) {
        return (weights ? WEIGHTS : 0) | (input ? INPUT : 0) | (output ? OUTPUT : 0);
    }

    public int[] predecessors(int layer) {
        return Arrays.copyOfRange(preds, predStart[layer], predStart[layer + 1]);
    }

    public int[] successors(int layer) {
        return Arrays.copyOfRange(succs, succStart[layer], succStart[layer + 1]);
    }

    public double weightBits(int layer) {
        return weightBits[layer];
    }

    public double outputBits(int layer) {
        return outputBits[layer];
    }

    public double weightCapacityBits(int acc) {
        return weightCapacityBits[acc];
    }

    /** Seconds to move one bit from one accelerator to another (0 on the same one). */
    public double transferSecondsPerBit(int from, int to) {
        return pairPerBit[pair(from, to)];
    }

    public double transferJoulesPerBit(int from, int to) {
        return pairPerBit[pair(from, to) + 1];
    }

    /**
     * In the back-to-back activation modes, the consumer that keeps this layer's output local when it
     * runs right after it on the same accelerator; -1 if none (always -1 in {@code EDGE} mode).
     */
    public int localSuccessor(int layer) {
        return localSuccessor[layer];
    }

    public ExecutionOptions options() {
        return options;
    }
}
