package io.h2hdse.cost.maestro;

import io.h2hdse.cost.maestro.MTokenizer.Token;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.TextFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MAESTRO {@code .m} files: {@code Constant} definitions, a {@code Network} of {@code Layer}s with
 * {@code Type}, {@code Stride}, {@code Dimensions} and {@code Dataflow} blocks. A layer without a
 * Dataflow block reuses the previous layer's, as in MAESTRO. {@code Accelerator} blocks are skipped
 * (MAESTRO parses but never uses them). Errors name the file and line.
 */
public final class MappingFileParser {
    private final String source;
    private final String[] lines;
    private final List<Token> tokens;
    private final Map<String, Integer> constants = new HashMap<>();
    private int pos;

    private MappingFileParser(String source, String text) {
        this.source = source;
        this.lines = text.split("\n", -1);
        this.tokens = MTokenizer.tokenize(text);
    }

    public static MappingFile parse(Path file) {
        return parse(file.toString(), TextFiles.read(file, "mapping file"));
    }

    /** @param source file name used in error messages */
    public static MappingFile parse(String source, String text) {
        return new MappingFileParser(source, text).file();
    }

    /** The Dataflow block of a {@code .m} file's first layer that has one, for use as a template. */
    public static Dataflow firstDataflow(Path file) {
        MappingFile parsed = parse(file);
        for (MaestroLayer layer : parsed.layers()) {
            if (layer.dataflow() != null) {
                return layer.dataflow();
            }
        }
        throw new InvalidInputException(file.toString(), "no layer has a Dataflow block");
    }

    private MappingFile file() {
        String network = null;
        List<MaestroLayer> layers = new ArrayList<>();
        while (pos < tokens.size()) {
            Token token = next("Network, Constant or Accelerator");
            switch (token.text()) {
                case "Constant" -> {
                    String name = next("constant name").text();
                    constants.put(name, integer(next("constant value"), "Constant " + name));
                }
                case "Network" -> {
                    if (network != null) {
                        throw error(token, "a file holds one Network");
                    }
                    network = nameBefore("{", "Network");
                    expect("{");
                    while (!peekIs("}")) {
                        Token t = next("Layer or '}'");
                        if (t.text().equals("Layer")) {
                            layers.add(layer(
                                    layers.isEmpty() ? null : layers.getLast().dataflow()));
                        } else if (t.text().equals("Accelerator")) {
                            skipBlock();
                        } else {
                            throw error(t, "expected Layer, got '" + t.text() + "'");
                        }
                    }
                    expect("}");
                }
                case "Accelerator" -> skipBlock();
                default -> throw error(token, "expected Network, Constant or Accelerator, got '" + token.text() + "'");
            }
        }
        if (network == null) {
            throw new InvalidInputException(source, "no Network block");
        }
        if (layers.isEmpty()) {
            throw new InvalidInputException(source, "network " + network + " has no Layer");
        }
        return new MappingFile(network, layers);
    }

    private MaestroLayer layer(Dataflow previous) {
        Token nameToken = tokens.get(pos - 1);
        String name = nameBefore("{", "Layer");
        expect("{");
        LayerType type = null;
        Map<Dim, Integer> declared = new EnumMap<>(Dim.class);
        int strideY = 1;
        int strideX = 1;
        Dataflow dataflow = previous;
        Token dimensionsToken = null;
        while (!peekIs("}")) {
            Token t = next("layer block or '}'");
            switch (t.text()) {
                case "Type" -> type = layerType(name, next("layer type"));
                case "Stride" -> {
                    expect("{");
                    while (!peekIs("}")) {
                        Token dimToken = next("stride dimension");
                        int value = positive(next("stride value"), "layer " + name + ": stride " + dimToken.text());
                        switch (dimToken.text()) {
                            case "Y" -> strideY = value;
                            case "X" -> strideX = value;
                            default ->
                                throw error(
                                        dimToken,
                                        "layer " + name + ": stride is supported on X and Y only, got '"
                                                + dimToken.text() + "'");
                        }
                    }
                    expect("}");
                }
                case "Dimensions" -> {
                    dimensionsToken = t;
                    expect("{");
                    while (!peekIs("}")) {
                        Token dimToken = next("dimension name");
                        int value =
                                positive(next("dimension size"), "layer " + name + ": dimension " + dimToken.text());
                        Dim dim = Dim.parse(dimToken.text())
                                .orElseThrow(() -> error(
                                        dimToken, "layer " + name + ": unknown dimension '" + dimToken.text() + "'"));
                        declared.put(dim, value);
                    }
                    expect("}");
                }
                case "Dataflow" -> dataflow = dataflow(name);
                case "Accelerator" -> skipBlock();
                default ->
                    throw error(
                            t,
                            "layer " + name + ": expected Type, Stride, Dimensions or Dataflow, got '" + t.text()
                                    + "'");
            }
        }
        Token close = expect("}");
        if (type == null) {
            throw error(nameToken, "layer " + name + ": Type is missing");
        }
        if (dimensionsToken == null) {
            throw error(close, "layer " + name + ": Dimensions block is missing");
        }
        LayerDims dims;
        try {
            dims = LayerDims.of(type, declared, strideY, strideX);
        } catch (IllegalArgumentException e) {
            throw error(dimensionsToken, "layer " + name + ": " + e.getMessage());
        }
        return new MaestroLayer(name, type, dims, dataflow);
    }

