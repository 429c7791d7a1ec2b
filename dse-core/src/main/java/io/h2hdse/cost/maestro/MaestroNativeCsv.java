package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.output.OutputFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV the MAESTRO binary writes with {@code --print_res_csv_file=true} (its {@code DSE_csv_writer.hpp}
 * and {@code OutputResults}): its header and columns as it spells and separates them, one row per layer,
 * numbers printed as its streams print them ({@link CppNumbers}), appended to the file, with the header
 * only when the file is new.
 *
 * <p>One deliberate difference: MAESTRO's energy column adds the L1 accesses it last read from a top
 * cluster level, which for a dataflow with more than one level are the previous layer's (none for the
 * first layer). Here every row uses its own layer's accesses; on one-level dataflows the two agree.
 */
public final class MaestroNativeCsv {
    /** MAESTRO's {@code DSE::cost::mac_energy}: what its CSV multiplies access counts by to give nJ. */
    static final double MAC_NANOJOULES = 0.00023;

    private MaestroNativeCsv() {}

    /** MAESTRO's name for the CSV of a mapping file: the file name up to its first dot, plus {@code .csv}. */
    public static Path fileFor(Path workingDirectory, Path mappingFile) {
        String name = mappingFile.getFileName().toString();
        int dot = name.indexOf('.');
        return workingDirectory.resolve((dot < 0 ? name : name.substring(0, dot)) + ".csv");
    }

    /** The header line, without its line break; the tensor columns in MAESTRO's order (input, filter, output). */
    public static String header() {
        StringBuilder header = new StringBuilder(
                "Neural Network Name, Layer Number, NumPEs, Runtime (Cycles), Activity count-based Energy (nJ), "
                        + "Throughput (MACs/Cycle), Throughput Per Energy (GMACs/s*J), Area, Power, "
                        + "NoC BW Req (Elements/cycle), Avg BW Req, Peak BW Req, Vector Width, "
                        + "Offchip BW Req (Elements/cycle),  L2 SRAM Size Req (Bytes), L1 SRAM Size Req (Bytes), "
                        + "Multicasting Factor (Weight), Multicasting Factor (Input), Num Total Input Pixels, "
                        + "Num Total Weight Pixels, Ops/J, Num MACs, PE power, L1 power, L2 power, NOC power, ");
        for (TensorKind tensor : TensorKind.values()) {
            String name = tensor.label();
            header.append(name)
                    .append(" l1 read, ")
                    .append(name)
                    .append(" l1 write, ")
                    .append(name)
                    .append(" l2 read, ")
                    .append(name)
                    .append(" l2 write, ")
                    .append(name)
                    .append(" reuse factor,");
        }
        // MAESTRO's header names the compute delay's maximum "(Min)" too.
        return header.append("Ingress Delay (Min), Ingress Delay (Max), Ingress Delay (Avg), Egress Delay (Min), "
                        + "Egress Delay (Max),  Egress Delay (Avg),Compute Delay (Min), Compute Delay (Min), "
                        + "Compute Delay (Avg),Avg number of utilized PEs, Arithmetic Intensity")
                .toString();
    }

