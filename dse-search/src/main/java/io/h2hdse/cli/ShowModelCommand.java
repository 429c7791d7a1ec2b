package io.h2hdse.cli;

import io.h2hdse.cost.maestro.MaestroModelWriter;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dse show-model}: one model's layers in topological order, one line each. */
@Command(
        name = "show-model",
        mixinStandardHelpOptions = true,
        description =
                "Show a model's layers in topological order: op, branch, task, producers, input and output "
                        + "shapes (channels x height x width), MACs and weights; or, with --maestro, write it as a MAESTRO .m network.",
        footer = {
            "",
            "Examples:",
            "  bin/dse show-model vgg3",
            "  bin/dse show-model configs/models/casia-surf.yaml",
            "  bin/dse show-model configs/onnx/trimodal_lstm_att.onnx --csv > trimodal.csv",
            "  bin/dse show-model resnet18 --maestro kcp_ws > resnet18.m"
        })
final class ShowModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "MODEL",
            description = "A zoo model name (see dse models) or a model file (.yaml or .onnx).")
    String model;

    @Option(
            names = "--maestro",
            paramLabel = "DATAFLOW",
            description = "Print the model as a MAESTRO .m network with this preset's Dataflow block per layer "
                    + "(conv, depthwise conv and FC layers; the others are named on stderr).")
    String maestroDataflow;

    @Option(
            names = "--csv",
            description =
                    "Print one CSV row per layer: layer,op,branch,task,inputs,input_shape,output_shape,macs,weights "
                            + "(inputs separated by ';', empty for a layer fed from the host; shapes channels x height x width).")
    boolean csv;

    @Override
    public Integer call() {
        Workload workload = ModelSource.load(model, spec.commandLine().getErr()::println);
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            LayerCsv.print(workload, out);
            return Dse.EXIT_OK;
        }
        if (maestroDataflow != null) {
            MaestroModelWriter.Output written = MaestroModelWriter.write(workload, maestroDataflow);
            out.print(written.text());
            if (!written.skipped().isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("left out (no single MAESTRO layer): " + String.join(", ", written.skipped()));
            }
            return Dse.EXIT_OK;
        }
        out.printf(
                Locale.ROOT,
                "%s: %d layers, %.3f GMACs, %.2f M weights, %d-bit elements; branches: %s; tasks: %s%n",
                TextTable.visible(workload.name()),
                workload.size(),
                workload.totalMacs() / 1e9,
                workload.totalWeightElements() / 1e6,
                workload.elementBits(),
                TextTable.visible(String.join(",", workload.branches())),
                workload.tasks().isEmpty() ? "-" : TextTable.visible(String.join(",", workload.tasks())));
        TextTable table =
                new TextTable("layer", "op", "branch", "task", "inputs", "input", "output", "MACs>", "weights>");
        for (Layer layer : workload.layers()) {
            table.add(
                    layer.name(),
                    layer.kind().yamlName(),
                    dash(layer.branch()),
                    dash(layer.task()),
                    layer.inputs().isEmpty() ? "host" : String.join(",", layer.inputs()),
                    layer.input().toString(),
                    layer.output().toString(),
                    String.valueOf(layer.macs()),
                    String.valueOf(layer.weightElements()));
        }
        table.print(out);
        return Dse.EXIT_OK;
    }

    private static String dash(String label) {
        return label.isEmpty() ? "-" : label;
    }
}
