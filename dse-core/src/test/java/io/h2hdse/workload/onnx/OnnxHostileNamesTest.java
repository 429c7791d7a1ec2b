package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.ModelProto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelYamlReader;
import io.h2hdse.workload.yaml.ModelYamlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.h2hdse.workload.onnx.OnnxGraph.in;
import static io.h2hdse.workload.onnx.OnnxGraph.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names in an ONNX file are data: whatever they hold, the imported model's YAML reads back to the
 * same workload (names, producers, branches, tasks) and holds no key or line the names brought in.
 */
class OnnxHostileNamesTest {
    /** Names that YAML would read as syntax, fold, refuse or drop, if written as they are. */
    static final List<String> HOSTILE = List.of(
            "a: b",
            "# not a comment",
            "- item",
            "* star",
            "& amp",
            "'quoted'",
            "\"double\"",
            "back\\slash",
            "tab\tname",
            "new\nline: injected",
            "cr\rx",
            "line\u2028separator",
            "next\u0085line",
            "bell\u0007",
            "del\u007F",
            "bom\uFEFF",
            "null",
            "~",
            "Yes",
            " leading",
            "trailing ",
            "[x]",
            "{y: 1}",
            "x, y",
            "? q",
            "| literal",
            "> folded",
            "@at",
            "`tick",
            "% percent",
            "! tag",
            "---",
            "...",
            "-",
            "<script>alert(1)</script>",
            "é ünï 中文 😀",
            "x".repeat(300));

    @TempDir
    Path dir;

    @Test
    void hostileNamesReadBackFromYamlToTheSameWorkload() throws IOException {
        String input = "in\nname: x";
        String output = "out: \"#\n- {}";
        OnnxGraph graph = new OnnxGraph().input(input, 1, 3, 8, 8);
        List<String> convs = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            graph.weight("w" + i, 4, 3, 3, 3).node("Conv", HOSTILE.get(i), input, "w" + i);
            convs.add(HOSTILE.get(i));
        }
        graph.node("Concat", "cat: &a *b", convs.toArray(String[]::new), in(output), integer("axis", 1))
                .output(output);
        List<String> warnings = new ArrayList<>();
        Workload imported = OnnxModelReader.read(graph.write(dir, "model: \"x\"\n- y.onnx"), warnings::add);
        assertEquals(List.of(), warnings);
        // the names arrive as they are in the file: layers, producers, branch, task, model
        assertEquals(
                HOSTILE,
                imported.layers().stream()
                        .limit(HOSTILE.size())
                        .map(Layer::name)
                        .toList());
        Layer concat = imported.layers().getLast();
        assertEquals("cat: &a *b", concat.name());
        assertEquals(HOSTILE, concat.inputs());
        assertEquals(input, concat.branch());
        assertEquals(output, concat.task());
        assertEquals("model: \"x\"\n- y", imported.name());

        String yaml = ModelYamlWriter.toYaml(imported);
        Workload back = ModelYamlReader.parse(yaml, "imported.yaml");
        assertEquals(imported.layers(), back.layers());
        assertEquals(imported.name(), back.name());
        // nothing injected: a header comment, three keys, one line per layer
        assertEquals(4 + imported.size(), yaml.split("\n", -1).length - 1, yaml);
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("name", "element_bits", "layers"), keys);
    }

    @Test
    void outputsWithoutNamesGiveTasksNamedAfterTheirNodeWithAWarning() {
        // PyTorch exports unnamed outputs as numbers ("86"); the node's op and index say what they are
        Path file = new OnnxGraph()
                .input("x", 1, 3, 8, 8)
                .weight("w", 4, 3, 3, 3)
                .weight("v", 2, 3, 1, 1)
                .node("Conv", "", in("x", "w"), in("86"))
                .node("Conv", "", in("x", "v"), in("95"))
                .output("86")
                .output("95")
                .write(dir, "m.onnx");
        List<String> warnings = new ArrayList<>();
        Workload w = OnnxModelReader.read(file, warnings::add);
        assertEquals(List.of("Conv_0", "Conv_1"), w.tasks());
        assertEquals(2, warnings.size());
        assertTrue(
                warnings.getFirst()
                        .equals("warning: " + file + ": graph output '86' has no name of its own; its task is named "
                                + "Conv_0 after the node that produces it"),
                warnings.getFirst());
    }

    @Test
    void newerOpsetOrIrVersionIsReadWithAWarning() throws IOException {
        OnnxGraph graph = new OnnxGraph()
                .opset(OnnxModelReader.NEWEST_OPSET + 1)
                .input("x", 1, 3, 8, 8)
                .weight("w", 4, 3, 3, 3)
                .output("c")
                .node("Conv", "c", "x", "w");
        ModelProto model = ModelProto.parseFrom(graph.bytes()).toBuilder()
                .setIrVersion(OnnxModelReader.NEWEST_IR_VERSION + 1)
                .build();
        Path file = Files.write(dir.resolve("new.onnx"), model.toByteArray());
        List<String> warnings = new ArrayList<>();
        Workload w = OnnxModelReader.read(file, warnings::add);
        assertEquals(3888, w.totalMacs()); // 4 x 6 x 6 outputs x 27 MACs
        assertEquals(
                List.of(
                        "warning: " + file + ": IR version 12 is newer than the importer knows (11); read by its rules",
                        "warning: " + file + ": opset 24 is newer than the importer knows (23); its operators are "
                                + "read by their opset-23 definitions"),
                warnings);
    }
}
