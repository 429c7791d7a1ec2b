package io.h2hdse.bench;

import io.h2hdse.eval.Problem;
import io.h2hdse.sweep.Sources;
import io.h2hdse.system.yaml.SystemYamlReader;

import java.nio.file.Path;

/** A zoo model on a bundled system, as {@code dse solve} compiles it; configs are read from {@code configs/} (run from the repository root). */
final class ZooProblem {
    private ZooProblem() {}

    static Problem of(String model, String system) {
        Path here = Path.of(".");
        return Sources.problem(
                Sources.model(model, here),
                SystemYamlReader.read(Sources.systemFile(system, here, Path.of("configs"))));
    }
}
