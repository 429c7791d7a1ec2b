package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base of the tests that import small hand-built graphs from a temporary folder. */
abstract class ImportedGraphs {
    @TempDir
    Path dir;

    Workload read(OnnxGraph g) {
        return OnnxModelReader.read(g.write(dir, "m.onnx"));
    }

    static Layer layer(Workload w, String name) {
        return w.layer(w.indexOf(name));
    }
}
