package io.h2hdse.cli;

import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelYamlReader;
import io.h2hdse.workload.zoo.ModelZoo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dse models}: the zoo's models and the model files under the configs directory, one line each. */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        description =
                "List each model once: the built-in zoo and the model files in <configs>/models and <configs>/sweeps/models, "
                        + "with name, source (zoo; zoo=FILE: the zoo's model, which FILE holds too; or the file: pass a zoo model to "
                        + "--model by name, a file by its path), layers, GMACs (multiply-accumulates of one inference), parameters "
                        + "(weights, millions), branches and tasks.",
        footer = {"", "Example:", "  bin/dse models --configs configs"})
final class ModelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigsDir configs;

    @Override
    public Integer call() {
        TextTable table = new TextTable("name", "source", "layers>", "GMACs>", "params_M>", "branches", "tasks");
        ConfigFiles.requireDirectory(configs.path);
        List<Path> files = new ArrayList<>(ConfigFiles.yamlFiles(configs.path, "models"));
        files.addAll(ConfigFiles.yamlFiles(configs.path, "sweeps/models"));
        Map<String, Path> bundled = new LinkedHashMap<>();
        Map<Path, Workload> read = new LinkedHashMap<>();
        for (Path file : files) {
            Workload model = ModelYamlReader.read(file);
            read.put(file, model);
            bundled.putIfAbsent(model.name(), file);
        }
        for (String name : ModelZoo.names()) {
            add(table, ModelZoo.build(name), bundled.containsKey(name) ? "zoo=" + bundled.get(name) : "zoo");
        }
        // A file holding a zoo model's name is that model (BundledModelFilesTest), and --model NAME takes the zoo's.
        read.forEach((file, model) -> {
            if (!ModelZoo.contains(model.name())) {
                add(table, model, file.toString());
            }
        });
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
