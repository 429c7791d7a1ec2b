package io.h2hdse.workload.yaml;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.onnx.OnnxModelReader;
import io.h2hdse.workload.zoo.ModelZoo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** How a user names a model on the command line or in a sweep: a zoo name, or a model file. */
public final class ModelSource {
    private ModelSource() {}

    /** The zoo model called {@code nameOrFile}, else the model file at that path: ONNX when it ends in {@code .onnx}, else YAML. */
    public static Workload load(String nameOrFile) {
        return load(nameOrFile, System.err::println);
    }

    /** As {@link #load(String)}, giving an ONNX import's warnings to {@code warnings}. */
    public static Workload load(String nameOrFile, Consumer<String> warnings) {
        if (ModelZoo.contains(nameOrFile)) {
            return ModelZoo.build(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (Files.exists(file)) {
            return OnnxModelReader.isOnnxFile(nameOrFile)
                    ? OnnxModelReader.read(file, warnings)
                    : ModelYamlReader.read(file);
        }
        throw new InvalidInputException(
                nameOrFile,
                "neither a zoo model (" + String.join(", ", ModelZoo.names())
                        + ") nor an existing model file (.yaml or .onnx)");
    }
}
