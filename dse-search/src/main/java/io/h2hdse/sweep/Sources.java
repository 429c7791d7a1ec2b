package io.h2hdse.sweep;

import io.h2hdse.cost.CostModels;
import io.h2hdse.cost.maestro.MaestroCostModel;
import io.h2hdse.cost.table.CostTableModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelSource;
import io.h2hdse.workload.yaml.ModelYamlWriter;
import io.h2hdse.workload.zoo.ModelZoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How sweeps and commands name models and systems: a zoo or configs name, or a file. */
public final class Sources {
    private Sources() {}

    /** A zoo model, else a model file (relative to {@code directory}). */
    public static Workload model(String nameOrFile, Path directory) {
        if (ModelZoo.contains(nameOrFile)) {
            return ModelZoo.build(nameOrFile);
        }
        Path file = directory.resolve(nameOrFile);
        return ModelSource.load(Files.exists(file) ? file.toString() : nameOrFile);
    }

    /** A system file (a path ending in .yaml, relative to {@code directory}), else {@code <configs>/systems/NAME.yaml}. */
    public static Path systemFile(String nameOrFile, Path directory, Path configs) {
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml")) {
            return directory.resolve(nameOrFile);
        }
        Path named = configs.resolve("systems").resolve(nameOrFile + ".yaml");
        if (!Files.exists(named)) {
            throw new InvalidInputException(
                    nameOrFile, "neither a system file (.yaml) nor a system in " + configs.resolve("systems"));
        }
        return named;
    }

    /** The model on the system, each accelerator costed by the model its cost spec names. */
    public static Problem problem(Workload model, SystemFile system) {
        return Problem.compile(
                model,
                system.system(),
                CostModels.of(MAESTRO, system.costTableCsv().map(CostTableModel::read))
                        .requireProviders(system.system()));
    }

    /**
     * One MAESTRO model for every problem of the JVM: its results are cached per (layer shape, dataflow,
     * hardware), so the system points of a grid or an exploration re-use what earlier points computed.
     */
    private static final MaestroCostModel MAESTRO = new MaestroCostModel();

    /** SHA-256 of a model's content, independent of whether it came from the zoo or a file. */
    public static String hash(Workload model) {
        return sha256(ModelYamlWriter.toYaml(model).getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
