package io.h2hdse.solver.h2h;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The release's reference cases, kept once in dse-core's test resources. */
final class ReleaseCaseFiles {
    static final Path DIRECTORY = Path.of("../configs/h2h-cases");

    private ReleaseCaseFiles() {}

    static Stream<Path> all() {
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
