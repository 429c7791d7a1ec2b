package io.h2hdse.workload.yaml;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlFiles;
import io.h2hdse.input.YamlMap;
import io.h2hdse.workload.Attention;
import io.h2hdse.workload.Concat;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Gru;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Lstm;
import io.h2hdse.workload.MatMul;
import io.h2hdse.workload.Norm;
import io.h2hdse.workload.Op;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Resize;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Softmax;
import io.h2hdse.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a model file (schema in {@code configs/README.md}) into a validated {@link Workload}. Every
 * error is one {@link InvalidInputException} line: file, field (or line, for a syntax error), reason.
 */
public final class ModelYamlReader {
    /** Element width when a model file does not give {@code element_bits}; the zoo's width. */
    public static final int DEFAULT_ELEMENT_BITS = 8;

    private ModelYamlReader() {}

    public static Workload read(Path file) {
        return read(YamlFiles.read(file), file.toString());
    }

    /** Reads YAML text; {@code fileName} names it in errors. */
    public static Workload parse(String text, String fileName) {
        return read(YamlFiles.parse(text, fileName), fileName);
    }

    private static Workload read(YamlMap root, String fileName) {
        try {
            String name = root.string("name");
            int elementBits = root.integer("element_bits", DEFAULT_ELEMENT_BITS);
            ShapeCheck shapeCheck = root.choice("shape_check", ShapeCheck.class, ShapeCheck.STRICT);
            List<Layer> layers = new ArrayList<>();
            for (YamlMap item : root.maps("layers")) {
                layers.add(layer(item));
            }
            root.rejectUnknown();
            return Workload.of(name, elementBits, layers, shapeCheck);
        } catch (InvalidInputException e) {
            throw e.in(fileName);
        }
    }

    private static Layer layer(YamlMap item) {
        String name = item.string("name");
        YamlMap fields = item.renamed("layers." + name);
        OpKind kind;
        try {
            kind = OpKind.parse(fields.string("op"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(fields.where("op"), e.getMessage());
        }
        int[] chw = fields.integers("input_chw");
        if (chw.length != 3) {
            throw new InvalidInputException(
                    fields.where("input_chw"), "expected [channels, height, width], got " + chw.length + " numbers");
        }
        try {
            Op op = op(kind, fields);
            Shape input = new Shape(chw[0], chw[1], chw[2]);
            Layer layer = new Layer(
                    name,
                    op,
                    input,
                    fields.strings("inputs", List.of()),
                    fields.string("branch", ""),
                    fields.string("task", ""));
            fields.rejectUnknown();
            return layer;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(fields.path(), e.getMessage());
        }
    }

    private static Op op(OpKind kind, YamlMap f) {
        return switch (kind) {
            case CONV -> {
                int[] kernel = f.pair("kernel", 1);
                int[] stride = f.pair("stride", 1);
                int[] padding = f.pair("padding", 0);
                yield new Conv(
                        f.integer("out_channels"),
                        kernel[0],
                        kernel[1],
                        stride[0],
                        stride[1],
                        padding[0],
                        padding[1],
                        f.integer("dilation", 1),
                        f.integer("groups", 1));
            }
            case FC -> new FullyConnected(f.integer("out_features"));
            case POOL -> {
                int[] kernel = f.pair("kernel", 0);
                int[] stride = f.pair("stride", 0);
                int[] padding = f.pair("padding", 0);
                yield new Pool(
                        f.choice("mode", Pool.Mode.class),
                        kernel[0],
                        kernel[1],
                        stride[0] == 0 ? kernel[0] : stride[0],
                        stride[1] == 0 ? kernel[1] : stride[1],
                        padding[0],
                        padding[1]);
            }
            case MATMUL -> new MatMul(f.integer("out_features"), f.choice("second", MatMul.Operand.class));
            case GRU -> new Gru(f.integer("hidden_size"));
            case SOFTMAX -> new Softmax();
            case NORM -> new Norm();
            case RESIZE -> {
                int[] size = f.pair("output_size", 0);
                yield new Resize(size[0], size[1]);
            }
            case ELTWISE -> new Eltwise(f.choice("mode", Eltwise.Mode.class, Eltwise.Mode.ADD));
            case CONCAT -> new Concat();
            case LSTM -> new Lstm(f.integer("hidden_size"));
            case ATTENTION -> new Attention(f.integer("heads"));
        };
    }
}
