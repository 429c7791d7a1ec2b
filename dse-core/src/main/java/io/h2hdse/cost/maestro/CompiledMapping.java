package io.h2hdse.cost.maestro;

import io.h2hdse.cost.maestro.IterationCases.Case;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A layer's dataflow decomposed into cluster levels for a PE count: compile once, then
 * {@link #analyze} for any NoC and off-chip bandwidth.
 *
 * <p>Each level is analysed case by case; a level's compute time per case is the full runtime of
 * the level below, run on the sub-cluster tile of that case. Lower-level runtimes depend only on the
 * tile, so they are memoised per analysis.
 */
public final class CompiledMapping {
    private final String layerName;
    private final ClusterLevel[] levels;
    private final LevelTraffic[] traffic;
    private final TensorDims tensors;
    private final int numPes;

    private CompiledMapping(String layerName, List<ClusterLevel> levels, TensorDims tensors, int numPes) {
        this.layerName = layerName;
        this.levels = levels.toArray(ClusterLevel[]::new);
        this.tensors = tensors;
        this.traffic =
                levels.stream().map(level -> new LevelTraffic(level, tensors)).toArray(LevelTraffic[]::new);
        this.numPes = numPes;
    }

    /** Throws {@link io.h2hdse.input.InvalidInputException} naming the layer if the dataflow cannot map it. */
    public static CompiledMapping compile(MaestroLayer layer, Dataflow dataflow, int numPes) {
        List<Directive> resolved = dataflow.resolve(layer.dims());
        List<ClusterLevel> levels = ClusterDecomposition.decompose(layer, resolved, numPes);
        return new CompiledMapping(
                layer.name(), levels, TensorDims.of(layer.type(), layer.dims().batched()), numPes);
    }

    /** @param hardware its PE count must be the one this mapping was compiled for */
    public MaestroResult analyze(Hardware hardware) {
        if (hardware.numPes() != numPes) {
            throw new IllegalArgumentException(
                    "mapping compiled for " + numPes + " PEs, hardware has " + hardware.numPes());
        }
        Run run = new Run(hardware);
        Run.TopLevel top = run.new TopLevel();
        Outcome outcome = run.level(0, levels[0].dims, top);
        return new MaestroResult(
                layerName,
                numPes,
                outcome.runtime(),
                top.macs,
                top.stats(TensorKind.INPUT, l1SizeReq(top, TensorKind.INPUT)),
                top.stats(TensorKind.FILTER, l1SizeReq(top, TensorKind.FILTER)),
                top.stats(TensorKind.OUTPUT, l1SizeReq(top, TensorKind.OUTPUT)),
                top.peakBandwidth,
                top.cases == 0 ? Double.NaN : top.bandwidthSum / (double) top.cases,
                top.offchipBandwidth,
                outcome.activePes(),
                new Delays(top.ingressDelay.range(), top.egressDelay.range(), top.computeDelay.range()),
                top.arithmeticIntensity);
    }

    /**
     * The per-PE buffer need MAESTRO reports: twice the bottom level's tile. When no top-level case has
     * work, no lower level is analysed and MAESTRO reports the top level's sub-cluster tile instead,
     * added up (input, filter) or set (output) once per case it tried, as it sizes L2.
     */
    private long l1SizeReq(Run.TopLevel top, TensorKind tensor) {
        if (top.cases > 0) {
            return 2 * traffic[levels.length - 1].mappedVolume(tensor);
        }
        long tile = 2 * traffic[0].mappedVolume(tensor);
        return tensor == TensorKind.OUTPUT ? tile : top.casesTried * tile;
    }

    /** A level's runtime and the PEs it keeps busy, averaged over its iterations. */
    private record Outcome(long runtime, double activePes) {}

    /**
     * What a level's analysis reports case by case. MAESTRO reports the top level's view, so only the
     * top level keeps counters ({@link Run.TopLevel}); the levels below count nothing ({@link #NONE}).
     */
    private interface LevelCounters {
        LevelCounters NONE = new LevelCounters() {};

        /** Called for each case until one with work: MAESTRO sizes the L2 buffers from it. */
        default void firstCase(LevelTraffic flows, int[] dims, Case c) {}

        default void outputs(long occurrences, long egress, long levelMacs) {}

        default void ingress(TensorKind tensor, long occurrences, long volume, long levelMacs) {}

        /** @return the case's delay as this level counts it (the top level also waits for off-chip refills) */
        default long delay(
                long delay,
                Case c,
                long levelMacs,
                long ingress,
                long egress,
                long compute,
                long ingressDelay,
                long egressDelay) {
            return delay;
        }
    }

    private final class Run {
        private final Hardware hardware;
        private final Map<TileKey, Outcome> lowerOutcomes = new HashMap<>();

        Run(Hardware hardware) {
            this.hardware = hardware;
        }

        Outcome lowerLevel(int index, int[] dims) {
            TileKey key = new TileKey(index, dims);
            Outcome known = lowerOutcomes.get(key);
            if (known == null) {
                known = level(index, dims, LevelCounters.NONE);
                lowerOutcomes.put(key, known);
            }
            return known;
        }

        Outcome level(int index, int[] dims, LevelCounters counters) {
            ClusterLevel level = levels[index];
            LevelTraffic flows = traffic[index];
            boolean bottom = index == levels.length - 1;
            long runtime = 0;
            double activeSum = 0;
            long counted = 0;
            for (Case c : IterationCases.enumerate(level, dims)) {
                long occurrences = c.occurrences();
                if (counted == 0) {
                    counters.firstCase(flows, dims, c);
                }
                long egress = flows.egress(c);
                long levelMacs = flows.levelMacs(c);
                counters.outputs(occurrences, egress, levelMacs);
                long criticalMacs = flows.criticalPathMacs(c);
                if (criticalMacs <= 0) {
                    continue;
                }
                long ingress = 0;
                for (TensorKind tensor : new TensorKind[] {TensorKind.INPUT, TensorKind.FILTER}) {
                    long volume = flows.ingress(tensor, c);
                    ingress += volume;
                    counters.ingress(tensor, occurrences, volume, levelMacs);
                }
                IterationState spatial = c.states()[level.spatialIndex];
                int activeSubClusters = spatial.isEdge() ? level.edgeSubClusters : level.subClusters;
                long compute;
                double activePes;
                if (bottom) {
                    compute = ceilDiv(criticalMacs, hardware.simdLanes());
                    activePes = activeSubClusters;
                } else {
                    Outcome sub = subClusters(index, level, flows, c, spatial);
                    compute = sub.runtime();
                    activePes = sub.activePes() == 0 ? activeSubClusters : sub.activePes();
                }
                long ingressDelay = hardware.nocDelay(ingress);
                long egressDelay = hardware.nocDelay(egress);
                long delay =
                        c.allInit() ? compute + ingressDelay : Math.max(egressDelay, Math.max(compute, ingressDelay));
                delay = counters.delay(delay, c, levelMacs, ingress, egress, compute, ingressDelay, egressDelay);
                runtime += occurrences * delay;
                activeSum += activePes * occurrences;
                counted += occurrences;
            }
            return new Outcome(runtime, counted == 0 ? activeSum : activeSum / counted);
        }

        /**
         * The sub-cluster variants active in this case (full, partial, and the partial edge one):
         * the slowest one's runtime, and the PEs they keep busy on average.
         */
        private Outcome subClusters(int index, ClusterLevel level, LevelTraffic flows, Case c, IterationState spatial) {
            if (!spatial.isEdge() || !spatial.spatialEdgeEdge()) {
                Outcome sub = lowerLevel(index + 1, flows.subClusterDims(c, false));
                int copies = spatial.isEdge() ? level.edgeSubClusters : level.subClusters;
                return new Outcome(sub.runtime(), sub.activePes() * copies);
            }
            Outcome edge = lowerLevel(index + 1, flows.subClusterDims(c, true));
            int others = level.edgeSubClusters - 1;
            if (others <= 0) {
                return edge;
            }
            Outcome full = lowerLevel(index + 1, flows.subClusterDims(c, false));
            return new Outcome(Math.max(edge.runtime(), full.runtime()), edge.activePes() + full.activePes() * others);
        }

        /** The top level's counters: accesses, buffer sizes, MACs, bandwidths and delays, as MAESTRO reports them. */
        final class TopLevel implements LevelCounters {
            final long[] l2Read = new long[3];
            final long[] l2Write = new long[3];
            final long[] l1Read = new long[3];
            final long[] l1Write = new long[3];
            final long[] l2SizeReq = new long[3];
            long macs;
            long peakBandwidth;
            long bandwidthSum;
            long cases;
            long offchipBandwidth;
            /** Cases looked at until one had work: all of them in a layer with none. */
            long casesTried;
            /** Of the last case with work, as MAESTRO reports it. */
            double arithmeticIntensity;

            final Delays.Tracker ingressDelay = new Delays.Tracker();
            final Delays.Tracker egressDelay = new Delays.Tracker();
            final Delays.Tracker computeDelay = new Delays.Tracker();

            TensorStats stats(TensorKind tensor, long l1SizeReq) {
                int t = tensor.ordinal();
                return new TensorStats(l2Read[t], l2Write[t], l1Read[t], l1Write[t], l2SizeReq[t], l1SizeReq);
            }

            /** L2 sizes and the one-time L2 traffic, double-buffered. */
            @Override
            public void firstCase(LevelTraffic flows, int[] dims, Case first) {
                casesTried++;
                for (TensorKind tensor : new TensorKind[] {TensorKind.INPUT, TensorKind.FILTER}) {
                    int t = tensor.ordinal();
                    long size = 1;
                    for (Dim dim : tensors.of(tensor)) {
                        size *= dims[dim.ordinal()];
                    }
                    l2SizeReq[t] += 2 * flows.ingress(tensor, first);
                    l2Write[t] = size;
                }
                int out = TensorKind.OUTPUT.ordinal();
                long size = 1;
                for (Dim dim : tensors.output()) {
                    Dim filter = dim.slidingPartner();
                    size *= filter == null ? dims[dim.ordinal()] : dims[dim.ordinal()] - dims[filter.ordinal()] + 1;
                }
                l2SizeReq[out] = 2 * flows.egress(first);
                l2Read[out] = size;
            }

            @Override
            public void outputs(long occurrences, long egress, long levelMacs) {
                int out = TensorKind.OUTPUT.ordinal();
                l2Write[out] += occurrences * egress;
                l1Write[out] += occurrences * levelMacs;
                l1Read[out] += occurrences * levelMacs;
            }

            @Override
            public void ingress(TensorKind tensor, long occurrences, long volume, long levelMacs) {
                int t = tensor.ordinal();
                l2Read[t] += occurrences * volume;
                l1Write[t] = l2Read[t];
                l1Read[t] += occurrences * levelMacs;
            }

            @Override
            public long delay(
                    long delay,
                    Case c,
                    long levelMacs,
                    long ingress,
                    long egress,
                    long compute,
                    long ingressDelay,
                    long egressDelay) {
                long occurrences = c.occurrences();
                macs += occurrences * levelMacs;
                long busiest = Math.max(ingress, egress);
                long cycles = compute == 0 ? 1 : compute;
                peakBandwidth = Math.max(peakBandwidth, busiest / cycles);
                bandwidthSum += occurrences * busiest / cycles;
                cases += occurrences;
                arithmeticIntensity = (double) levelMacs / ingress;
                this.ingressDelay.add(ingressDelay, occurrences);
                this.egressDelay.add(egressDelay, occurrences);
                computeDelay.add(cycles, occurrences);
                // MAESTRO halves the running maximum in every case, not once at the end.
                offchipBandwidth = Math.max(offchipBandwidth, offchipDemand(cycles)) / 2;
                return Math.max(delay, offchipDelay());
            }

            /**
             * Every top-level iteration refetches a double-buffered L2 tile set from DRAM, split evenly
             * between the two buffers.
             */
            private long offchipDelay() {
                long bandwidth = hardware.offchipBandwidth();
                long in = (l2SizeReq[TensorKind.INPUT.ordinal()] + l2SizeReq[TensorKind.FILTER.ordinal()])
                        / bandwidth
                        / 2;
                long out = l2SizeReq[TensorKind.OUTPUT.ordinal()] / bandwidth / 2;
                return Math.max(in, out);
            }

            /** Elements per compute cycle needed to refill the double-buffered L2 tiles from DRAM. */
            private long offchipDemand(long cycles) {
                long in = (l2SizeReq[TensorKind.INPUT.ordinal()] + l2SizeReq[TensorKind.FILTER.ordinal()]) / cycles;
                long out = l2SizeReq[TensorKind.OUTPUT.ordinal()] / cycles;
                return Math.max(in, out);
            }
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static final class TileKey {
        private final int level;
        private final int[] dims;
        private final int hash;

        TileKey(int level, int[] dims) {
            this.level = level;
            this.dims = dims;
            this.hash = 31 * level + Arrays.hashCode(dims);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TileKey other && level == other.level && Arrays.equals(dims, other.dims);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
