package io.h2hdse.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: into a temporary file in the target's folder, then renamed
 * over the target in one atomic step, so a run killed while writing leaves the previous file (or
 * none), never a half-written one. Closing without {@link #commit()} removes the temporary file.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final Writer writer;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temporary = temporary(target);
        this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    }

    static AtomicFile create(Path target) {
        try {
            return new AtomicFile(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the content goes until {@link #commit()}. */
    Writer writer() {
        return writer;
    }

    /** Closes the content and moves it into place. */
    void commit() {
        try {
            writer.close();
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeString(Path target, String text) {
        try (AtomicFile file = create(target)) {
            file.writer().write(text);
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The temporary name for {@code target}: same folder, same extension (some writers add a missing one). */
    static Path temporary(Path target) {
        return target.resolveSibling(".tmp-" + target.getFileName());
    }

    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            writer.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