    /** One layer's row, without its line break. */
    public static String row(String network, MaestroLayer layer, MaestroResult result, Hardware hardware) {
        double energy = energyNanojoules(result);
        double macs = result.macs();
        AcceleratorCost cost = AcceleratorCost.of(
                hardware.numPes(),
                hardware.simdLanes(),
                hardware.nocBandwidth(),
                result.l1SizeReq(),
                result.l2SizeReq());
        TensorStats input = result.input();
        TensorStats filter = result.filter();
        List<String> summary = List.of(
                network,
                result.layer(),
                Integer.toString(result.numPes()),
                Long.toString(result.runtimeCycles()),
                CppNumbers.of(energy),
                CppNumbers.of(macs / result.runtimeCycles()),
                CppNumbers.of(macs / result.runtimeCycles() / energy * 1e9),
                CppNumbers.of(cost.area()),
                CppNumbers.of(cost.power()),
                Long.toString(result.peakNocBandwidth()),
                CppNumbers.of(result.avgNocBandwidth()),
                Long.toString(result.peakNocBandwidth()),
                Integer.toString(hardware.simdLanes()),
                Long.toString(result.offchipBandwidth()),
                Long.toString(result.l2SizeReq()),
                Long.toString(result.l1SizeReq()),
                CppNumbers.of((double) filter.l1Write() / filter.l2Read()),
                CppNumbers.of((double) input.l1Write() / input.l2Read()),
                Long.toString(tensorSize(layer, TensorKind.INPUT)),
                Long.toString(tensorSize(layer, TensorKind.FILTER)),
                CppNumbers.of(macs / energy * 1e9),
                Long.toString(result.macs()),
                CppNumbers.of(cost.pePower()),
                CppNumbers.of(cost.l1Power()),
                CppNumbers.of(cost.l2Power()),
                CppNumbers.of(cost.nocPower()));
        List<String> details = new ArrayList<>();
        for (TensorKind tensor : TensorKind.values()) {
            TensorStats t = result.of(tensor);
            details.addAll(List.of(
                    Long.toString(t.l1Read()),
                    Long.toString(t.l1Write()),
                    Long.toString(t.l2Read()),
                    Long.toString(t.l2Write()),
                    CppNumbers.of((double) t.l1Read() / t.l1Write())));
        }
        for (Delays.Range range : List.of(
                result.delays().ingress(),
                result.delays().egress(),
                result.delays().compute())) {
            details.addAll(List.of(Long.toString(range.min()), Long.toString(range.max()), Long.toString(range.avg())));
        }
        details.add(CppNumbers.of(result.avgUtilizedPes()));
        details.add(CppNumbers.of(result.arithmeticIntensity()));
        return String.join(",", summary) + "," + String.join(", ", details);
    }

    /**
     * MAESTRO's activity-count energy in nJ: L2 reads of input and filter, L2 writes of all three tensors
     * and every L1 access, times their costs in MAC energies, times a MAC's 0.00023 nJ. Unlike the
     * printed report's total, it has no MAC term and no L2 read of the output. Summed in MAESTRO's order.
     */
    static double energyNanojoules(MaestroResult result) {
        TensorStats input = result.input();
        TensorStats filter = result.filter();
        TensorStats output = result.output();
        double energy = 0;
        for (long l2Access :
                new long[] {input.l2Read(), input.l2Write(), filter.l2Read(), filter.l2Write(), output.l2Write()}) {
            energy += l2Access * Energy.L2_ACCESS;
        }
        for (long l1Access : new long[] {
            input.l1Read(), input.l1Write(), filter.l1Read(), filter.l1Write(), output.l1Read(), output.l1Write()
        }) {
            energy += l1Access * Energy.L1_ACCESS;
        }
        return energy * MAC_NANOJOULES;
    }

    /** Elements of a tensor: the product of the layer's sizes of the dimensions that index it. */
    private static long tensorSize(MaestroLayer layer, TensorKind tensor) {
        long size = 1;
        for (Dim dim : TensorDims.of(layer.type(), layer.dims().batched()).of(tensor)) {
            size *= layer.dims().size(dim);
        }
        return size;
    }

    /**
     * Appends the rows to the file, after the header when the file does not exist yet (an existing file,
     * even empty, gets none, as in MAESTRO). The file is rewritten whole with the rows added
     * ({@link OutputFile}), so a failed append leaves it as it was; {@code inputs} it may not be.
     */
    public static void append(Path file, List<String> rows, Path... inputs) {
        OutputFile.check(file, inputs);
        StringBuilder text = new StringBuilder();
        try {
            text.append(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            text.append(header()).append('\n');
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read it to append to it: " + e.getMessage());
        }
        rows.forEach(row -> text.append(row).append('\n'));
        OutputFile.writeString(file, text, inputs);
    }
}