    private LayerType layerType(String layer, Token token) {
        return switch (token.text()) {
            case "CONV", "TRCONV" -> LayerType.CONV;
            case "DSCONV" -> LayerType.DSCONV;
            case "FC", "POOL", "LSTM", "RESIDUAL_IDENTITY" ->
                throw error(
                        token,
                        "layer " + layer + ": type " + token.text()
                                + " is not supported by MAESTRO (write FC as a CONV with R=S=Y=X=1; pooling has no model)");
            case "NGCONV" -> LayerType.NGCONV;
            case "GEMM" -> LayerType.GEMM;
            default -> throw error(token, "layer " + layer + ": unknown layer type '" + token.text() + "'");
        };
    }

    private Dataflow dataflow(String layer) {
        expect("{");
        List<DirectiveTemplate> directives = new ArrayList<>();
        while (!peekIs("}")) {
            Token t = next("directive or '}'");
            switch (t.text()) {
                case "TemporalMap", "SpatialMap" -> {
                    SizeExpr size = sizeExpr(layer);
                    SizeExpr offset = sizeExpr(layer);
                    Token dimToken = next("directive dimension");
                    Dim dim = Dim.parse(dimToken.text())
                            .orElseThrow(() -> error(
                                    dimToken, "layer " + layer + ": unknown dimension '" + dimToken.text() + "'"));
                    directives.add(
                            t.text().equals("TemporalMap")
                                    ? DirectiveTemplate.temporal(size, offset, dim)
                                    : DirectiveTemplate.spatial(size, offset, dim));
                }
                case "Cluster" -> {
                    SizeExpr size = sizeExpr(layer);
                    Token kind = next("cluster type P or L");
                    if (!kind.text().equals("P") && !kind.text().equals("L")) {
                        throw error(
                                kind, "layer " + layer + ": cluster type must be P or L, got '" + kind.text() + "'");
                    }
                    directives.add(DirectiveTemplate.cluster(size));
                }
                default ->
                    throw error(
                            t,
                            "layer " + layer + ": expected TemporalMap, SpatialMap or Cluster, got '" + t.text() + "'");
            }
        }
        Token close = expect("}");
        if (directives.isEmpty()) {
            throw error(close, "layer " + layer + ": Dataflow block is empty");
        }
        return new Dataflow(layer, directives);
    }

    private SizeExpr sizeExpr(String layer) {
        Token t = next("size");
        if (t.text().equals("Sz")) {
            Token dimToken = next("dimension in Sz()");
            Dim dim = Dim.parse(dimToken.text())
                    .orElseThrow(() -> error(
                            dimToken, "layer " + layer + ": unknown dimension '" + dimToken.text() + "' in Sz()"));
            return SizeExpr.sizeOf(dim);
        }
        return SizeExpr.of(integer(t, "layer " + layer + ": map size or offset"));
    }

    /**
     * A network or layer name: everything MAESTRO's lexer passes before the '{', read back as written
     * ({@code CONV1-1}; the binary keeps only the last piece, {@code 1}), or MAESTRO's default when empty.
     */
    private String nameBefore(String open, String fallback) {
        List<Token> run = new ArrayList<>();
        while (!peekIs(open)) {
            run.add(next("name"));
        }
        return run.isEmpty() ? fallback : MTokenizer.spanText(run, lines);
    }

    /** @param what the field, for the error message ("layer L: dimension K") */
    private int positive(Token t, String what) {
        int value = integer(t, what);
        if (value <= 0) {
            throw error(t, what + ": expected a positive number, got " + value);
        }
        return value;
    }

    private int integer(Token t, String what) {
        if (t.afterMinus()) {
            throw error(
                    t,
                    what + ": negative number -" + t.text() + " (MAESTRO's lexer drops the '-' and reads " + t.text()
                            + "; sizes must be positive)");
        }
        Integer constant = constants.get(t.text());
        if (constant != null) {
            return constant;
        }
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error(
                    t,
                    what + ": "
                            + (t.text().chars().allMatch(Character::isDigit)
                                    ? "number " + t.text() + " is too large (MAESTRO's sizes are 32-bit: at most "
                                            + Integer.MAX_VALUE + ")"
                                    : "expected a number or a Constant, got '" + t.text() + "'"));
        }
    }

    private void skipBlock() {
        expect("{");
        int depth = 1;
        while (depth > 0) {
            Token t = next("'}'");
            if (t.text().equals("{")) {
                depth++;
            } else if (t.text().equals("}")) {
                depth--;
            }
        }
    }

    private boolean peekIs(String text) {
        if (pos >= tokens.size()) {
            throw new InvalidInputException(source, "unexpected end of file, expected '" + text + "'");
        }
        return tokens.get(pos).text().equals(text);
    }

    private Token expect(String text) {
        Token t = next("'" + text + "'");
        if (!t.text().equals(text)) {
            throw error(t, "expected '" + text + "', got '" + t.text() + "'");
        }
        return t;
    }

    private Token next(String expected) {
        if (pos >= tokens.size()) {
            throw new InvalidInputException(source, "unexpected end of file, expected " + expected);
        }
        return tokens.get(pos++);
    }

    private InvalidInputException error(Token at, String reason) {
        return new InvalidInputException(source + ":" + at.line(), reason);
    }
}
