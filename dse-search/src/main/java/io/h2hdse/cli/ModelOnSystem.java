package io.h2hdse.cli;

import io.h2hdse.eval.Problem;
import io.h2hdse.sweep.Sources;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.Map;

/** The {@code --model}, {@code --system} and {@code --configs} options of the commands that look at one problem. */
final class ModelOnSystem {
    @Mixin
    ModelAndSystem names;

    @Mixin
    ConfigsDir configs;

    /** The model on the system with {@code systemOverrides} applied as a sweep grid applies them ({@code --set}). */
    Problem problem(Map<String, String> systemOverrides) {
        Path systemFile = names.systemFile(configs.path);
        return Sources.problem(
                names.workload(),
                ModelAndSystem.withOverrides(systemFile, systemOverrides)
                        .points()
                        .getFirst()
                        .system());
    }
}
