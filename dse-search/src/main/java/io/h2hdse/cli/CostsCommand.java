package io.h2hdse.cli;

import io.h2hdse.cost.maestro.Energy;
import io.h2hdse.cost.maestro.MaestroCostModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Layer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dse costs}: the cost table the solvers search over, one CSV row per layer and accelerator. */
@Command(
        name = "costs",
        mixinStandardHelpOptions = true,
        description = {
            "Print the cost table of a model on a system as CSV, one row per layer x accelerator: "
                    + "layer,accelerator,allowed,latency_s,energy_j,mac_energy_j,l1_energy_j,l2_energy_j,weight_bytes. "
                    + "latency_s and energy_j are the layer's compute time and energy as the evaluator charges them without "
                    + "transfers (energy_j includes static power over latency_s); mac_, l1_ and l2_energy_j split the dynamic "
                    + "energy as MAESTRO counts it (MACs, L1 and L2 reads and writes; MAESTRO has no NoC or off-chip energy term), "
                    + "empty on accelerators of other cost models. A layer an accelerator cannot run has allowed=false and no figures. "
                    + "weight_bytes: the layer's weights (moved over the links unless resident)."
        },
        footer = {
            "",
            "Examples:",
            "  bin/dse costs --model vgg3 --system mixed6-medium",
            "  bin/dse costs --model casia-surf --system mixed6-medium --set link_bandwidth_gbps=0.5 > costs.csv"
        })
final class CostsCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of(
            "layer",
            "accelerator",
            "allowed",
            "latency_s",
            "energy_j",
            "mac_energy_j",
            "l1_energy_j",
            "l2_energy_j",
            "weight_bytes");

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOnSystem input;

    @Option(
            names = "--set",
            paramLabel = "PARAM=VALUE",
            description =
                    "Override a system parameter as a sweep grid does (e.g. num_pes=512); repeatable, each PARAM once.")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        Problem problem = input.problem(KeyValues.parse(overrides, "--set"));
        MaestroCostModel maestro = new MaestroCostModel();
        PrintWriter out = spec.commandLine().getOut();
        try {
            CSVPrinter csv = new CSVPrinter(
                    out,
                    CSVFormat.DEFAULT
                            .builder()
                            .setRecordSeparator('\n')
                            .setHeader(HEADER.toArray(String[]::new))
                            .get());
            for (int l = 0; l < problem.layers(); l++) {
                Layer layer = problem.workload().layers().get(l);
                for (int a = 0; a < problem.accelerators(); a++) {
                    Accelerator accelerator = problem.system().accelerators().get(a);
                    List<String> row = new ArrayList<>(List.of(layer.name(), accelerator.name()));
                    boolean allowed = problem.allowed(l, a);
                    row.add(Boolean.toString(allowed));
                    if (allowed) {
                        row.add(num(problem.computeSeconds(l, a)));
                        row.add(num(problem.energy(l, a, false, false, false)));
                        if (accelerator.cost() instanceof MaestroSpec maestroSpec) {
                            double joules = maestroSpec.pjPerMacEnergy() * 1e-12;
                            Energy split = maestro.energy(layer, accelerator);
                            row.add(num(split.mac() * joules));
                            row.add(num((split.l1Read() + split.l1Write()) * joules));
                            row.add(num((split.l2Read() + split.l2Write()) * joules));
                        } else {
                            row.addAll(List.of("", "", ""));
                        }
                    } else {
                        row.addAll(List.of("", "", "", "", ""));
                    }
                    row.add(num(problem.weightBits(l) / 8));
                    csv.printRecord(row);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Dse.EXIT_OK;
    }

    private static String num(double value) {
        return Double.toString(value);
    }
}
