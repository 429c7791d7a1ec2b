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
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Resize;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Softmax;
import io.h2hdse.workload.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a workload as a model file that {@link ModelYamlReader} reads back to equal layers: one
 * line per layer (a flow mapping), in topological order, leaving out fields at their defaults.
 */
public final class ModelYamlWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.+/-]*");
    private static final int WRAP = 1000;
    private static final Set<String> YAML_WORDS =
            Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

    private ModelYamlWriter() {}

    public static String toYaml(Workload workload) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "# %d layers, %.3f GMACs, %.2f M weights; branches: %s; tasks: %s%n",
                workload.size(),
                workload.totalMacs() / 1e9,
                workload.totalWeightElements() / 1e6,
                comment(String.join(", ", workload.branches())),
                workload.tasks().isEmpty() ? "-" : comment(String.join(", ", workload.tasks()))));
        out.append("name: ").append(scalar(workload.name())).append('\n');
        out.append("element_bits: ").append(workload.elementBits()).append('\n');
        if (!edgeShapesAgree(workload)) {
            out.append("shape_check: none\n");
        }
        out.append("layers:\n");
        for (Layer layer : workload.layers()) {
            String fields = fields(layer).entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.append("- {").append(fields).append("}\n");
        }
        return out.toString();
    }

    /** Whether the layers pass the strict edge-shape check; workloads imported with {@code NONE} may not. */
    private static boolean edgeShapesAgree(Workload workload) {
        try {
            Workload.of(workload.name(), workload.elementBits(), workload.layers(), ShapeCheck.STRICT);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static Map<String, String> fields(Layer layer) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", scalar(layer.name()));
        f.put("op", layer.kind().yamlName());
        if (!layer.branch().isEmpty()) {
            f.put("branch", scalar(layer.branch()));
        }
        if (!layer.task().isEmpty()) {
            f.put("task", scalar(layer.task()));
        }
        if (!layer.inputs().isEmpty()) {
            f.put("inputs", inputs(layer.inputs()));
        }
        f.put(
                "input_chw",
                list(List.of(
                        layer.input().channels(),
                        layer.input().height(),
                        layer.input().width())));
        opFields(layer.op(), f);
        return f;
    }

    private static void opFields(Op op, Map<String, String> f) {
        switch (op) {
            case Conv c -> {
                f.put("out_channels", String.valueOf(c.outChannels()));
                f.put("kernel", pair(c.kernelH(), c.kernelW()));
                f.put("stride", pair(c.strideH(), c.strideW()));
                f.put("padding", pair(c.padH(), c.padW()));
                if (c.dilation() != 1) {
                    f.put("dilation", String.valueOf(c.dilation()));
                }
                if (c.groups() != 1) {
                    f.put("groups", String.valueOf(c.groups()));
                }
            }
            case FullyConnected fc -> f.put("out_features", String.valueOf(fc.outFeatures()));
            case Pool p -> {
                f.put("mode", YamlMap.yamlName(p.mode()));
                f.put("kernel", pair(p.kernelH(), p.kernelW()));
                f.put("stride", pair(p.strideH(), p.strideW()));
                if (p.padH() != 0 || p.padW() != 0) {
                    f.put("padding", pair(p.padH(), p.padW()));
                }
            }
            case Eltwise e -> f.put("mode", YamlMap.yamlName(e.mode()));
            case Concat c -> {}
            case Lstm l -> f.put("hidden_size", String.valueOf(l.hiddenSize()));
            case Attention a -> f.put("heads", String.valueOf(a.heads()));
            case MatMul m -> {
                f.put("out_features", String.valueOf(m.outFeatures()));
                f.put("second", YamlMap.yamlName(m.second()));
            }
            case Gru g -> f.put("hidden_size", String.valueOf(g.hiddenSize()));
            case Softmax s -> {}
            case Norm n -> {}
            case Resize r -> f.put("output_size", pair(r.outHeight(), r.outWidth()));
        }
    }

    /**
     * The producers' names as a flow list, continued on indented lines every {@value #WRAP} characters:
     * a concat of thousands of inputs stays within {@link YamlFiles#MAX_LINE_CHARS} per line.
     */
    private static String inputs(List<String> names) {
        StringBuilder out = new StringBuilder("[");
        int lineStart = 0;
        for (int i = 0; i < names.size(); i++) {
            String item = scalar(names.get(i));
            if (i > 0) {
                out.append(',');
                if (out.length() - lineStart + item.length() > WRAP) {
                    out.append("\n    ");
                    lineStart = out.length();
                } else {
                    out.append(' ');
                }
            }
            out.append(item);
        }
        return out.append(']').toString();
    }

    private static String pair(int h, int w) {
        return h == w ? String.valueOf(h) : list(List.of(h, w));
    }

    private static String list(List<?> items) {
        return items.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * A text value, double-quoted unless it is plain YAML that reads back as the same text. Inside the
     * quotes, every character YAML would fold (line breaks), refuse (control characters) or drop (a
     * byte-order mark) is escaped, so a name from an ONNX file stays one value, whatever it holds.
     */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !YAML_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (escaped(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Control characters, line and paragraph separators, surrogates and non-characters: what YAML cannot hold as is. */
    private static boolean escaped(int c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028
                || c == 0x2029
                || (c >= 0xD800 && c <= 0xDFFF)
                || c == 0xFEFF
                || c == 0xFFFE
                || c == 0xFFFF;
    }

    /** Names inside the header comment: a line break would end the comment and start a key. */
    private static String comment(String text) {
        return text.codePoints()
                .map(c -> escaped(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
