package io.h2hdse.cli;

import io.h2hdse.eval.Problem;
import io.h2hdse.sweep.Sources;
import io.h2hdse.sweep.SystemGrid;
import io.h2hdse.system.yaml.SystemYamlReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** The {@code --model}, {@code --system} and {@code --configs} options of the commands that look at one problem. */
final class ModelOnSystem {
    @Option(names = "--model", paramLabel = "M", required = true, description = "A zoo model name or a model file.")
    String model;

    @Option(
            names = "--system",
            paramLabel = "S",
            required = true,
            description = "A system name in <configs>/systems or a system file.")
    String system;

    @Mixin
    ConfigsDir configs;

    /** The model on the system with {@code systemOverrides} applied as a sweep grid applies them ({@code --set}). */
    Problem problem(Map<String, String> systemOverrides) {
        Path systemFile = Sources.systemFile(system, Path.of(""), configs.path);
        SystemGrid point =
                SystemGrid.fixed(SystemYamlReader.read(systemFile), systemFile.toString(), systemOverrides, "--set");
        return Sources.problem(
                Sources.model(model, Path.of("")), point.points().getFirst().system());
    }
}
