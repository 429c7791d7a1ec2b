package io.h2hdse.workload.onnx;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real ONNX exports of {@code shared/models/onnx}, which sits beside the project (CI clones it
 * there); found from the working directory upwards. Tests that need them are skipped without them.
 */
final class SharedOnnxModels {
    private static final Path RELATIVE = Path.of("shared", "models", "onnx");

    private SharedOnnxModels() {}

    static Path folder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(RELATIVE))) {
                return p.resolve(RELATIVE);
            }
        }
        Assumptions.abort("shared/models/onnx not found beside the project: ONNX import tests on real exports skipped");
        throw new IllegalStateException("unreachable");
    }

    static Path file(String name) {
        return folder().resolve(name);
    }
}
