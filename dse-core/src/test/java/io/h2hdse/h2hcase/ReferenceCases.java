package io.h2hdse.h2hcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The release's reference cases, bundled in {@code configs/h2h-cases}. */
public final class ReferenceCases {
    private ReferenceCases() {}

    public static Path directory() {
        for (Path candidate : List.of(Path.of("../configs/h2h-cases"), Path.of("configs/h2h-cases"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "reference cases not found from " + Path.of("").toAbsolutePath());
    }

    public static Stream<Path> files() {
        try (Stream<Path> listing = Files.list(directory())) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
