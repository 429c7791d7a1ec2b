package io.h2hdse.cli;

import io.h2hdse.output.OutputFile;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.onnx.OnnxModelReader;
import io.h2hdse.workload.yaml.ModelYamlWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dse import}: an ONNX model as a YAML model file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import an ONNX model (shapes inferred, weights read as dims only) and write it as a YAML model "
                + "file, which reads back to the same workload. Nothing is written if the model cannot be imported.",
        footer = {"", "Example:", "  bin/dse import configs/onnx/trimodal_lstm_att.onnx --out trimodal.yaml"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.onnx", description = "The ONNX model file.")
    Path onnx;

    @Option(
            names = "--out",
            paramLabel = "FILE.yaml",
            required = true,
            description = "The model file to write (replaced whole; never the ONNX file itself, a link or a device).")
    Path out;

    @Override
    public Integer call() {
        OutputFile.check(out, onnx);
        Workload workload = OnnxModelReader.read(onnx, spec.commandLine().getErr()::println);
        OutputFile.writeString(out, ModelYamlWriter.toYaml(workload), onnx);
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "%s: %d layers, %.3f GMACs, %.2f M weights; branches: %s; tasks: %s -> %s%n",
                        TextTable.visible(workload.name()),
                        workload.size(),
                        workload.totalMacs() / 1e9,
                        workload.totalWeightElements() / 1e6,
                        TextTable.visible(String.join(",", workload.branches())),
                        workload.tasks().isEmpty() ? "-" : TextTable.visible(String.join(",", workload.tasks())),
                        out);
        return Dse.EXIT_OK;
    }
}
