package io.h2hdse.workload.onnx;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.h2hdse.workload.onnx.OnnxGraph.attrInts;
import static io.h2hdse.workload.onnx.OnnxGraph.in;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad ONNX input stops the import with one line naming the file and, where there is one, the node. */
class OnnxErrorsTest {
    @TempDir
    Path dir;

    private static OnnxGraph conv() {
        return new OnnxGraph()
                .input("x", 1, 3, 8, 8)
                .weight("w", 4, 3, 3, 3)
                .output("c")
                .node("Conv", "c", "x", "w");
    }

    private String error(Path file) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxModelReader.read(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] whole = conv().bytes();
        Path file = Files.write(dir.resolve("cut.onnx"), Arrays.copyOf(whole, whole.length / 2));
        assertTrue(error(file).contains("not a readable ONNX model"));
    }

    @Test
    void fileThatIsNotOnnx() throws IOException {
        Path file = Files.writeString(dir.resolve("model.onnx"), "name: resnet\nlayers: []\n");
        assertTrue(error(file).contains("ONNX model"));
    }

    @Test
    void unknownOperatorIsNamedWithItsNode() {
        Path file = conv().node("NonMaxSuppression", "nms", "c").output("nms").write(dir, "m.onnx");
        assertTrue(error(file).contains("node 'nms' (NonMaxSuppression): operator not supported yet"));
    }

    @Test
    void shapeThatCannotBeInferredStatically() {
        Path file = conv().input("target", 2)
                .node("Reshape", "r", "c", "target")
                .output("r")
                .write(dir, "m.onnx");
        assertTrue(error(file).contains("node 'r' (Reshape): input 1 ('target') is computed at run time"));
    }

    @Test
    void cycleIsNamedWithANodeOnIt() {
        Path file =
                conv().node("Relu", "a", "b").node("Relu", "b", "a").output("b").write(dir, "m.onnx");
        String message = error(file);
        assertTrue(
                message.contains("cycle") && (message.contains("node 'a'") || message.contains("node 'b'")), message);
    }

    @Test
    void declaredShapeThatDisagreesWithTheInferredOne() {
        Path file = new OnnxGraph()
                .input("x", 1, 3, 8, 8)
                .weight("w", 4, 3, 3, 3)
                .output("c", 1, 4, 8, 8)
                .node("Conv", "c", "x", "w")
                .write(dir, "m.onnx");
        assertTrue(error(file)
                .contains("node 'c' (Conv): tensor 'c' is declared [1, 4, 8, 8] but its inputs give [1, 4, 6, 6]"));
    }

    @Test
    void dimensionZeroOrNegativeIsNotCalledSymbolic() {
        for (long bad : new long[] {0, -5}) {
            Path file = new OnnxGraph()
                    .input("x", 1, 3, bad, 8)
                    .weight("w", 4, 3, 3, 3)
                    .output("c")
                    .node("Conv", "c", "x", "w")
                    .write(dir, "m.onnx");
            assertTrue(error(file).endsWith("graph input 'x': dimension 2 must be positive, got " + bad));
        }
    }

    @Test
    void strideZeroOrNegativeIsNamed() {
        for (long bad : new long[] {0, -1}) {
            Path conv = new OnnxGraph()
                    .input("x", 1, 3, 8, 8)
                    .weight("w", 4, 3, 3, 3)
                    .output("c")
                    .node("Conv", "c", in("x", "w"), in("c"), attrInts("strides", bad, 1))
                    .write(dir, "conv.onnx");
            assertTrue(error(conv).endsWith("node 'c' (Conv): strides must be positive, got " + bad));
            Path pool = new OnnxGraph()
                    .input("x", 1, 3, 8, 8)
                    .output("p")
                    .node("MaxPool", "p", in("x"), in("p"), attrInts("kernel_shape", 2, 2), attrInts("strides", 1, bad))
                    .write(dir, "pool.onnx");
            assertTrue(error(pool).endsWith("node 'p' (MaxPool): strides must be positive, got " + bad));
        }
    }

    @Test
    void dimsWhoseProductOverflowsAreRefused() {
        Path file = new OnnxGraph()
                .input("x", 1, 3, 1L << 40, 1L << 40)
                .weight("w", 4, 3, 3, 3)
                .output("c")
                .node("Conv", "c", "x", "w")
                .write(dir, "m.onnx");
        assertTrue(error(file).contains("node 'c' (Conv): tensor 3x1099511627776x1099511627776 is empty or too large"));
    }

    @Test
    void matMulOverTwoToThe53MacsIsRefused() {
        // 2^20 rows x 2^20 features x 2^20 outputs = 2^60 MACs; at 2^28 each the long product wrapped to 0 MACs
        for (long n : new long[] {1 << 20, 1 << 28}) {
            Path file = new OnnxGraph()
                    .input("x", 1, n, n)
                    .weight("w", n, n)
                    .output("m")
                    .node("MatMul", "m", "x", "w")
                    .write(dir, "m.onnx");
            assertTrue(error(file).contains("layer 'm': layer m is too large to count"), error(file));
        }
    }
}
