package io.h2hdse.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --configs} option: where model, system and sweep names resolve. */
final class ConfigsDir {
    @Option(
            names = "--configs",
            paramLabel = "DIR",
            defaultValue = "configs",
            description = "Configs directory (default: ${DEFAULT-VALUE}).")
    Path path;
}
