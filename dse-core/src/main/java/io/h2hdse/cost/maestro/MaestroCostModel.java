package io.h2hdse.cost.maestro;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Costs workload layers on accelerators described by a {@link MaestroSpec},
 * with the MAESTRO model. The spec's dataflow is a preset name ({@link MaestroPresets}) or a
 * {@code .m} file whose first Dataflow block is used as a template for every layer. Layers whose
 * own Dataflow block was read from a {@code .m} model (see {@link MaestroModelReader}) use that block
 * instead, as MAESTRO would.
 *
 * <p>Seconds are cycles at the spec's clock; joules are MAESTRO's MAC-energy units times the spec's
 * picojoules per unit. The NoC pays one cycle of latency per transfer, as when MAESTRO reads a hardware
 * file. A grouped convolution costs one group's layer times the number of groups. A dataflow whose
 * tiles do not fit a layer, so that MAESTRO finds no valid iteration, cannot cost it ({@link #canCost}
 * is false; {@link #cost} rejects it naming the layer). A dilated convolution is costed as the dense
 * convolution with the same output, channels and MACs.
 * LSTM and attention layers run as GEMMs through the dataflow, pool, eltwise and concat layers are
 * streamed through the PE array ({@link WorkloadLayers}).
 *
 * <p>Dataflows are parsed once and results are cached per (layer shape, dataflow, hardware), so a
 * cost table over many accelerators and repeated shapes stays cheap. Thread-safe.
 */
public final class MaestroCostModel implements LayerCostModel {
    private static final long NOC_LATENCY = 1;
    static final int SIMD_LANES = 1;

    private final Map<String, Dataflow> layerDataflows;
    private final Map<String, Dataflow> fileDataflows = new ConcurrentHashMap<>();
    private final Map<ResultKey, MaestroResult> results = new ConcurrentHashMap<>();

    public MaestroCostModel() {
        this(Map.of());
    }

    /** @param layerDataflows Dataflow blocks by layer name, taking precedence over the accelerators' */
    public MaestroCostModel(Map<String, Dataflow> layerDataflows) {
        this.layerDataflows = Map.copyOf(layerDataflows);
    }

    @Override
    public LayerCost cost(Workload workload, Layer layer, Accelerator accelerator) {
        MaestroSpec spec = spec(accelerator);
        double cycles = 0;
        switch (WorkloadLayers.toMaestro(layer)) {
            case MappedLayers mapped -> {
                for (MappedLayers.Part part : mapped.parts()) {
                    cycles += part.repeats()
                            * (double) validResult(part.layer(), accelerator.name(), spec)
                                    .runtimeCycles();
                }
            }
            case StreamedOp op -> cycles = op.cycles(hardware(spec));
        }
        return new LayerCost(
                cycles / (spec.clockMhz() * 1e6), energy(layer, accelerator).total() * spec.pjPerMacEnergy() * 1e-12);
    }

    /**
     * The layer's energy on the accelerator by MAESTRO's components (L2 and L1 reads and writes, MACs), in units
     * of one MAC's energy (times the spec's {@code pj_per_mac_energy} for picojoules): all its MAESTRO layers and
     * repeats, or a streamed op's.
     */
    public Energy energy(Layer layer, Accelerator accelerator) {
        MaestroSpec spec = spec(accelerator);
        return switch (WorkloadLayers.toMaestro(layer)) {
            case MappedLayers mapped ->
                mapped.parts().stream()
                        .map(part -> validResult(part.layer(), accelerator.name(), spec)
                                .energy()
                                .times(part.repeats()))
                        .reduce(new Energy(0, 0, 0, 0, 0), Energy::plus);
            case StreamedOp op -> op.energy();
        };
    }

    /**
     * True for every layer on a MAESTRO accelerator except a layer that
     * the accelerator's dataflow leaves no valid iteration (a tile larger than the layer).
     */
    @Override
    public boolean canCost(Layer layer, Accelerator accelerator) {
        if (!(accelerator.cost() instanceof MaestroSpec spec)) {
            return false;
        }
        return switch (WorkloadLayers.toMaestro(layer)) {
            case MappedLayers mapped ->
                mapped.parts().stream()
                        .allMatch(part ->
                                result(part.layer(), accelerator.name(), spec).hasValidIterations());
            case StreamedOp op -> true;
        };
    }

    /**
     * MAESTRO's full result for a layer it runs as one MAESTRO layer: a conv or FC layer (one group of
     * a grouped convolution), or one time step of an LSTM.
     */
    public MaestroResult result(Layer layer, Accelerator accelerator) {
        if (!(WorkloadLayers.toMaestro(layer) instanceof MappedLayers mapped)
                || mapped.parts().size() != 1) {
            throw new InvalidInputException(
                    "layer " + layer.name(),
                    "MAESTRO runs a " + layer.kind().yamlName()
                            + " layer as several MAESTRO layers or none; there is no single result");
        }
        return validResult(mapped.parts().getFirst().layer(), accelerator.name(), spec(accelerator));
    }

    /** The MACs MAESTRO counts for a whole layer (all its MAESTRO layers and repeats), or a streamed op's operations. */
    public long macs(Layer layer, Accelerator accelerator) {
        MaestroSpec spec = spec(accelerator);
        return switch (WorkloadLayers.toMaestro(layer)) {
            case MappedLayers mapped ->
                mapped.parts().stream()
                        .mapToLong(part -> part.repeats()
                                * validResult(part.layer(), accelerator.name(), spec)
                                        .macs())
                        .sum();
            case StreamedOp op -> op.ops();
        };
    }

    private MaestroResult validResult(MaestroLayer layer, String acceleratorName, MaestroSpec spec) {
        MaestroResult result = result(layer, acceleratorName, spec);
        if (!result.hasValidIterations()) {
            throw new InvalidInputException(
                    "layer " + layer.name(),
                    "dataflow " + dataflow(layer, acceleratorName, spec).name()
                            + " on accelerator " + acceleratorName
                            + " leaves MAESTRO no valid iteration (a tile is larger than the layer "
                            + layer.dims() + ")");
        }
        return result;
    }

    private MaestroResult result(MaestroLayer layer, String acceleratorName, MaestroSpec spec) {
        Dataflow dataflow = dataflow(layer, acceleratorName, spec);
        Hardware hardware = hardware(spec);
        ResultKey key = new ResultKey(layer.type(), layer.dims(), dataflow, hardware);
        MaestroResult cached = results.get(key);
        if (cached == null) {
            cached = CompiledMapping.compile(layer, dataflow, hardware.numPes()).analyze(hardware);
            results.put(key, cached);
        }
        return cached.withLayer(layer.name());
    }

    private Dataflow dataflow(MaestroLayer layer, String acceleratorName, MaestroSpec spec) {
        return layerDataflows.containsKey(layer.name())
                ? layerDataflows.get(layer.name())
                : dataflow(acceleratorName, spec.dataflow(), layer.type());
    }

    private static Hardware hardware(MaestroSpec spec) {
        return new Hardware(
                spec.numPes(),
                spec.l1SizeBytes(),
                spec.l2SizeBytes(),
                spec.nocBandwidth(),
                spec.offchipBandwidth(),
                NOC_LATENCY,
                SIMD_LANES);
    }

    private static MaestroSpec spec(Accelerator accelerator) {
        if (accelerator.cost() instanceof MaestroSpec spec) {
            return spec;
        }
        throw new InvalidInputException("accelerator " + accelerator.name(), "is not described by a MAESTRO cost spec");
    }

    private Dataflow dataflow(String acceleratorName, String name, LayerType type) {
        return MaestroPresets.find(name, type)
                .orElseGet(() -> fileDataflows.computeIfAbsent(name, path -> {
                    Path file = Path.of(path);
                    if (!Files.isRegularFile(file)) {
                        throw new InvalidInputException(
                                "accelerator " + acceleratorName + ": dataflow",
                                "'" + name + "' is neither a preset (" + String.join(", ", MaestroPresets.names())
                                        + ") nor a .m file");
                    }
                    return MappingFileParser.firstDataflow(file);
                }));
    }

    private record ResultKey(LayerType type, LayerDims dims, Dataflow dataflow, Hardware hardware) {}
}
