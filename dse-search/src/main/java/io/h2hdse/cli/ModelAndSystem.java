package io.h2hdse.cli;

import io.h2hdse.sweep.Sources;
import io.h2hdse.sweep.SystemGrid;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.Workload;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code --model} and {@code --system} options: a mixin of the commands that look at one problem
 * ({@link ModelOnSystem}), and {@code dse solve}'s argument group beside {@code --case}.
 */
final class ModelAndSystem {
    @Option(names = "--model", paramLabel = "M", required = true, description = "A zoo model name or a model file.")
    String model;

    @Option(
            names = "--system",
            paramLabel = "S",
            required = true,
            description = "A system name in <configs>/systems or a system file (.yaml).")
    String system;

    Workload workload() {
        return Sources.model(model, Path.of(""));
    }

    /** The system file {@code --system} names, a file or a name in {@code configs}/systems. */
    Path systemFile(Path configs) {
        return Sources.systemFile(system, Path.of(""), configs);
    }

    /** The system of {@code systemFile} with {@code overrides} applied as a sweep grid applies them ({@code --set}). */
    static SystemGrid withOverrides(Path systemFile, Map<String, String> overrides) {
        return SystemGrid.fixed(SystemYamlReader.read(systemFile), systemFile.toString(), overrides, "--set");
    }
}
