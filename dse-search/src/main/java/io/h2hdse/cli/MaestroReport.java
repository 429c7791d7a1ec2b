package io.h2hdse.cli;

import io.h2hdse.cost.maestro.CppNumbers;
import io.h2hdse.cost.maestro.Delays;
import io.h2hdse.cost.maestro.Energy;
import io.h2hdse.cost.maestro.Hardware;
import io.h2hdse.cost.maestro.MaestroResult;
import io.h2hdse.cost.maestro.TensorKind;
import io.h2hdse.cost.maestro.TensorStats;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints MAESTRO results the way MAESTRO's screen report lays them out, line for line, except that each
 * layer's block opens with {@code [Layer NAME]} where the binary prints its second empty line.
 */
final class MaestroReport {
    private MaestroReport() {}

    static void print(PrintWriter out, List<MaestroResult> results, Hardware hardware) {
        long maxL1 = 0;
        long maxL2 = 0;
        long totalL1 = 0;
        long totalL2 = 0;
        long maxNoc = 0;
        long maxOffchip = 0;
        for (MaestroResult result : results) {
            maxNoc = Math.max(maxNoc, result.peakNocBandwidth());
            maxOffchip = Math.max(maxOffchip, result.offchipBandwidth());
            layer(out, result);
            maxL1 = Math.max(maxL1, result.l1SizeReq());
            maxL2 = Math.max(maxL2, result.l2SizeReq());
            totalL1 += result.l1SizeReq();
            totalL2 += result.l2SizeReq();
        }
        out.println("Buffer Analysis:");
        boolean pass = true;
        if (maxL1 > hardware.l1Size()) {
            out.println("[WARNING:Buffer] Per-layer L1 size requirement [" + maxL1
                    + "] is larger than the given L1 size [" + hardware.l1Size() + "]");
            pass = false;
        }
        if (maxL2 > hardware.l2Size()) {
            out.println("[WARNING:Buffer] Per-layer L2 size requirement [" + maxL2
                    + "] is larger than the given L2 size [" + hardware.l2Size() + "]");
            pass = false;
        }
        if (pass) {
            out.println("[PASS]");
        }
        out.println("[Model-wise Buffer Summary]");
        out.println("Model-wise total L2 size usage: " + totalL2);
        out.println("Model-wise total L1 size usage: " + totalL1);
        out.println("BW Analysis:");
        boolean bandwidthPass = true;
        if (maxNoc > hardware.nocBandwidth()) {
            out.println("[WARNING:BW] Per-layer NoC BW requirement [" + maxNoc + "] is larger than the given NoC BW ["
                    + hardware.nocBandwidth() + "]");
            bandwidthPass = false;
        }
        if (maxOffchip > hardware.offchipBandwidth()) {
            out.println("[WARNING:BW] Per-layer OffChip BW requirement [" + maxOffchip
                    + "] is larger than the given OffChip BW [" + hardware.offchipBandwidth() + "]");
            bandwidthPass = false;
        }
        if (bandwidthPass) {
            out.println("[PASS]");
        }
    }

    private static void layer(PrintWriter out, MaestroResult result) {
        out.println();
        out.println("[Layer " + result.layer() + "]");
        out.println("Num MACs: " + result.macs());
        out.println();
        out.println("[Performance Analysis]");
        out.println("Runtime: " + result.runtimeCycles() + " cycles");
        out.println("Throughput: " + CppNumbers.of((double) result.macs() / result.runtimeCycles()) + " MACs/cycle");
        out.println("[Buffer Access Analysis]");
        for (TensorKind tensor : TensorKind.values()) {
            TensorStats t = result.of(tensor);
            out.println("Tensor " + tensor.label());
            out.println("L2 size requirement: " + t.l2SizeReq());
            out.println("L1 size requirement: " + t.l1SizeReq());
            out.println("L2 buffer write: " + t.l2Write());
            out.println("L2 buffer read: " + t.l2Read());
            out.println("L1 buffer write: " + t.l1Write());
            out.println("L1 buffer read: " + t.l1Read());
            out.println("Data reuse factor: " + CppNumbers.of((double) t.l1Read() / t.l1Write()));
        }
        long l1Reads = result.input().l1Read()
                + result.filter().l1Read()
                + result.output().l1Read();
        long l1Writes = result.input().l1Write()
                + result.filter().l1Write()
                + result.output().l1Write();
        out.println("Overall data reuse factor: " + CppNumbers.of((double) l1Reads / l1Writes));
        out.println("[Energy Analysis]");
        out.println("-For each data class");
        for (TensorKind tensor : TensorKind.values()) {
            Energy e = result.energy(tensor);
            out.println("Tensor " + tensor.label());
            out.println("L2 buffer write energy: " + CppNumbers.of(e.l2Write()) + " X MAC energy");
            out.println("L2 buffer read energy: " + CppNumbers.of(e.l2Read()) + " X MAC energy");
            out.println("L1 buffer write energy: " + CppNumbers.of(e.l1Write()) + " X MAC energy");
            out.println("L1 buffer read energy: " + CppNumbers.of(e.l1Read()) + " X MAC energy");
        }
        Energy energy = result.energy();
        out.println();
        out.println("[Summary]");
        out.println("Total L2 buffer requirement: " + result.l2SizeReq());
        out.println("Total L1 buffer requirement: " + result.l1SizeReq());
        out.println("Total L2 buffer write energy: " + CppNumbers.of(energy.l2Write()) + " X MAC energy");
        out.println("Total L2 buffer read energy: " + CppNumbers.of(energy.l2Read()) + " X MAC energy");
        out.println("Total L1 buffer write energy: " + CppNumbers.of(energy.l1Write()) + " X MAC energy");
        out.println("Total L1 buffer read energy: " + CppNumbers.of(energy.l1Read()) + " X MAC energy");
        out.println("Total MAC energy: " + result.macs() + " X MAC energy");
        out.println("Peak bandwidth requirement: " + result.peakNocBandwidth());
        out.println("Avg bandwidth requirement: " + CppNumbers.of(result.avgNocBandwidth()));
        out.println();
        out.println("Total energy consumption: " + CppNumbers.of(energy.total()) + " X MAC energy");
        out.println("Runtime: " + result.runtimeCycles() + " cycles");
        out.println("Throughput: " + CppNumbers.of((double) result.macs() / result.runtimeCycles()) + " MACs/cycle");
        out.println("Performance per MAC energy: "
                + CppNumbers.of((double) result.macs() / result.runtimeCycles() / energy.total())
                + " MACs/cycle/(MAC_energy)");
        delay(out, "Ingress Delay", result.delays().ingress());
        delay(out, "Egress Delay", result.delays().egress());
        delay(out, "Computation Delay", result.delays().compute());
        out.println("Average number of utilized PEs: " + CppNumbers.of(result.avgUtilizedPes()));
        out.println("Arithmetic intensity: " + CppNumbers.of(result.arithmeticIntensity()));
    }

    private static void delay(PrintWriter out, String title, Delays.Range range) {
        out.println(title);
        out.println("Min: " + range.min());
        out.println("Max: " + range.max());
        out.println("Avg: " + range.avg());
    }
}
