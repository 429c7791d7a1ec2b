package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The YAML files of one folder under the configs directory, sorted by name; none if it does not exist. */
final class ConfigFiles {
    private ConfigFiles() {}

    static List<Path> yamlFiles(Path configs, String folder) {
        Path dir = configs.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireDirectory(Path configs) {
        if (!Files.isDirectory(configs)) {
            throw new InvalidInputException(configs.toString(), "configs directory not found (pass --configs DIR)");
        }
    }
}
