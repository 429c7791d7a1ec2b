package io.h2hdse.workload.yaml;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad model file gives one line naming the file, the line or field, and the reason. */
class ModelYamlErrorsTest {
    private static final String HEADER = "name: m\nlayers:\n";
    private static final String CONV_A =
            "  - {name: a, op: conv, input_chw: [3, 8, 8], out_channels: 4, kernel: 3, padding: 1}\n";

    @TempDir
    Path dir;

    @Test
    void malformedYamlNamesTheLine() throws IOException {
        String message = errorOf(HEADER + CONV_A + "  - {name: b, op: conv\n");
        assertContains(
                message,
                "bad.yaml: line 5, column 1: malformed YAML: while parsing a flow mapping (line 4, column 5); "
                        + "expected ',' or '}', but got <stream end>");
    }

    @Test
    void tabIndentationNamesItsLineAndTheProblem() throws IOException {
        String message = errorOf("name: m\nlayers:\n\t- {name: a}\n");
        assertContains(message, "bad.yaml: line 3, column 1", "malformed YAML", "Do not use \\t(TAB) for indentation");
    }

    @Test
    void unknownOpKind() throws IOException {
        String message = errorOf(HEADER + "  - {name: a, op: convolution, input_chw: [3, 8, 8]}\n");
        assertContains(message, "bad.yaml", "layers.a.op", "unknown op kind 'convolution'");
    }

    @Test
    void cycleNamesItsLayers() throws IOException {
        String message = errorOf(
                HEADER
                        + "  - {name: a, op: conv, inputs: [b], input_chw: [4, 8, 8], out_channels: 4, kernel: 3, padding: 1}\n"
                        + "  - {name: b, op: conv, inputs: [a], input_chw: [4, 8, 8], out_channels: 4, kernel: 3, padding: 1}\n");
        assertContains(message, "bad.yaml", "cycle through a -> b -> a");
    }

    @Test
    void edgeShapeMismatchNamesBothShapes() throws IOException {
        String message = errorOf(HEADER + CONV_A
                + "  - {name: b, op: conv, inputs: [a], input_chw: [4, 4, 4], out_channels: 4, kernel: 1}\n");
        assertContains(message, "bad.yaml", "layers.b.input", "4x4x4", "4x8x8");
    }

    @Test
    void missingRequiredField() throws IOException {
        String message = errorOf(HEADER + "  - {name: a, op: conv, input_chw: [3, 8, 8], kernel: 3}\n");
        assertContains(message, "bad.yaml", "layers.a.out_channels", "required field is missing");
    }

    @Test
    void duplicateLayerName() throws IOException {
        String message = errorOf(HEADER + CONV_A + CONV_A);
        assertContains(message, "bad.yaml", "layers.a", "duplicate layer name 'a'");
    }

    @Test
    void duplicateKey() throws IOException {
        String message = errorOf("name: m\nname: n\nlayers:\n" + CONV_A);
        assertContains(message, "bad.yaml", "line 2", "Duplicate field 'name'");
    }

    @Test
    void unknownFieldIsATypo() throws IOException {
        String message =
                errorOf(HEADER + "  - {name: a, op: conv, input_chw: [3, 8, 8], out_channels: 4, kernal: 3}\n");
        assertContains(message, "bad.yaml", "layers.a.kernal", "unknown field 'kernal'; did you mean 'kernel'?");
    }

    @Test
    void aMisspeltRequiredFieldIsNamedBeforeItIsMissing() throws IOException {
        String message = errorOf(HEADER + "  - {name: a, op: conv, input_chw: [3, 8, 8], out_chanels: 4}\n");
        assertContains(message, "layers.a.out_chanels", "unknown field 'out_chanels'; did you mean 'out_channels'?");
        assertFalse(message.contains("missing"), message);
    }

    @Test
    void invalidValueNamesTheLayer() throws IOException {
        String message = errorOf(HEADER + "  - {name: a, op: conv, input_chw: [3, 8, 8], out_channels: 0}\n");
        assertContains(message, "bad.yaml", "layers.a", "out_channels must be positive, got 0");
    }

    @Test
    void wrongTypeNamesTheField() throws IOException {
        String message = errorOf(HEADER + "  - {name: a, op: fc, input_chw: [3, 8, 8], out_features: many}\n");
        assertContains(message, "bad.yaml", "layers.a.out_features", "expected a whole number, got 'many'");
    }

    @Test
    void aliasIsRefusedWhereItStandsNotReadAsALayerName() throws IOException {
        // Jackson alone reads [*c1] as the name "c1": b would silently be fed from c1 instead of a.
        String message = errorOf(HEADER
                + "  - {name: &c1 a, op: conv, input_chw: [3, 8, 8], out_channels: 4, kernel: 3, padding: 1}\n"
                + "  - {name: c1, op: conv, input_chw: [3, 8, 8], out_channels: 4, kernel: 3, padding: 1}\n"
                + "  - {name: b, op: conv, inputs: [*c1], input_chw: [4, 8, 8], out_channels: 4, kernel: 1}\n");
        assertContains(message, "bad.yaml: line 3, column 12", "anchor '&c1' is not supported");
        message = errorOf(HEADER + CONV_A
                + "  - {name: b, op: conv, inputs: [*a], input_chw: [4, 8, 8], out_channels: 4, kernel: 1}\n");
        assertContains(message, "bad.yaml: line 4, column 34", "alias '*a' is not supported");
    }

    @Test
    void quotedAsteriskIsText() throws IOException {
        Path file = dir.resolve("quoted.yaml");
        Files.writeString(
                file,
                HEADER + "  - {name: '*a', op: conv, input_chw: [3, 8, 8], out_channels: 4, kernel: 3, padding: 1}\n");
        assertEquals("*a", ModelYamlReader.read(file).layer(0).name());
    }

    @Test
    void overLongLineIsRefusedByItsRealLineNumberBeforeParsing() throws IOException {
        // An 8 MB line took 41 s and 1 GB in the YAML parser before it was refused; the scan is linear.
        String line = "  - {name: " + "x".repeat(8_000_000) + ", op: conv}\n";
        long start = System.nanoTime();
        String message = errorOf(HEADER + CONV_A + line + CONV_A);
        assertContains(message, "bad.yaml: line 4: is 8000022 characters long; lines are limited to 100000");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "took " + (System.nanoTime() - start) / 1e9 + " s");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nowhere.yaml");
        String message = assertThrows(InvalidInputException.class, () -> ModelYamlReader.read(missing))
                .getMessage();
        assertContains(message, "nowhere.yaml", "file not found");
    }

    private String errorOf(String yaml) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml);
        return assertThrows(InvalidInputException.class, () -> ModelYamlReader.read(file))
                .getMessage();
    }

    static void assertContains(String message, String... parts) {
        assertFalse(message.contains("\n"), "one line: " + message);
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing in: " + message);
        }
    }
}
