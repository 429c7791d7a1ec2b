package io.h2hdse.cli;

import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelYamlReader;
import io.h2hdse.workload.zoo.ModelZoo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dse models}: the zoo's models and the model files under the configs directory, one line each. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description = "List the built-in model zoo and the model files in <configs>/models: name, source, layers, "
                + "GMACs (multiply-accumulates of one inference), parameters (weights, millions), branches and tasks.",
        footer = {"", "Example:", "  bin/dse models --configs configs"})
final class ModelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--configs",
            paramLabel = "DIR",
            defaultValue = "configs",
            description = "Configs directory (default: ${DEFAULT-VALUE}).")
    Path configs;

    @Override
    public Integer call() {
        TextTable table = new TextTable("name", "source", "layers>", "GMACs>", "params_M>", "branches", "tasks");
        for (String name : ModelZoo.names()) {
            add(table, ModelZoo.build(name), "zoo");
        }
        ConfigFiles.requireDirectory(configs);
        for (Path file : ConfigFiles.yamlFiles(configs, "models")) {
            add(table, ModelYamlReader.read(file), file.toString());
        }
        table.print(spec.commandLine().getOut());
        return Dse.EXIT_OK;
    }

    private static void add(TextTable table, Workload model, String source) {
        table.add(
                model.name(),
                source,
                String.valueOf(model.size()),
                String.format(Locale.ROOT, "%.3f", model.totalMacs() / 1e9),
                String.format(Locale.ROOT, "%.2f", model.totalWeightElements() / 1e6),
                String.join(",", model.branches()),
                model.tasks().isEmpty() ? "-" : String.join(",", model.tasks()));
    }
}
