package io.h2hdse.bench;

import io.h2hdse.workload.Workload;
import io.h2hdse.workload.onnx.OnnxModelReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Importing a real ONNX export in process: parsing the protobuf, inferring every tensor's shape,
 * folding the shape arithmetic, mapping and fusing ops and validating the workload. {@code vit_b_16}
 * (1,024 nodes, 12 attention blocks with run-time shape subgraphs) is the largest shared export; the
 * target is under 0.5 s. The file is found in {@code shared/models/onnx} beside the project, from the
 * working directory upwards, or at {@code -p folder=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OnnxImportBenchmark {
    @Param({"vit_b_16.onnx"})
    public String model;

    @Param({""})
    public String folder;

    private Path file;

    @Setup
    public void setUp() {
        file = resolve(folder).resolve(model);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "no " + file + ": run from the project with shared/ beside it, or pass -p folder=DIR");
        }
    }

    private static Path resolve(String folder) {
        if (!folder.isEmpty()) {
            return Path.of(folder);
        }
        Path relative = Path.of("shared", "models", "onnx");
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        return relative;
    }

    @Benchmark
    public Workload importModel() {
        return OnnxModelReader.read(file);
    }
}
